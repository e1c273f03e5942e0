package org.brieflens.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

import org.brieflens.settings.WindowBounds;
import org.brieflens.state.Workspace;
import org.brieflens.view.BriefView;
import org.brieflens.view.LazyView;
import org.brieflens.view.ViewCatalog;
import org.brieflens.view.ViewContext;
import org.brieflens.view.source.SourceView;
import org.brieflens.view.theme.Theme;

/**
 * The main window: menu bar, toolbar, one tab per view and the status bar, all observing one
 * workspace. Every menu command has a shortcut shown in its menu; files can be dropped on it;
 * its size, position and the open brief are remembered.
 */
public final class MainWindow {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;

    private final Stage stage;
    private final Workspace workspace;
    private final AppServices services;
    private final List<BriefView> views;
    private final Map<String, Tab> tabsById = new LinkedHashMap<>();
    private final TabPane tabs = new TabPane();
    private final QuietDialogs dialogs;
    private final StatusBarController status;
    private final BriefOpener opener;
    private final FindActorField find;
    private final PresentationMode presentation;
    private final ZoomControl zoom;
    private final ExportController exports;
    private final Scene scene;

    public MainWindow(Stage stage, Workspace workspace, AppServices services) {
        this.stage = stage;
        this.workspace = workspace;
        this.services = services;
        this.views = List.copyOf(ViewCatalog.createLazily(new ViewContext(workspace, services.themes().themeProperty())));
        this.dialogs = new QuietDialogs(services.dialogs());
        this.status = new StatusBarController(workspace);
        this.opener = new BriefOpener(workspace, services.loader(), services.tasks(), dialogs, services.settings(), status);
        this.find = new FindActorField(workspace);
        this.exports = new ExportController(stage, workspace, services.themes(), services.tasks(), dialogs, status,
                this::currentView, views.stream().map(BriefView::id).toList());
        for (BriefView view : views) {
            Tab tab = new Tab(view.title());
            tab.setId(view.id());
            tab.setClosable(false);
            tab.setTooltip(new Tooltip(view.title() + " — Ctrl+" + (views.indexOf(view) + 1)));
            tabs.getTabs().add(tab);
            tabsById.put(view.id(), tab);
        }
        // A tab's view is made when the tab is first shown (its views are LazyViews).
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, old, tab) -> fill(tab));
        fill(tabs.getSelectionModel().getSelectedItem());
        this.presentation = new PresentationMode(stage, workspace, views, tabsById, services.settings(),
                services.themes(), dialogs);
        workspace.revealedProperty().addListener((observable, old, evidence) -> {
            if (evidence != null) {
                showView(SourceView.ID);
            }
        });
        workspace.briefProperty().addListener((observable, old, loaded) ->
                services.settings().setLastBrief(loaded.file()));
        BorderPane root = new BorderPane(tabs);
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setBottom(status.node());
        this.zoom = new ZoomControl(root, services.settings());
        scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        services.themes().manage(scene);
        FileDropTarget.install(scene, this::open, status::say);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> "BriefLens — " + workspace.brief().model().brief().title(), workspace.briefProperty()));
        restoreBounds();
        stage.setOnHiding(event -> rememberBounds());
    }

    public Scene scene() {
        return scene;
    }

    public List<BriefView> views() {
        return views;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** Opens a file as the user would from the Open dialog. */
    public void open(Path file) {
        opener.open(file);
    }

    /** The view with {@code id}, made now if its tab has not been shown yet. */
    public <T extends BriefView> T view(String id, Class<T> type) {
        BriefView view = views.stream().filter(each -> each.id().equals(id)).findFirst().orElseThrow();
        return type.cast(view instanceof LazyView lazy ? lazy.realized() : view);
    }

    private void fill(Tab tab) {
        if (tab != null && tab.getContent() == null) {
            views.stream().filter(view -> view.id().equals(tab.getId())).findFirst()
                    .ifPresent(view -> tab.setContent(view.node()));
        }
    }

    public void showView(String id) {
        Tab tab = tabsById.get(id);
        if (tab != null) {
            tabs.getSelectionModel().select(tab);
        }
    }

    /** The view of the selected tab. */
    public BriefView currentView() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        return views.stream().filter(view -> selected != null && view.id().equals(selected.getId())).findFirst()
                .orElse(views.get(0));
    }

    /** Opens the export dialog (Ctrl+E). */
    public void export() {
        exports.export();
    }

    /** Copies the current view to the clipboard as an image (Ctrl+Shift+C). */
    public void copyCurrentView() {
        exports.copyCurrentView();
    }

    /** Starts presenting the chosen views full screen (F5). */
    public void present() {
        presentation.start();
    }

    PresentationMode presentation() {
        return presentation;
    }

    FindActorField find() {
        return find;
    }

    ZoomControl zoom() {
        return zoom;
    }

    private MenuBar menuBar() {
        MenuItem open = item("Open…", MaterialDesignF.FOLDER_OPEN_OUTLINE, shortcut(KeyCode.O), opener::chooseAndOpen);
        Menu recent = new Menu("Open Recent", icon(MaterialDesignH.HISTORY));
        recent.setOnShowing(event -> fillRecent(recent));
        fillRecent(recent);
        MenuItem saveAs = item("Save As…", MaterialDesignC.CONTENT_SAVE_OUTLINE, shortcut(KeyCode.S), opener::saveAs);
        MenuItem export = item("Export…", MaterialDesignE.EXPORT_VARIANT, shortcut(KeyCode.E), exports::export);
        MenuItem quit = item("Quit", MaterialDesignE.EXIT_TO_APP, shortcut(KeyCode.Q), stage::close);
        Menu file = new Menu("_File", null, open, recent, new SeparatorMenuItem(), saveAs, export,
                new SeparatorMenuItem(), quit);

        MenuItem findActor = item("Find Actor…", MaterialDesignM.MAGNIFY, shortcut(KeyCode.F), find::focus);
        MenuItem copyView = item("Copy View as Image", MaterialDesignC.CONTENT_COPY,
                new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                exports::copyCurrentView);
        Menu edit = new Menu("_Edit", null, copyView, new SeparatorMenuItem(), findActor);

        Menu theme = new Menu("Theme", icon(MaterialDesignT.THEME_LIGHT_DARK));
        ToggleGroup themes = new ToggleGroup();
        for (Theme each : List.of(Theme.LIGHT, Theme.DARK)) {
            RadioMenuItem choice = new RadioMenuItem(each.displayName());
            choice.setAccelerator(new KeyCodeCombination(each == Theme.LIGHT ? KeyCode.L : KeyCode.D,
                    KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
            choice.setToggleGroup(themes);
            choice.setSelected(each == services.themes().theme());
            choice.setOnAction(event -> chooseTheme(each));
            services.themes().themeProperty().addListener((observable, old, now) -> choice.setSelected(now == each));
            theme.getItems().add(choice);
        }
        MenuItem zoomIn = item("Zoom In", MaterialDesignM.MAGNIFY_PLUS_OUTLINE,
                new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), () -> zoom.zoomIn());
        MenuItem zoomOut = item("Zoom Out", MaterialDesignM.MAGNIFY_MINUS_OUTLINE, shortcut(KeyCode.MINUS),
                () -> zoom.zoomOut());
        MenuItem actualSize = item("Actual Size", MaterialDesignM.MAGNIFY_REMOVE_OUTLINE, shortcut(KeyCode.DIGIT0),
                () -> zoom.reset());
        MenuItem present = item("Present", MaterialDesignP.PRESENTATION_PLAY, new KeyCodeCombination(KeyCode.F5),
                this::present);
        MenuItem slides = item("Choose Slides…", MaterialDesignV.VIEW_CAROUSEL_OUTLINE,
                new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), presentation::chooseSlides);
        Menu view = new Menu("_View", null, theme, zoomIn, zoomOut, actualSize, new SeparatorMenuItem(), present,
                slides, new SeparatorMenuItem());
        for (int i = 0; i < views.size(); i++) {
            BriefView each = views.get(i);
            KeyCode digit = KeyCode.valueOf("DIGIT" + (i + 1));
            view.getItems().add(item(each.title(), MaterialDesignT.TAB, shortcut(digit), () -> showView(each.id())));
        }
        MenuItem about = item("About BriefLens", MaterialDesignI.INFORMATION_OUTLINE, new KeyCodeCombination(KeyCode.F1),
                () -> AboutDialog.show(stage));
        Menu help = new Menu("_Help", null, about);
        return new MenuBar(file, edit, view, help);
    }

    private ToolBar toolBar() {
        Button open = button("Open", MaterialDesignF.FOLDER_OPEN_OUTLINE,
                "Open a brief (.txt, .md) or a model (.json) — Ctrl+O; or drop a file on the window", opener::chooseAndOpen);
        Button save = button("Save As", MaterialDesignC.CONTENT_SAVE_OUTLINE,
                "Save the model as a BriefLens .json file — Ctrl+S", opener::saveAs);
        Button export = button("Export", MaterialDesignE.EXPORT_VARIANT,
                "Export views as PNG, SVG or PDF, or the model as data — Ctrl+E", exports::export);
        Button theme = button("Theme", MaterialDesignT.THEME_LIGHT_DARK, "Switch between the light and dark themes",
                () -> chooseTheme(services.themes().theme() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT));
        Button present = button("Present", MaterialDesignP.PRESENTATION_PLAY,
                "Present the views full screen from the keyboard — F5 (Esc leaves)", this::present);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(open, save, export, new Separator(Orientation.VERTICAL), theme, present, spacer, find.node());
    }

    private void chooseTheme(Theme theme) {
        services.themes().setTheme(theme);
        services.settings().setTheme(theme.name());
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path file : services.settings().recentFiles()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> {
                if (Files.isRegularFile(file)) {
                    open(file);
                } else {
                    services.settings().removeRecentFile(file);
                    status.say(file + " no longer exists; it was removed from the recent files.");
                }
            });
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    /** Opens where the window last was, if that place is still on a screen; else at its default size. */
    private void restoreBounds() {
        services.settings().windowBounds().ifPresentOrElse(bounds -> {
            Rectangle2D wanted = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height());
            boolean visible = Screen.getScreens().stream().anyMatch(screen -> screen.getVisualBounds().intersects(wanted));
            if (visible && bounds.width() >= 400 && bounds.height() >= 300) {
                stage.setX(bounds.x());
                stage.setY(bounds.y());
                stage.setWidth(bounds.width());
                stage.setHeight(bounds.height());
            }
            stage.setMaximized(bounds.maximized());
        }, stage::sizeToScene);
    }

    private void rememberBounds() {
        if (!Double.isNaN(stage.getX()) && stage.getWidth() > 0) {
            services.settings().setWindowBounds(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
        }
    }

    private static MenuItem item(String text, Ikon ikon, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, ikon == null ? null : icon(ikon));
        item.setAccelerator(accelerator);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static Button button(String text, Ikon ikon, String tooltip, Runnable action) {
        Button button = new Button(text, icon(ikon));
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> action.run());
        button.setAccessibleHelp(tooltip);
        return button;
    }

    private static FontIcon icon(Ikon ikon) {
        return FontIcon.of(ikon);
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }
}
