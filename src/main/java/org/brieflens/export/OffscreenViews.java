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
import org.brieflens.view.common.ViewControls;
import org.brieflens.view.theme.Theme;

/**
 * Fresh views of an {@link ExportSubject}, made through the same {@link ViewCatalog} as the
 * window's: same brief, selection and theme as the window, but no hover, focus or scroll bars,
 * and any size. Every view the catalog makes exports this way, those added later included.
 * Each view is made when first asked for, as the window's tabs are: an export of one view does
 * not pay for the others.
 *
 * <p>Views are drawn in windows off screen, since some controls only finish drawing once their
 * window shows. In the app each view has a popup of the main window, which takes no focus and
 * has no taskbar entry. On the command line the views share one plain stage on the headless
 * screen, so that JavaFX works out the styling of like nodes once for all of them; a view that
 * needs a window of its own ({@link BriefView#needsAWindowOfItsOwn()}) gets one, with the shared
 * one hidden meanwhile. {@link #close()} hides the shared stage. Used on the JavaFX thread.
 */
public final class OffscreenViews {
    static final String PAGE = "bl-export-page";
    static final String TRANSPARENT = "bl-export-transparent";
    private static final String STYLESHEET = OffscreenViews.class.getResource("export.css").toExternalForm();
    /** Where the windows go: far from any screen. */
    private static final double OFF_SCREEN = -32_000;

    private final Theme theme;
    private final Window owner;
    /**
     * A scene that uses the theme's stylesheets for as long as the views are drawn: JavaFX drops
     * parsed stylesheets no scene uses, which closing each view's window would do, and would
     * parse them again for the next.
     */
    private final Scene stylesheetKeeper = new Scene(new Group());
    private final Workspace workspace;
    private final List<LazyView> views;
    /** The command line's shared window and the group its pages go in, once one is drawn. */
    private Stage shared;
    private Group sharedRoot;

    private OffscreenViews(ExportSubject subject, Window owner) {
        this.theme = subject.theme();
        this.owner = owner;
        this.workspace = new Workspace(subject.brief());
        workspace.select(subject.selection());
        this.views = ViewCatalog.createLazily(new ViewContext(workspace, new SimpleObjectProperty<>(theme), false));
        style(stylesheetKeeper);
        stylesheetKeeper.getRoot().applyCss();
    }

    /** Views drawn in stages of their own, as on the command line. */
    public static OffscreenViews of(ExportSubject subject) {
        return new OffscreenViews(subject, null);
    }

    /** Views drawn in popups of {@code owner}, which must be showing: the app's main window. */
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

    /** The view with {@code id}, made when first drawn or asked for its node: on any thread. */
    public Optional<BriefView> lazyView(String id) {
        return views.stream().filter(view -> view.id().equals(id)).findFirst().map(BriefView.class::cast);
    }

    /** The view with {@code id}, made now if it has not been yet: on the JavaFX thread. */
    public Optional<BriefView> view(String id) {
        return views.stream().filter(view -> view.id().equals(id)).findFirst().map(LazyView::realized);
    }

    public Workspace workspace() {
        return workspace;
    }

    /**
     * Shows the view in a page of exactly {@code width} x {@code height}, in a window of its own
     * styled with the theme, and lays it out. The page is what is captured; closing it hides the
     * window.
     */
    public ShownPage show(BriefView shownView, double width, double height, boolean transparent) {
        // A view made lazily is made now; what it is (a painter of vectors, say) matters from here on.
        BriefView view = shownView instanceof LazyView lazy ? lazy.realized() : shownView;
        stillCharts(view.node());
        ViewControls.Hidden controls = ViewControls.leaveOut(view.node());
        StackPane page = new StackPane(view.node());
        page.getStyleClass().add(PAGE);
        if (transparent) {
            page.getStyleClass().add(TRANSPARENT);
        }
        page.setMinSize(width, height);
        page.setPrefSize(width, height);
        page.setMaxSize(width, height);
        if (owner == null && !view.needsAWindowOfItsOwn()) {
            return showShared(view, page, width, height, controls);
        }
        if (shared != null) {
            shared.hide();
        }
        // In a group, so that the page keeps its size whatever size its window is given.
        Group root = new Group(page);
        Window window = owner == null ? stage(root) : popup(root);
        showSettled(page, width, height, root, () -> {
            if (window instanceof Popup popup) {
                popup.show(owner, OFF_SCREEN, OFF_SCREEN);
            } else {
                ((Stage) window).show();
            }
        });
        return new ShownPage(view, page, window::hide, controls);
    }

    /** The page in the shared stage, which is made and shown for the first page and kept for the next. */
    private ShownPage showShared(BriefView view, StackPane page, double width, double height,
            ViewControls.Hidden controls) {
        if (shared == null) {
            sharedRoot = new Group();
            shared = (Stage) stage(sharedRoot);
        }
        sharedRoot.getChildren().setAll(page);
        showSettled(page, width, height, sharedRoot, () -> {
            if (!shared.isShowing()) {
                shared.show();
            }
        });
        return new ShownPage(view, page, () -> sharedRoot.getChildren().clear(), controls);
    }

    /**
     * As a window does: styled and laid out first, then shown, when TilesFX tiles lay out what
     * they held back; then styled again for what layout made (cells, marks).
     */
    private static void showSettled(StackPane page, double width, double height, Group root, Runnable show) {
        settle(page, width, height);
        show.run();
        // A shown stage gives the focus to its first control, which would wear a focus ring.
        root.requestFocus();
        settle(page, width, height);
    }

    /** Hides the shared stage, if one was shown: once the export is over. */
    public void close() {
        if (shared != null) {
            shared.hide();
        }
    }

    /** A view's page, shown off screen until closed. */
    public static final class ShownPage implements AutoCloseable {
        private final BriefView view;
        private final StackPane page;
        private final Runnable takeDown;
        private final ViewControls.Hidden controls;

        private ShownPage(BriefView view, StackPane page, Runnable takeDown, ViewControls.Hidden controls) {
            this.view = view;
            this.page = page;
            this.takeDown = takeDown;
            this.controls = controls;
        }

        /** The view shown, made. */
        public BriefView view() {
            return view;
        }

        public Region page() {
            return page;
        }

        /** Styles and lays the page out again, for what changed since it was shown. */
        public void settle() {
            OffscreenViews.settle(page, page.getWidth(), page.getHeight());
        }

        /** Takes the page down (hiding its window, unless shared) and frees the view's node for another page. */
        @Override
        public void close() {
            takeDown.run();
            page.getChildren().clear();
            controls.restore();
        }
    }

    private Window stage(Group root) {
        // One pixel: nobody sees this window, the page keeps its size in its group, and JavaFX
        // paints a window on every pulse it shows for, which at full size cost as much as the
        // captures themselves.
        Scene scene = new Scene(root, 1, 1, Color.TRANSPARENT);
        style(scene);
        Stage stage = new Stage(StageStyle.UNDECORATED);
        stage.setScene(scene);
        stage.setX(OFF_SCREEN);
        stage.setY(OFF_SCREEN);
        return stage;
    }

    private Window popup(Group root) {
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
        // The page's rules on the scene, not on each page: a parent with stylesheets of its own
        // keeps a styling cache of its own, worked out again for every view.
        scene.getStylesheets().setAll(theme.stylesheets());
        scene.getStylesheets().add(STYLESHEET);
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
