package org.brieflens.view.exercises;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

import org.brieflens.state.Workspace;
import org.brieflens.view.common.Focus;
import org.brieflens.view.common.ItemInteraction;
import org.brieflens.view.common.LazyTooltip;

/**
 * A horizontal bar chart of small counts (exercises per partner, per domain), largest at the top,
 * integer ticks, no animation (snapshots and exports must see every bar). Each bar stands for its
 * item: hover, click and context menu through {@link ItemInteraction}.
 */
final class CountBarChart {
    static final String STYLE = "bl-count-chart";
    private static final double BAR_ROW_HEIGHT = 27;

    private final BarChart<Number, String> chart;
    private final List<CountBar> bars;
    private final List<Node> barNodes = new ArrayList<>();

    CountBarChart(List<CountBar> bars, String valueAxisLabel, Workspace workspace) {
        this.bars = List.copyOf(bars);
        int max = bars.stream().mapToInt(CountBar::count).max().orElse(1);
        NumberAxis values = new NumberAxis(0, max, max <= 12 ? 1 : Math.ceil(max / 10.0));
        values.setMinorTickVisible(false);
        values.setLabel(valueAxisLabel);
        values.setTickLabelFormatter(new NumberAxis.DefaultFormatter(values) {
            @Override
            public String toString(Number number) {
                return String.valueOf(number.intValue());
            }
        });
        CategoryAxis categories = new CategoryAxis();
        chart = new BarChart<>(values, categories);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(8);
        chart.getStyleClass().add(STYLE);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<String> labels = new ArrayList<>();
        // The category axis draws its first category at the bottom: add the largest last.
        for (int i = bars.size() - 1; i >= 0; i--) {
            CountBar bar = bars.get(i);
            labels.add(bar.label());
            series.getData().add(new XYChart.Data<>(bar.count(), bar.label()));
        }
        categories.getCategories().setAll(labels);
        chart.getData().add(series);
        for (int i = 0; i < bars.size(); i++) {
            CountBar bar = bars.get(bars.size() - 1 - i);
            Node node = series.getData().get(i).getNode();
            node.getStyleClass().add(bar.styleClass());
            if (bar.item().isEmpty()) {
                LazyTooltip.install(node, () -> {
                    Tooltip tooltip = new Tooltip(bar.description());
                    tooltip.setShowDelay(Duration.millis(200));
                    tooltip.setWrapText(true);
                    tooltip.setMaxWidth(460);
                    return tooltip;
                });
            } else {
                ItemInteraction.install(node, workspace, bar.item(), bar.description());
            }
            barNodes.add(0, node);
        }
        double height = Math.max(130, bars.size() * BAR_ROW_HEIGHT + 70);
        chart.setMinHeight(height);
        chart.setPrefHeight(height);
        chart.setMaxHeight(height);
    }

    Node node() {
        return chart;
    }


    void emphasise(Focus focus) {
        for (int i = 0; i < bars.size(); i++) {
            focus.emphasisOf(bars.get(i).actors(), bars.get(i).item()).applyTo(barNodes.get(i));
        }
    }
}
