package org.brieflens.view.common;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A centred title and explanation, for a view with nothing (yet) to show. */
public final class NoticePane extends VBox {

    public NoticePane(String title, String explanation) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.NOTICE_TITLE);
        Label body = new Label(explanation);
        body.getStyleClass().add(Styles.MUTED);
        body.setMaxWidth(560);
        getChildren().addAll(heading, body);
        getStyleClass().add(Styles.NOTICE);
    }
}
