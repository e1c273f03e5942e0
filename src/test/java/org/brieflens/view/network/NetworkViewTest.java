package org.brieflens.view.network;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.brieflens.ingest.BriefFileLoader;
import org.brieflens.network.labels.LabelPlacer.Placed;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.testing.GoldModels;
import org.brieflens.view.ViewContext;
import org.brieflens.view.theme.Fonts;
import org.brieflens.view.theme.Theme;
import org.brieflens.view.theme.ThemeManager;

@ExtendWith(ApplicationExtension.class)
class NetworkViewTest {
    private Workspace workspace;
    private NetworkView view;
    private final SimpleObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);

    @Start
    void start(Stage stage) {
        Fonts.loadBundled();
        workspace = new Workspace(BriefFileLoader.loadBundled());
        view = new NetworkView(new ViewContext(workspace, theme));
        Scene scene = new Scene((Parent) view.node(), 1280, 760);
        ThemeManager.apply(Theme.LIGHT, scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void clickingANodeSelectsItsActorInTheWorkspace(FxRobot robot) {
        robot.clickOn(onScreen("jpn"));

        assertThat(workspace.selection()).isEqualTo(Selection.actor("jpn"));
    }

    @Test
    void aSelectionMadeElsewhereFocusesTheGraph(FxRobot robot) {
        robot.interact(() -> workspace.selectActor("chn"));
        WaitForAsyncUtils.waitForFxEvents();

        int china = node("chn");
        assertThat(view.canvas().picture().emphasis().selectedNode()).isEqualTo(china);
        assertThat(view.canvas().picture().emphasis().focused(node("est"))).isFalse();
        assertThat(view.canvas().labels()).extracting(Placed::id).contains(china).doesNotContain(node("est"));
    }

    @Test
    void draggingANodePinsItWhereItWasDropped(FxRobot robot) {
        Point2D from = onScreen("twn");

        robot.drag(from).moveBy(60, 40).drop();

        assertThat(view.viewModel().isPinned(node("twn"))).isTrue();
        Point2D now = view.canvas().localToScreen(view.canvas().nodeCentre(node("twn")));
        assertThat(now.distance(from.add(60, 40))).isLessThan(3);
    }

    @Test
    void theSearchBoxFindsAnActorByAlias(FxRobot robot) {
        robot.clickOn("#" + NetworkToolbar.SEARCH_ID).write("Canberra").type(KeyCode.ENTER);

        assertThat(workspace.selection()).isEqualTo(Selection.actor("aus"));
    }

    @Test
    void theKeyboardZoomsAndFits(FxRobot robot) {
        double fitted = view.canvas().viewport().scale();
        robot.clickOn(view.canvas(), MouseButton.MIDDLE);

        robot.type(KeyCode.EQUALS, 2);
        assertThat(view.canvas().viewport().scale()).isGreaterThan(fitted * 1.5);

        robot.type(KeyCode.DIGIT0);
        assertThat(view.canvas().viewport().scale()).isEqualTo(fitted);
    }

    @Test
    void anotherBriefReplacesTheShownNetwork(FxRobot robot) throws Exception {
        var rimpac = GoldModels.load("rimpac_2024");

        robot.interact(() -> workspace.replaceModel(rimpac));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.canvas().picture().graph().nodeOf("usa")).isPresent();
        assertThat(view.canvas().labels()).isNotEmpty()
                .allMatch(label -> label.id() < view.viewModel().graph().nodeCount());
    }

    @Test
    void theDarkThemeRedrawsOnADarkBackground(FxRobot robot) {
        robot.interact(() -> theme.set(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.canvas().picture().style()).isEqualTo(NetworkStyles.of(Theme.DARK));
        assertThat(view.canvas().picture().style().background().luminance()).isLessThan(0.05);
    }

    private int node(String actor) {
        return view.viewModel().graph().nodeOf(actor).orElseThrow();
    }

    private Point2D onScreen(String actor) {
        WaitForAsyncUtils.waitForFxEvents();
        return view.canvas().localToScreen(view.canvas().nodeCentre(node(actor)));
    }
}
