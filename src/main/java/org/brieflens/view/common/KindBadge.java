package org.brieflens.view.common;

import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

import org.brieflens.model.ActorKind;
import org.brieflens.model.LinkFamily;

/** The small coloured marks that stand for an actor kind (a dot) or a link family (a bar). */
public final class KindBadge {
    public static final String FAMILY_BADGE = "bl-family-badge";

    private KindBadge() {
    }

    public static Shape of(ActorKind kind) {
        Circle dot = new Circle(5);
        dot.getStyleClass().addAll(Styles.KIND_BADGE, Styles.kind(kind));
        return dot;
    }

    public static Shape of(LinkFamily family) {
        Rectangle bar = new Rectangle(12, 4);
        bar.getStyleClass().addAll(FAMILY_BADGE, Styles.family(family));
        return bar;
    }
}
