package org.brieflens.view.exercises;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.view.common.Focus;
import org.brieflens.view.common.ItemInteraction;

/**
 * The trends the brief quantifies, as an index over time: each series starts at 1 in its
 * baseline year. Every point stands for the figure behind the series.
 */
final class TrendChart {
    static final String STYLE = "bl-trend-chart";

    private final LineChart<String, Number> chart;
    private final List<TrendSeries> trends;
    private final List<List<Node>> pointNodes = new ArrayList<>();
    private final List<Node> lineNodes = new ArrayList<>();

    TrendChart(List<TrendSeries> trends, Workspace workspace) {
        this.trends = List.copyOf(trends);
        Set<String> when = new LinkedHashSet<>();
        trends.stream().flatMap(trend -> trend.points().stream()).map(TrendSeries.Point::when).sorted(TrendChart::byTime)
                .forEach(when::add);
        CategoryAxis time = new CategoryAxis();
        time.getCategories().setAll(when);
        time.setLabel("Year");
        double max = trends.stream().flatMap(trend -> trend.points().stream()).mapToDouble(TrendSeries.Point::index)
                .max().orElse(1);
        NumberAxis index = new NumberAxis(0, Math.ceil(max) + 0.5, max <= 5 ? 0.5 : 1);
        index.setMinorTickVisible(false);
        index.setLabel("Index (baseline = 1)");
        chart = new LineChart<>(time, index);
        chart.setAnimated(false);
        chart.getStyleClass().add(STYLE);
        chart.setMinHeight(240);
        chart.setPrefHeight(260);
        chart.setMaxHeight(300);
        for (TrendSeries trend : trends) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(trend.name());
            for (TrendSeries.Point point : trend.points()) {
                series.getData().add(new XYChart.Data<>(point.when(), point.index()));
            }
            chart.getData().add(series);
            List<Node> points = new ArrayList<>();
            for (XYChart.Data<String, Number> data : series.getData()) {
                ItemInteraction.install(data.getNode(), workspace, Selection.figure(trend.figureId()),
                        trend.description());
                points.add(data.getNode());
            }
            pointNodes.add(points);
            lineNodes.add(series.getNode());
        }
    }

    Node node() {
        return chart;
    }


    void emphasise(Focus focus) {
        for (int i = 0; i < trends.size(); i++) {
            TrendSeries trend = trends.get(i);
            var emphasis = focus.emphasisOf(trend.actors(), Selection.figure(trend.figureId()));
            emphasis.applyTo(lineNodes.get(i));
            pointNodes.get(i).forEach(emphasis::applyTo);
        }
    }

    /** Years in order, and "Now" after every year. */
    private static int byTime(String a, String b) {
        return Integer.compare(sortKey(a), sortKey(b));
    }

    private static int sortKey(String when) {
        return when.matches("\\d{4}") ? Integer.parseInt(when) : Integer.MAX_VALUE;
    }
}
