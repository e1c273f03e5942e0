package org.brieflens.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.text.Text;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.brieflens.ingest.BriefFileLoader;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.tasks.FxThread;
import org.brieflens.view.BriefView;
import org.brieflens.view.ViewCatalog;
import org.brieflens.view.ViewContext;
import org.brieflens.view.common.Styles;
import org.brieflens.view.theme.Theme;

class OffscreenViewsTest {
    private static final ExportSubject JAPAN_SELECTED = new ExportSubject(BriefFileLoader.loadBundled(),
            Selection.actor("jpn"), Theme.DARK);

    @BeforeAll
    static void startJavaFx() {
        HeadlessToolkit.start();
    }

    @Test
    void makesEveryViewOfTheCatalogOnACopyOfTheStateWithoutAnimation() {
        List<String> windowViews = FxThread.call(() -> ViewCatalog.create(new ViewContext(
                new Workspace(BriefFileLoader.loadBundled()), new SimpleObjectProperty<>(Theme.LIGHT))).stream()
                .map(BriefView::id).toList());

        OffscreenViews views = FxThread.call(() -> OffscreenViews.of(JAPAN_SELECTED));

        assertThat(views.ids()).isEqualTo(windowViews);
        assertThat(views.workspace().selection()).isEqualTo(Selection.actor("jpn"));
    }

    @Test
    void chartsAreStilledBeforeTheyAreDrawn() {
        BarChart<String, Number> chart = FxThread.call(() -> {
            BarChart<String, Number> bars = new BarChart<>(new CategoryAxis(), new NumberAxis());
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.getData().add(new XYChart.Data<>("Japan", 5));
            bars.getData().add(series);
            OffscreenViews.of(JAPAN_SELECTED).show(new ChartView(bars), 400, 300, false).close();
            return bars;
        });

        assertThat(chart.getAnimated()).isFalse();
    }

    @Test
    void tilesLayOutWhatTheyHoldBackUntilTheirWindowShows() {
        double valueSize = FxThread.call(() -> {
            Tile tile = TileBuilder.create().skinType(Tile.SkinType.NUMBER).title("China").value(18).decimals(0)
                    .unit("%").animated(false).build();
            try (OffscreenViews.ShownPage shown = OffscreenViews.of(JAPAN_SELECTED).show(new ChartView(tile), 300,
                    200, false)) {
                return shown.page().lookupAll("*").stream().filter(node -> node instanceof Text text
                        && text.getText().equals("18")).map(node -> ((Text) node).getFont().getSize()).findFirst()
                        .orElseThrow();
            }
        });

        // TilesFX sizes the value to the tile once it shows; held back, it keeps the default size.
        assertThat(valueSize).isGreaterThan(30);
    }

    @Test
    void aViewIsDrawnWithoutItsControlsAndGetsThemBackAfterwards() {
        boolean[] shown = FxThread.call(() -> {
            javafx.scene.control.TextField filter = new javafx.scene.control.TextField();
            filter.getStyleClass().add(Styles.CONTROLS);
            javafx.scene.layout.VBox view = new javafx.scene.layout.VBox(filter, new javafx.scene.control.Label("content"));
            OffscreenViews.ShownPage page = OffscreenViews.of(JAPAN_SELECTED).show(new ChartView(view), 300, 200, false);
            boolean whileDrawn = filter.isVisible() || filter.isManaged() || filter.getParent() != null
                    || filter.getSkin() != null;
            page.close();
            return new boolean[] {whileDrawn, filter.isVisible() && filter.isManaged()
                    && view.getChildren().indexOf(filter) == 0};
        });

        // Out of the scene while drawn, it gets no skin: styling a toolbar costs more than drawing it.
        assertThat(shown[0]).as("the filter field shown, in the view or skinned while the view is drawn").isFalse();
        assertThat(shown[1]).as("the filter field back in its place once the page is closed").isTrue();
    }

    @Test
    void onTheCommandLineViewsShareOneWindowAndAViewThatNeedsItsOwnIsTheOnlyOneShowing() {
        List<Object> seen = FxThread.call(() -> {
            OffscreenViews views = OffscreenViews.of(JAPAN_SELECTED);
            OffscreenViews.ShownPage first = views.show(new ChartView(new javafx.scene.control.Label("one")), 300, 200,
                    false);
            javafx.stage.Window firstWindow = first.page().getScene().getWindow();
            first.close();
            OffscreenViews.ShownPage second = views.show(new ChartView(new javafx.scene.control.Label("two")), 300, 200,
                    false);
            javafx.stage.Window secondWindow = second.page().getScene().getWindow();
            second.close();
            OffscreenViews.ShownPage own = views.show(new ChartView(new javafx.scene.control.Label("tiles"), true), 300,
                    200, false);
            javafx.stage.Window ownWindow = own.page().getScene().getWindow();
            boolean sharedShowingMeanwhile = firstWindow.isShowing();
            own.close();
            views.close();
            return List.of(firstWindow == secondWindow, ownWindow != firstWindow, sharedShowingMeanwhile,
                    firstWindow.isShowing() || ownWindow.isShowing());
        });

        assertThat(seen.get(0)).as("the second view in the first's window").isEqualTo(true);
        assertThat(seen.get(1)).as("a window of its own").isEqualTo(true);
        assertThat(seen.get(2)).as("the shared window showing beside it").isEqualTo(false);
        assertThat(seen.get(3)).as("any window showing once the views are closed").isEqualTo(false);
    }

    /** A view holding only a chart, as the dashboard's views do; or tiles, which need a window of their own. */
    private record ChartView(Node node, boolean needsAWindowOfItsOwn) implements BriefView {
        ChartView(Node node) {
            this(node, false);
        }

        @Override
        public String id() {
            return "chart";
        }

        @Override
        public String title() {
            return "Chart";
        }
    }
}
