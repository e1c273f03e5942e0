package org.brieflens.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.brieflens.ingest.BriefFileLoader;
import org.brieflens.ingest.Extraction;
import org.brieflens.present.PresentationWindow;
import org.brieflens.state.Workspace;
import org.brieflens.tasks.TaskRunner;
import org.brieflens.testing.InMemorySettings;
import org.brieflens.testing.RecordingDialogs;
import org.brieflens.view.common.Styles;
import org.brieflens.view.theme.Fonts;
import org.brieflens.view.theme.Theme;
import org.brieflens.view.theme.ThemeManager;

@ExtendWith(ApplicationExtension.class)
class PresentationTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final InMemorySettings settings = new InMemorySettings();
    private final ThemeManager themes = new ThemeManager(Theme.LIGHT);
    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Fonts.loadBundled();
        workspace = new Workspace(BriefFileLoader.loadBundled());
        window = new MainWindow(stage, workspace, new AppServices(new BriefFileLoader(Extraction.TEXT_ONLY),
                TaskRunner.SAME_THREAD, dialogs, settings, themes));
        stage.show();
    }

    @AfterEach
    void leave(FxRobot robot) {
        robot.interact(() -> window.presentation().presentation().ifPresent(PresentationWindow::close));
    }

    @Test
    void f5PresentsEveryViewInTabOrderInThePresentationTheme(FxRobot robot) {
        robot.press(KeyCode.F5).release(KeyCode.F5);

        assertThat(window.presentation().isPresenting()).isTrue();
        assertThat(slideTitle(robot)).isEqualTo("Overview");
        assertThat(footer(robot)).contains("Source: NATO chief warns", "1 / 6");
        assertThat(themes.theme()).isEqualTo(Theme.PRESENTATION);
    }

    @Test
    void theKeysStepThroughTheSlides(FxRobot robot) {
        robot.interact(window::present);

        type(robot, KeyCode.RIGHT);
        assertThat(slideTitle(robot)).isEqualTo("Network");
        type(robot, KeyCode.END);
        assertThat(slideTitle(robot)).isEqualTo("Source");
        type(robot, KeyCode.PAGE_UP);
        assertThat(slideTitle(robot)).isEqualTo("Actors");
        type(robot, KeyCode.DIGIT3);
        assertThat(slideTitle(robot)).isEqualTo("Spending");
        type(robot, KeyCode.HOME);
        assertThat(slideTitle(robot)).isEqualTo("Overview");
    }

    @Test
    void slidesShowTheViewsWithoutTheirControlsAndTheWindowGetsThemBack(FxRobot robot) {
        robot.interact(window::present);
        type(robot, KeyCode.RIGHT);
        Node networkControls = window.views().get(1).node().lookup("." + Styles.CONTROLS);

        assertThat(slideTitle(robot)).isEqualTo("Network");
        assertThat(networkControls.isVisible()).as("the network's toolbar on its slide").isFalse();
        assertThat(networkControls.isManaged()).isFalse();

        type(robot, KeyCode.ESCAPE);
        assertThat(networkControls.isVisible()).as("the network's toolbar back in the window").isTrue();
        assertThat(networkControls.isManaged()).isTrue();
    }

    @Test
    void bBlanksAndLShowsTheHalo(FxRobot robot) {
        robot.interact(window::present);

        type(robot, KeyCode.B);
        type(robot, KeyCode.L);

        assertThat(robot.lookup("." + PresentationWindow.BLANK).query().isVisible()).isTrue();
        assertThat(robot.lookup("." + PresentationWindow.HALO).query().isVisible()).isTrue();
    }

    @Test
    void escapeLeavesAndGivesTheViewsBackToTheWindow(FxRobot robot) {
        robot.interact(window::present);

        type(robot, KeyCode.ESCAPE);

        assertThat(window.presentation().isPresenting()).isFalse();
        assertThat(themes.theme()).isEqualTo(Theme.LIGHT);
        for (int i = 0; i < window.views().size(); i++) {
            assertThat(window.tabs().getTabs().get(i).getContent()).isSameAs(window.views().get(i).node());
        }
    }

    @Test
    void presentsTheSlidesThePresenterChoseForThisBrief(FxRobot robot) {
        dialogs.slides = List.of("source", "actors");
        robot.interact(() -> window.presentation().chooseSlides());

        robot.interact(window::present);

        assertThat(slideTitle(robot)).isEqualTo("Source");
        assertThat(footer(robot)).contains("1 / 2");
        type(robot, KeyCode.RIGHT);
        assertThat(slideTitle(robot)).isEqualTo("Actors");
        assertThat(dialogs.slideOptionsOffered).hasSize(6);
    }

    @Test
    void presentationKeysDoNotTypeIntoTheSlides(FxRobot robot) {
        robot.interact(window::present);
        type(robot, KeyCode.DIGIT5);
        javafx.scene.control.TextField filter = robot.lookup(".custom-text-field").queryAs(javafx.scene.control.TextField.class);
        robot.interact(filter::requestFocus);

        type(robot, KeyCode.L);
        type(robot, KeyCode.B);

        assertThat(filter.getText()).isEmpty();
        assertThat(slideTitle(robot)).isEqualTo("Actors");
    }

    @Test
    void theSelectionIsTheSpotlight(FxRobot robot) {
        robot.interact(() -> workspace.selectActor("jpn"));

        robot.interact(window::present);

        assertThat(robot.lookup("." + PresentationWindow.SPOTLIGHT).queryAs(Label.class).getText())
                .isEqualTo("Spotlight: Japan");
    }

    @Test
    void noDialogPopsUpWhilePresenting(FxRobot robot) {
        robot.interact(window::present);

        robot.interact(() -> window.open(java.nio.file.Path.of("no-such-brief.json")));

        assertThat(dialogs.errors).isEmpty();
        type(robot, KeyCode.ESCAPE);
        assertThat(dialogs.errors).singleElement().asString().contains("no-such-brief.json: no such file");
    }

    private static void type(FxRobot robot, KeyCode key) {
        robot.press(key).release(key);
    }

    private static String slideTitle(FxRobot robot) {
        return robot.lookup("." + PresentationWindow.TITLE).queryAs(Label.class).getText();
    }

    private static String footer(FxRobot robot) {
        return robot.lookup("." + PresentationWindow.FOOTER).queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + " " + b);
    }
}
