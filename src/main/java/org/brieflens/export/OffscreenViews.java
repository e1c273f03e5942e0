package org.brieflens.export;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.Chart;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

import org.brieflens.state.Workspace;
import org.brieflens.view.BriefView;
import org.brieflens.view.ViewCatalog;
import org.brieflens.view.ViewContext;
import org.brieflens.view.theme.Theme;

/**
 * Fresh views of an {@link ExportSubject}, made through the same {@link ViewCatalog} as the
 * window's, each laid out off screen in a scene of its own: same brief, selection and theme as
 * the window, but no hover, focus or scroll bars, and any size. Every view the catalog makes
 * exports this way, those added later included. Used on the JavaFX thread.
 */
public final class OffscreenViews {
    static final String PAGE = "bl-export-page";
    static final String TRANSPARENT = "bl-export-transparent";
    private static final String STYLESHEET = OffscreenViews.class.getResource("export.css").toExternalForm();
    /**
     * Nodes made during layout (a list's cells, the marks drawn over the text) are styled only in
     * the next pass; without it a drawing taken without a snapshot would miss their styles.
     */
    private static final int LAYOUT_PASSES = 2;

    private final Theme theme;
    private final Workspace workspace;
    private final List<BriefView> views;

    private OffscreenViews(ExportSubject subject) {
        this.theme = subject.theme();
        this.workspace = new Workspace(subject.brief());
        workspace.select(subject.selection());
        this.views = ViewCatalog.create(new ViewContext(workspace, new SimpleObjectProperty<>(theme), false));
    }

    public static OffscreenViews of(ExportSubject subject) {
        return new OffscreenViews(subject);
    }

    public List<BriefView> views() {
        return views;
    }

    public List<String> ids() {
        return views.stream().map(BriefView::id).toList();
    }

    public Optional<BriefView> view(String id) {
        return views.stream().filter(view -> view.id().equals(id)).findFirst();
    }

    public Workspace workspace() {
        return workspace;
    }

    /**
     * Puts the view in a page of exactly {@code width} x {@code height} in a scene of its own,
     * styled with the theme, and lays it out. The page is what is captured.
     */
    public Region layOut(BriefView view, double width, double height, boolean transparent) {
        stillCharts(view.node());
        StackPane page = new StackPane(view.node());
        page.getStyleClass().add(PAGE);
        if (transparent) {
            page.getStyleClass().add(TRANSPARENT);
        }
        page.setMinSize(width, height);
        page.setPrefSize(width, height);
        page.setMaxSize(width, height);
        Scene scene = new Scene(page, width, height, Color.TRANSPARENT);
        // The scene's own user-agent stylesheet, so that the application's is left alone.
        scene.setUserAgentStylesheet(theme.userAgentStylesheet());
        scene.getStylesheets().setAll(theme.stylesheets());
        scene.getStylesheets().add(STYLESHEET);
        for (int pass = 0; pass < LAYOUT_PASSES; pass++) {
            page.applyCss();
            // Skins made by the styling may hold charts of their own.
            stillCharts(page);
            page.resize(width, height);
            page.layout();
        }
        return page;
    }

    /**
     * Charts animate data they are given while in a scene: an export would catch them half
     * drawn. (A view that animates otherwise honours {@link ViewContext#animated()}.)
     */
    private static void stillCharts(Node node) {
        if (node instanceof Chart chart) {
            chart.setAnimated(false);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(OffscreenViews::stillCharts);
        }
    }
}
