package org.brieflens.view.common;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

import org.brieflens.model.ActorKind;
import org.brieflens.model.LinkFamily;

/** The legends every view shows for the palette: actor kinds, link families. */
public final class Legend {
    public static final String STYLE = "bl-legend";

    private Legend() {
    }

    /** A row naming each actor kind beside its colour. */
    public static HBox actorKinds() {
        HBox legend = new HBox();
        legend.getStyleClass().add(STYLE);
        for (ActorKind kind : ActorKind.values()) {
            legend.getChildren().add(new Label(kind.displayName(), KindBadge.of(kind)));
        }
        return legend;
    }

    /** A row naming each link family beside its colour. */
    public static HBox linkFamilies() {
        HBox legend = new HBox();
        legend.getStyleClass().add(STYLE);
        for (LinkFamily family : LinkFamily.values()) {
            legend.getChildren().add(new Label(family.displayName(), KindBadge.of(family)));
        }
        return legend;
    }
}
