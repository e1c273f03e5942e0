package org.brieflens.view.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * A scrolling page of titled chart sections under a fixed header (a legend): the layout of the
 * Spending and Exercises tabs.
 */
public final class SectionPage extends VBox {
    public static final String STYLE = "bl-section-page";
    public static final String SECTION = "bl-chart-section";
    public static final String SECTION_HEADING = "bl-chart-heading";

    private final VBox sections = new VBox();

    public SectionPage(Node header) {
        sections.getStyleClass().add(STYLE);
        sections.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("bl-section-scroll");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(header, scroll);
        getStyleClass().add(Styles.VIEW);
    }

    public void clear() {
        sections.getChildren().clear();
    }

    /** Adds a section: a heading, a line saying what it shows, and the chart. */
    public void add(String heading, String explanation, Node content) {
        Label title = new Label(heading);
        title.getStyleClass().add(SECTION_HEADING);
        VBox section = new VBox(title);
        if (explanation != null && !explanation.isEmpty()) {
            Label line = new Label(explanation);
            line.getStyleClass().add(Styles.MUTED);
            line.setWrapText(true);
            section.getChildren().add(line);
        }
        section.getChildren().add(content);
        section.getStyleClass().add(SECTION);
        sections.getChildren().add(section);
    }

    /** Shows a notice instead of the sections: what is missing and why. */
    public void showNotice(String title, String explanation) {
        sections.getChildren().setAll(new NoticePane(title, explanation));
    }
}
