package org.brieflens.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.brieflens.dialogs.ExportChoice;
import org.brieflens.export.ExportFormat;
import org.brieflens.export.ImageSize;
import org.brieflens.ingest.BriefFileLoader;
import org.brieflens.ingest.Extraction;
import org.brieflens.state.Workspace;
import org.brieflens.tasks.TaskRunner;
import org.brieflens.testing.InMemorySettings;
import org.brieflens.testing.RecordingDialogs;
import org.brieflens.view.theme.Fonts;
import org.brieflens.view.theme.Theme;
import org.brieflens.view.theme.ThemeManager;

@ExtendWith(ApplicationExtension.class)
class ExportControllerTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        Fonts.loadBundled();
        Workspace workspace = new Workspace(BriefFileLoader.loadBundled());
        window = new MainWindow(stage, workspace, new AppServices(new BriefFileLoader(Extraction.TEXT_ONLY),
                TaskRunner.SAME_THREAD, dialogs, new InMemorySettings(), new ThemeManager(Theme.LIGHT)));
        stage.show();
    }

    @Test
    void ctrlEExportsTheCurrentViewAtTheSizeItHasOnScreen(FxRobot robot) throws Exception {
        robot.interact(() -> window.showView("actors"));
        dialogs.exportChoice = choice(ExportChoice.Scope.CURRENT_VIEW, Set.of(ExportFormat.PNG));
        double width = window.currentView().node().getLayoutBounds().getWidth();

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);

        BufferedImage image = ImageIO.read(folder.resolve("actors.png").toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.round(width));
        assertThat(status(robot)).isEqualTo("Exported 1 file to " + folder);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void asksBeforeReplacingFilesAndKeepsThemWhenTheUserSaysNo(FxRobot robot) throws Exception {
        Path existing = Files.writeString(folder.resolve("model.brief.json"), "mine");
        dialogs.exportChoice = choice(ExportChoice.Scope.DATA, Set.of(ExportFormat.JSON, ExportFormat.CSV));

        robot.interact(window::export);

        assertThat(dialogs.replaceAsked).containsExactly(List.of(existing));
        assertThat(existing).hasContent("mine");
        assertThat(folder.resolve("actors.csv")).doesNotExist();
    }

    @Test
    void replacesFilesWhenTheUserSaysYes(FxRobot robot) throws Exception {
        Path existing = Files.writeString(folder.resolve("model.brief.json"), "mine");
        dialogs.exportChoice = choice(ExportChoice.Scope.DATA, Set.of(ExportFormat.JSON));
        dialogs.replace = true;

        robot.interact(window::export);

        assertThat(Files.readString(existing)).startsWith("{");
    }

    @Test
    void aFailedExportSaysWhyAndWritesNothing(FxRobot robot) throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("taken"), "a file, not a folder");
        dialogs.exportChoice = new ExportChoice(ExportChoice.Scope.ALL_VIEWS, Set.of(ExportFormat.PDF),
                ImageSize.scale(1), false, notAFolder.resolve("exports"));

        robot.interact(window::export);

        assertThat(dialogs.errors).singleElement().asString().startsWith("The export failed: " + notAFolder)
                .endsWith("Nothing was written.");
        assertThat(notAFolder).hasContent("a file, not a folder");
    }

    @Test
    void ctrlShiftCCopiesTheCurrentViewAsAnImage(FxRobot robot) {
        robot.interact(() -> window.showView("source"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);

        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().hasImage()).isTrue());
        assertThat(status(robot)).startsWith("Copied the Source view to the clipboard as an image of ");
    }

    private ExportChoice choice(ExportChoice.Scope scope, Set<ExportFormat> formats) {
        return new ExportChoice(scope, formats, ImageSize.scale(1), false, folder);
    }

    private static String status(FxRobot robot) {
        return robot.lookup(".status-bar").queryAs(StatusBar.class).getText();
    }
}
