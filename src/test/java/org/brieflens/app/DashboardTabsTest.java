package org.brieflens.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import eu.hansolo.tilesfx.Tile;

import org.brieflens.ingest.BriefFileLoader;
import org.brieflens.ingest.Extraction;
import org.brieflens.model.Evidence;
import org.brieflens.model.ModelIndex;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.tasks.TaskRunner;
import org.brieflens.testing.Briefs;
import org.brieflens.testing.InMemorySettings;
import org.brieflens.testing.RecordingDialogs;
import org.brieflens.testing.Workspaces;
import org.brieflens.view.common.DotPlot;
import org.brieflens.view.common.Styles;
import org.brieflens.view.exercises.ExercisesView;
import org.brieflens.view.overview.OverviewView;
import org.brieflens.view.spending.SpendingView;
import org.brieflens.view.theme.Fonts;
import org.brieflens.view.theme.Theme;
import org.brieflens.view.theme.ThemeManager;

@ExtendWith(ApplicationExtension.class)
class DashboardTabsTest {
    private final ThemeManager themes = new ThemeManager(Theme.LIGHT);
    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Fonts.loadBundled();
        workspace = new Workspace(BriefFileLoader.loadBundled());
        AppServices services = new AppServices(new BriefFileLoader(Extraction.TEXT_ONLY), TaskRunner.SAME_THREAD,
                new RecordingDialogs(), new InMemorySettings(), themes);
        window = new MainWindow(stage, workspace, services);
        stage.show();
    }

    @Test
    void theOverviewShowsTheHeadlineFiguresAsTilesAndTheStatesOnTheMap(FxRobot robot) {
        robot.interact(() -> window.showView("overview"));

        assertThat(overview().figureTile("naval-growth").getValue()).isEqualTo(18);
        assertThat(overview().figureTile("strike-upgrade").getUnit()).isEqualTo("bn USD");
        assertThat(overview().figureTile("cable-trade").getValue()).isEqualTo(3.4);
        assertThat(overview().figureTile("exports-now").getText()).isEqualTo("From 28% (pre-pandemic)");
        assertThat(overview().tiles()).extracting(Tile::getTitle).contains("23 actors", "35 links", "5 exercises");
        assertThat(overview().mapShape("chn").isVisible()).isTrue();
        assertThat(overview().mapShape("jpn").getStyleClass()).contains("bl-role-partner");
    }

    @Test
    void theCountTilesListEachKindLargestFirstWithABarToScale(FxRobot robot) {
        robot.interact(() -> window.showView("overview"));
        WaitForAsyncUtils.waitForFxEvents();

        Tile actors = countTile("23 actors");
        assertThat(robot.from(actors).lookup(".bl-count-name").queryAllAs(Label.class)).extracting(Label::getText)
                .startsWith("State").contains("Organisation", "Person", "Company");
        List<Region> fills = List.copyOf(robot.from(countTile("35 links")).lookup(".bl-count-fill").queryAllAs(Region.class));
        assertThat(fills.get(1).getWidth() / fills.get(0).getWidth()).as("conflict 9 against cooperation 26")
                .isCloseTo(9.0 / 26, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void inThePresentationThemeTheCountsStayInsideTheirTiles(FxRobot robot) {
        robot.interact(() -> window.showView("overview"));
        robot.interact(() -> themes.setTheme(Theme.PRESENTATION));
        WaitForAsyncUtils.waitForFxEvents();

        List<Tile> counts = overview().tiles().stream().filter(tile -> tile.getTitle().matches("\\d+ \\w+")).toList();
        assertThat(counts).hasSize(3);
        for (Tile tile : counts) {
            Bounds inside = tile.localToScene(tile.getLayoutBounds());
            Set<Node> rows = robot.from(tile).lookup(".bl-count-row").queryAll();
            assertThat(rows).isNotEmpty();
            for (Node row : rows) {
                Bounds bounds = row.localToScene(row.getLayoutBounds());
                assertThat(inside.contains(bounds)).as(tile.getTitle() + ": " + bounds + " inside " + inside).isTrue();
            }
        }
    }

    private Tile countTile(String title) {
        return overview().tiles().stream().filter(tile -> tile.getTitle().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void eachTabQuotesTheSentencesOfWhatItShows(FxRobot robot) {
        ModelIndex index = ModelIndex.of(Briefs.bundled());
        robot.interact(() -> window.showView("spending"));

        Set<Integer> spending = sentences(spending().evidenceShown(index));
        Set<Integer> exercises = sentences(exercises().evidenceShown(index));

        assertThat(spending).as("the sentences of the charted figures").containsExactlyInAnyOrder(5, 8, 9, 10, 12, 19);
        assertThat(exercises).as("the sentences of the exercises").containsExactlyInAnyOrder(5, 9, 13);
    }

    private static Set<Integer> sentences(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::sentence).collect(Collectors.toSet());
    }

    @Test
    void clickingAStateOnTheMapSelectsItInEveryTab(FxRobot robot) {
        robot.interact(() -> window.showView("overview"));
        Node china = overview().mapShape("chn");

        robot.clickOn(china);

        assertThat(workspace.selection()).isEqualTo(Selection.actor("chn"));
        assertThat(overview().figureTile("naval-growth").getStyleClass()).contains(Styles.FOCUSED);
        assertThat(overview().figureTile("strike-upgrade").getStyleClass()).contains(Styles.DIMMED);
        assertThat(overview().mapShape("usa").getStyleClass()).contains(Styles.DIMMED);
        robot.interact(() -> window.showView("spending"));
        assertThat(rowsWith(Styles.FOCUSED)).isNotEmpty();
        assertThat(rowsWith(Styles.DIMMED)).isNotEmpty();
    }

    @Test
    void theSpendingTabChartsEveryAmountShareAndRate(FxRobot robot) {
        robot.interact(() -> window.showView("spending"));

        List<String> values = robot.lookup("." + DotPlot.VALUE_TEXT).queryAllAs(javafx.scene.text.Text.class).stream()
                .map(javafx.scene.text.Text::getText).toList();
        assertThat(values).contains("$5 billion", "$3.4 trillion", "18%", "73%", "28% → 42%", "60%", "×3");
        assertThat(robot.lookup("." + DotPlot.PREVIOUS_DOT).queryAll()).isNotEmpty();
    }

    @Test
    void clickingASpendingRowSelectsItsFigureAndEmphasisesItsTile(FxRobot robot) {
        robot.interact(() -> window.showView("spending"));
        Node exports = spending().plots().get(1).rowNodes().stream()
                .filter(row -> robot.from(row).lookup("." + DotPlot.VALUE_TEXT).queryAs(javafx.scene.text.Text.class)
                        .getText().equals("28% → 42%"))
                .findFirst().orElseThrow();

        robot.clickOn(exports);

        assertThat(workspace.selection()).isEqualTo(Selection.figure("exports-now"));
        assertThat(overview().figureTile("exports-now").getStyleClass()).contains(Styles.FOCUSED);
    }

    @Test
    void theExercisesTabTabulatesEveryExerciseAndItsRowsSelect(FxRobot robot) {
        robot.interact(() -> window.showView("exercises"));

        assertThat(exercises().table().getItems()).hasSize(5);
        assertThat(robot.lookup(".chart-bar").queryAll()).hasSizeGreaterThanOrEqualTo(8 + 5);
        assertThat(robot.lookup(".bl-trend-chart").queryAll()).hasSize(1);

        robot.interact(() -> exercises().table().getSelectionModel().select(1));

        assertThat(workspace.selection()).isEqualTo(Selection.exercise("japan-nato-exercises"));
        assertThat(overview().mapShape("jpn").getStyleClass()).contains(Styles.FOCUSED);
        assertThat(overview().mapShape("chn").getStyleClass()).contains(Styles.DIMMED);
    }

    @Test
    void aDevBriefsFiguresAppearInEveryTab(FxRobot robot) throws Exception {
        var japan = Workspaces.gold("japan_defence_budget_fy2025");

        robot.interact(() -> workspace.open(japan));
        robot.interact(() -> window.showView("spending"));

        assertThat(overview().figureTile("budget-fy2025-jpy").getUnit()).isEqualTo("tn JPY");
        assertThat(robot.lookup("." + DotPlot.VALUE_TEXT).queryAllAs(javafx.scene.text.Text.class))
                .extracting(javafx.scene.text.Text::getText)
                .contains("¥114.3 trillion → ¥115.5 trillion", "$735 billion", "9.5%", "400");
        assertThat(robot.lookup(".bl-chart-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Money in Japanese Yen (JPY)", "Money in US Dollar (USD)");
        robot.interact(() -> window.showView("exercises"));
        assertThat(exercises().table().getItems()).isEmpty();
    }

    @Test
    void theTilesFollowTheTheme(FxRobot robot) {
        robot.interact(() -> window.showView("overview"));
        Color light = overview().figureTile("naval-growth").getBackgroundColor();

        robot.interact(() -> themes.setTheme(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();

        Color dark = overview().figureTile("naval-growth").getBackgroundColor();
        assertThat(light.getBrightness()).isGreaterThan(0.8);
        assertThat(dark.getBrightness()).isLessThan(0.3);
        assertThat(overview().figureTile("naval-growth").getValueColor().getBrightness()).isGreaterThan(0.7);
    }

    private List<Node> rowsWith(String styleClass) {
        return spending().plots().stream().flatMap(plot -> plot.rowNodes().stream())
                .filter(row -> row.getStyleClass().contains(styleClass)).map(Node.class::cast).toList();
    }

    private OverviewView overview() {
        return window.view(OverviewView.ID, OverviewView.class);
    }

    private SpendingView spending() {
        return window.view(SpendingView.ID, SpendingView.class);
    }

    private ExercisesView exercises() {
        return window.view(ExercisesView.ID, ExercisesView.class);
    }
}
