package org.brieflens.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.brieflens.ingest.BriefFileLoader;
import org.brieflens.ingest.Extraction;
import org.brieflens.settings.WindowBounds;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.tasks.TaskRunner;
import org.brieflens.testing.InMemorySettings;
import org.brieflens.testing.RecordingDialogs;
import org.brieflens.view.theme.Fonts;
import org.brieflens.view.theme.Theme;
import org.brieflens.view.theme.ThemeManager;

@ExtendWith(ApplicationExtension.class)
class DesktopConventionsTest {
    private final InMemorySettings settings = new InMemorySettings();
    private final ThemeManager themes = new ThemeManager(Theme.LIGHT);
    private Workspace workspace;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Fonts.loadBundled();
        settings.setWindowBounds(new WindowBounds(40, 30, 1100, 700, false));
        workspace = new Workspace(BriefFileLoader.loadBundled());
        window = new MainWindow(stage, workspace, new AppServices(new BriefFileLoader(Extraction.TEXT_ONLY),
                TaskRunner.SAME_THREAD, new RecordingDialogs(), settings, themes));
        stage.show();
    }

    @Test
    void ctrlFFindsAnActorByAliasAndSelectsItEverywhere(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(window.find().node().isFocused()).isTrue();

        robot.write("Canberra").type(KeyCode.ENTER);

        assertThat(workspace.selection()).isEqualTo(Selection.actor("aus"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.find().suggestionsShowing());
    }

    @Test
    void findsByNameCodeOrPrefix() {
        assertThat(window.find().match("kor")).map(actor -> actor.id()).contains("kor");
        assertThat(window.find().match("mitsu")).map(actor -> actor.id()).contains("mhi");
        assertThat(window.find().match("  ")).isEmpty();
        assertThat(window.find().match("Atlantis")).isEmpty();
    }

    @Test
    void ctrlShiftDAndLChooseTheDarkAndLightThemes(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(themes.theme()).isEqualTo(Theme.DARK);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(themes.theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void ctrlDigitsShowTheTabs(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        assertThat(window.tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("source");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        assertThat(window.tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("actors");
    }

    @Test
    void ctrlPlusAndMinusZoomTheTypeAndTheZoomIsRemembered(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        assertThat(window.zoom().percent()).isEqualTo(110);
        assertThat(window.scene().getRoot().getStyle()).isEqualTo("-fx-font-size: 15.4px;");

        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        assertThat(window.zoom().percent()).isEqualTo(90);
        assertThat(settings.zoomPercent()).isEqualTo(90);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertThat(window.zoom().percent()).isEqualTo(100);
        assertThat(window.scene().getRoot().getStyle()).isEmpty();
    }

    @Test
    void everyMenuCommandShowsItsShortcut() {
        MenuBar bar = (MenuBar) window.scene().getRoot().lookup(".menu-bar");
        List<String> withoutShortcut = bar.getMenus().stream().flatMap(menu -> items(menu).stream())
                .filter(item -> item.getAccelerator() == null && !(item instanceof Menu))
                .map(MenuItem::getText).filter(text -> text != null && !text.isEmpty()).toList();

        assertThat(withoutShortcut).as("only the list of recent files, which the menu's own keys reach")
                .containsExactlyInAnyOrder("No recent files");
    }

    @Test
    void everyMenuItemHasAnIcon() {
        MenuBar bar = (MenuBar) window.scene().getRoot().lookup(".menu-bar");
        List<String> withoutIcon = bar.getMenus().stream().flatMap(menu -> items(menu).stream())
                .filter(item -> item.getGraphic() == null && item.getText() != null && !item.getText().isEmpty())
                .map(MenuItem::getText).toList();

        assertThat(withoutIcon).containsExactlyInAnyOrder("Light", "Dark", "No recent files");
    }

    @Test
    void opensWhereItWasLastAndRemembersWhereItIsWhenClosed(FxRobot robot) {
        assertThat(stage.getWidth()).isEqualTo(1100);
        assertThat(stage.getX()).isEqualTo(40);

        robot.interact(() -> {
            stage.setWidth(1000);
            stage.close();
        });

        assertThat(settings.windowBounds()).get().extracting(WindowBounds::width).isEqualTo(1000.0);
    }

    @Test
    void rememberTheLastBriefOpened(FxRobot robot) {
        robot.interact(() -> window.open(org.brieflens.testing.Briefs.BUNDLED_MODEL));

        assertThat(settings.lastBrief()).contains(org.brieflens.testing.Briefs.BUNDLED_MODEL);
    }

    @Test
    void aDroppedBriefOrModelOpensAndOtherFilesAreRefused() {
        assertThat(FileDropTarget.openable(List.of(new File("notes.pdf"), new File("brief.md"))))
                .map(path -> path.getFileName().toString()).contains("brief.md");
        assertThat(FileDropTarget.openable(List.of(new File("image.png")))).isEmpty();
    }

    private static List<MenuItem> items(Menu menu) {
        List<MenuItem> all = new java.util.ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            all.add(item);
            if (item instanceof Menu submenu) {
                all.addAll(items(submenu));
            }
        }
        return all;
    }
}
