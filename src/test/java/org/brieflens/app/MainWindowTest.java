package org.brieflens.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.brieflens.ingest.BriefFileLoader;
import org.brieflens.ingest.Extraction;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.tasks.TaskRunner;
import org.brieflens.testing.Briefs;
import org.brieflens.testing.InMemorySettings;
import org.brieflens.testing.RecordingDialogs;
import org.brieflens.view.actors.ActorRow;
import org.brieflens.view.actors.ActorsView;
import org.brieflens.view.common.Styles;
import org.brieflens.view.theme.Fonts;
import org.brieflens.view.theme.Theme;
import org.brieflens.view.theme.ThemeManager;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Workspace workspace;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Fonts.loadBundled();
        workspace = new Workspace(BriefFileLoader.loadBundled());
        AppServices services = new AppServices(new BriefFileLoader(Extraction.TEXT_ONLY), TaskRunner.SAME_THREAD,
                dialogs, new InMemorySettings(), new ThemeManager(Theme.LIGHT));
        window = new MainWindow(stage, workspace, services);
        stage.show();
    }

    @Test
    void opensOnTheBundledBriefWithItsTitle() {
        assertThat(stage.getTitle()).isEqualTo(
                "BriefLens — NATO chief warns of China-Russia military collaboration and rapid naval growth");
        assertThat(window.tabs().getTabs()).extracting(tab -> tab.getText())
                .containsExactly("Overview", "Network", "Spending", "Exercises", "Actors", "Source");
    }

    @Test
    void theSourceShowsEveryActorsMentions(FxRobot robot) {
        robot.interact(() -> window.showView("source"));

        Set<Text> mentions = robot.lookup("." + Styles.MENTION).queryAllAs(Text.class);

        assertThat(mentions).extracting(Text::getText).contains("NATO", "Japan", "Beijing", "Hanoi", "IP4", "Mark Rutte");
    }

    @Test
    void theActorsTableListsEveryActor(FxRobot robot) {
        robot.interact(() -> window.showView("actors"));

        assertThat(actorsView().table().getItems()).extracting(ActorRow::name)
                .contains("NATO", "Japan", "China", "Vietnam Coast Guard", "Mitsubishi Heavy Industries", "IP4");
    }

    @Test
    void clickingAMentionInTheSourceSelectsTheActorInTheTable(FxRobot robot) {
        robot.interact(() -> window.showView("source"));
        // The paragraphs are list cells: a cell kept aside for reuse holds text too, so click the
        // "Hanoi" that is on screen, not merely the first one in the scene graph.
        Text hanoi = robot.lookup("." + Styles.MENTION).queryAllAs(Text.class).stream()
                .filter(text -> text.getText().equals("Hanoi")).filter(this::isOnScreen).findFirst().orElseThrow();

        robot.clickOn(hanoi);

        assertThat(workspace.selection()).isEqualTo(Selection.actor("vnm"));
        assertThat(actorsView().table().getSelectionModel().getSelectedItem().id()).isEqualTo("vnm");
    }

    @Test
    void selectingARowInTheTableEmphasisesThatActorInTheSource(FxRobot robot) {
        robot.interact(() -> window.showView("actors"));
        ActorRow australia = actorsView().table().getItems().stream().filter(row -> row.id().equals("aus"))
                .findFirst().orElseThrow();

        robot.interact(() -> actorsView().table().getSelectionModel().select(australia));
        robot.interact(() -> window.showView("source"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.selection()).isEqualTo(Selection.actor("aus"));
        List<javafx.scene.shape.Path> focused = robot.lookup("." + Styles.MENTION_MARK + "." + Styles.FOCUSED)
                .queryAllAs(javafx.scene.shape.Path.class)
                .stream().toList();
        assertThat(focused).isNotEmpty().allMatch(mark -> mark.getStyleClass().contains(Styles.kind(
                org.brieflens.model.ActorKind.STATE)));
        assertThat(robot.lookup("." + Styles.MENTION_MARK + "." + Styles.DIMMED).queryAll()).isNotEmpty();
    }

    @Test
    void aFileThatFailsToLoadLeavesTheBriefOnScreenAndSaysWhy(@TempDir Path folder, FxRobot robot)
            throws Exception {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1,\n \"brief\": 42}");
        var before = workspace.brief();

        robot.interact(() -> window.open(broken));

        assertThat(workspace.brief()).isSameAs(before);
        assertThat(dialogs.errors).singleElement().asString()
                .contains(broken + ":2:11: brief must be an object, not an integer")
                .contains("The brief on screen is unchanged.");
    }

    @Test
    void opensAModelFile(FxRobot robot) {
        robot.interact(() -> window.open(Briefs.BUNDLED_MODEL));

        assertThat(workspace.brief().file()).isEqualTo(Briefs.BUNDLED_MODEL);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void opensATextBriefAndSaysNothingWasReadFromIt(FxRobot robot) {
        robot.interact(() -> window.open(Briefs.BUNDLED_TEXT));

        assertThat(workspace.model().isEmpty()).isTrue();
        assertThat(robot.lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .contains("No actors, links, figures or exercises were read from nato-indo-pacific.txt");
    }

    @Test
    void savesTheModelAtomicallyAndCanReadItBack(@TempDir Path folder, FxRobot robot) throws Exception {
        dialogs.fileToSave = folder.resolve("saved.brief.json");

        robot.interact(() -> robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL));

        assertThat(dialogs.fileToSave).exists();
        assertThat(org.brieflens.format.BriefJsonReader.read(dialogs.fileToSave).model()).isEqualTo(Briefs.bundled());
        try (var files = Files.list(folder)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aSaveThatFailsSaysWhyAndChangesNothing(@TempDir Path folder, FxRobot robot) throws Exception {
        Path notAFolder = folder.resolve("file.txt");
        Files.writeString(notAFolder, "keep me");
        dialogs.fileToSave = notAFolder.resolve("model.brief.json");
        var before = workspace.brief();

        robot.interact(() -> robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL));

        assertThat(dialogs.errors).singleElement().asString().contains("cannot be saved")
                .contains("Nothing was changed on disk.");
        assertThat(notAFolder).hasContent("keep me");
        assertThat(workspace.brief()).isSameAs(before);
    }

    @Test
    void showInSourceSwitchesToTheSourceTab(FxRobot robot) {
        robot.interact(() -> workspace.reveal(workspace.index().actor("ip4").orElseThrow().mentions().get(0)));

        assertThat(window.tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("source");
        assertThat(robot.lookup(".bl-source").queryAs(ListView.class)).isNotNull();
    }

    private ActorsView actorsView() {
        return (ActorsView) window.views().stream().filter(view -> view.id().equals("actors")).findFirst().orElseThrow();
    }

    private boolean isOnScreen(Text text) {
        for (javafx.scene.Node node = text; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        javafx.geometry.Bounds bounds = text.localToScreen(text.getBoundsInLocal());
        return bounds != null && bounds.getMinY() >= stage.getY() && bounds.getMaxY() <= stage.getY() + stage.getHeight();
    }
}
