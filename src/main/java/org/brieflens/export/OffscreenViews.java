package org.brieflens.export;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.Chart;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

import org.brieflens.state.Workspace;
import org.brieflens.view.BriefView;
import org.brieflens.view.LazyView;
import org.brieflens.view.ViewCatalog;
import org.brieflens.view.ViewContext;
import org.brieflens.view.theme.Theme;

/**
 * Fresh views of an {@link ExportSubject}, made through the same {@link ViewCatalog} as the
 * window's: same brief, selection and theme as the window, but no hover, focus or scroll bars,
 * and any size. Every view the catalog makes exports this way, those added later included.
 * Each view is made when first asked for, as the window's tabs are: an export of one view does
 * not pay for the others.
 *
 * <p>The views are drawn one at a time in one window, off screen: some controls only finish
 * drawing once their window shows (TilesFX tiles hold back their layout until then). In the app
 * that window is a popup of the main window, which takes no focus and has no taskbar entry; on
 * the command line, a plain stage on the headless screen. The window stays showing from the
 * first view drawn until {@link #close}: JavaFX keeps what it learnt styling a window's nodes
 * (which rules match which kind of node) only while that window shows with the same root, and
 * learning it again for every view was most of an export's time. Used on the JavaFX thread.
 */
public final class OffscreenViews implements AutoCloseable {
    static final String PAGE = "bl-export-page";
    static final String TRANSPARENT = "bl-export-transparent";
    private static final String STYLESHEET = OffscreenViews.class.getResource("export.css").toExternalForm();
    /** Where the window goes: far from any screen. */
    private static final double OFF_SCREEN = -32_000;

    private final Theme theme;
    private final Window owner;
    private final Workspace workspace;
    private final List<LazyView> views;
    /** The root of the window's scene, holding the page shown, if any. */
    private final Group root = new Group();
    private Window window;

    private OffscreenViews(ExportSubject subject, Window owner) {
        this.theme = subject.theme();
        this.owner = owner;
        this.workspace = new Workspace(subject.brief());
        workspace.select(subject.selection());
        this.views = ViewCatalog.createLazily(new ViewContext(workspace, new SimpleObjectProperty<>(theme), false));
    }

    /** Views drawn in a stage of their own, as on the command line. */
    public static OffscreenViews of(ExportSubject subject) {
        return new OffscreenViews(subject, null);
    }

    /** Views drawn in a popup of {@code owner}, which must be showing: the app's main window. */
    public static OffscreenViews of(ExportSubject subject, Window owner) {
        return new OffscreenViews(subject, owner);
    }

    public List<String> ids() {
        return views.stream().map(BriefView::id).toList();
    }

    /** The title of the view with {@code id}, without making the view. */
    public String title(String id) {
        return views.stream().filter(view -> view.id().equals(id)).findFirst().map(BriefView::title).orElseThrow();
    }

    /** The view with {@code id}, made now if it has not been yet: on the JavaFX thread. */
    public Optional<BriefView> view(String id) {
        return views.stream().filter(view -> view.id().equals(id)).findFirst().map(LazyView::realized);
    }

    public Workspace workspace() {
        return workspace;
    }

    /**
     * Shows the view in a page of exactly {@code width} x {@code height}, in the window styled
     * with the theme, and lays it out. The page is what is captured; close it before showing
     * another.
     */
    public ShownPage show(BriefView view, double width, double height, boolean transparent) {
        if (!root.getChildren().isEmpty()) {
            throw new IllegalStateException("a page is still shown: close it first");
        }
        stillCharts(view.node());
        StackPane page = new StackPane(view.node());
        page.getStyleClass().add(PAGE);
        if (transparent) {
            page.getStyleClass().add(TRANSPARENT);
        }
        page.getStylesheets().add(STYLESHEET);
        page.setMinSize(width, height);
        page.setPrefSize(width, height);
        page.setMaxSize(width, height);
        // In a group, so that the page keeps its size whatever size its window is given.
        root.getChildren().setAll(page);
        if (window == null) {
            window = owner == null ? stage(width, height) : popup();
        }
        // As a window does: styled and laid out first, then shown, when TilesFX tiles lay out
        // what they held back; then styled again for what layout made (cells, marks). Once the
        // window shows, a page joins it showing and tiles lay out at once.
        settle(page, width, height);
        if (!window.isShowing()) {
            if (window instanceof Popup popup) {
                popup.show(owner, OFF_SCREEN, OFF_SCREEN);
            } else {
                ((Stage) window).show();
            }
        }
        // A shown stage gives the focus to its first control, which would wear a focus ring.
        root.requestFocus();
        settle(page, width, height);
        return new ShownPage(page, root);
    }

    /** Hides the window. */
    @Override
    public void close() {
        if (window != null) {
            window.hide();
        }
        root.getChildren().clear();
    }

    /** A view's page, shown off screen until closed. */
    public static final class ShownPage implements AutoCloseable {
        private final StackPane page;
        private final Group root;

        private ShownPage(StackPane page, Group root) {
            this.page = page;
            this.root = root;
        }

        public Region page() {
            return page;
        }

        /** Styles and lays the page out again, for what changed since it was shown. */
        public void settle() {
            OffscreenViews.settle(page, page.getWidth(), page.getHeight());
        }

        /** Takes the page out of the window and frees the view's node for another page. */
        @Override
        public void close() {
            root.getChildren().remove(page);
            page.getChildren().clear();
        }
    }

    private Window stage(double width, double height) {
        Scene scene = new Scene(root, width, height, Color.TRANSPARENT);
        style(scene);
        Stage stage = new Stage(StageStyle.UNDECORATED);
        stage.setScene(scene);
        stage.setX(OFF_SCREEN);
        stage.setY(OFF_SCREEN);
        return stage;
    }

    private Window popup() {
        Popup popup = new Popup();
        popup.setAutoFix(false);
        popup.setAutoHide(false);
        popup.setHideOnEscape(false);
        popup.setOpacity(0);
        popup.getContent().add(root);
        style(popup.getScene());
        return popup;
    }

    private static void settle(StackPane page, double width, double height) {
        page.applyCss();
        // Skins made by the styling may hold charts of their own.
        stillCharts(page);
        page.resize(width, height);
        page.layout();
    }

    /** The theme's stylesheets on the window's scene, leaving the application's own alone. */
    private void style(Scene scene) {
        scene.setUserAgentStylesheet(theme.userAgentStylesheet());
        scene.getStylesheets().setAll(theme.stylesheets());
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
