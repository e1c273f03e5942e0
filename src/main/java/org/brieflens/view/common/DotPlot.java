package org.brieflens.view.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.DoubleFunction;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;

/**
 * A dot plot of figures: one row per figure, its label at the left and its value as a dot on a
 * shared axis; a change is drawn as an arrow from the value before (a ring) to the value after.
 * Drawn with shapes and labels only, so that it can be exported as vectors. Rows can be
 * emphasised against the selection; what a row does when pointed at is up to the caller.
 */
public final class DotPlot extends VBox {
    public static final String STYLE = "bl-dot-plot";
    public static final String ROW = "bl-plot-row";
    public static final String ROW_ACTOR = "bl-plot-actor";
    public static final String ROW_MEASURE = "bl-plot-measure";
    public static final String DOT = "bl-plot-dot";
    public static final String PREVIOUS_DOT = "bl-plot-previous";
    public static final String ARROW = "bl-plot-arrow";
    public static final String VALUE_TEXT = "bl-plot-value";
    public static final String GRID = "bl-plot-grid";
    public static final String TICK = "bl-plot-tick";
    public static final String AXIS_CAPTION = "bl-plot-caption";
    private static final double LABEL_WIDTH = 330;
    private static final double DOT_RADIUS = 6;

    private final List<RowNode> rows = new ArrayList<>();

    /**
     * @param tickLabel writes a tick's value ("$1 bn")
     * @param caption   says what the axis measures and how ("US dollars, logarithmic scale")
     * @param interaction makes a row's node stand for its item (tooltip, click, context menu)
     */
    public DotPlot(List<PlotRow> plotRows, PlotScale scale, DoubleFunction<String> tickLabel, String caption,
            BiConsumer<Node, PlotRow> interaction) {
        getStyleClass().add(STYLE);
        String previousActors = null;
        for (PlotRow row : plotRows) {
            // Rows come grouped by actor: the actor is named once, at the head of its group.
            RowNode node = new RowNode(row, scale, !row.actorText().equals(previousActors));
            previousActors = row.actorText();
            interaction.accept(node, row);
            rows.add(node);
            getChildren().add(node);
        }
        getChildren().add(axis(scale, tickLabel, caption));
    }

    /** Emphasises the rows of the focus actors and the selected item; dims the rest. */
    public void emphasise(Focus focus) {
        for (RowNode node : rows) {
            focus.emphasisOf(node.row.actors(), node.row.item()).applyTo(node);
        }
    }

    /** The rows' nodes, in order, for tests. */
    public List<? extends Node> rowNodes() {
        return rows;
    }

    private static Node axis(PlotScale scale, DoubleFunction<String> tickLabel, String caption) {
        Pane ticks = new Pane() {
            @Override
            protected void layoutChildren() {
                double width = getWidth() - 2 * DOT_RADIUS;
                for (Node child : getChildren()) {
                    Text text = (Text) child;
                    double x = DOT_RADIUS + scale.fraction((Double) text.getUserData()) * width;
                    double textWidth = text.getLayoutBounds().getWidth();
                    text.relocate(Math.max(0, Math.min(getWidth() - textWidth, x - textWidth / 2)), 2);
                }
            }
        };
        for (double tick : scale.ticks()) {
            Text text = new Text(tickLabel.apply(tick));
            text.getStyleClass().add(TICK);
            text.setUserData(tick);
            ticks.getChildren().add(text);
        }
        ticks.setMinHeight(20);
        ticks.setPrefHeight(20);
        Label captionLabel = new Label(caption);
        captionLabel.getStyleClass().add(AXIS_CAPTION);
        VBox scaleBox = new VBox(2, ticks, captionLabel);
        HBox.setHgrow(scaleBox, Priority.ALWAYS);
        Region gap = new Region();
        gap.setMinWidth(LABEL_WIDTH);
        gap.setPrefWidth(LABEL_WIDTH);
        HBox axis = new HBox(gap, scaleBox);
        axis.getStyleClass().add("bl-plot-axis");
        return axis;
    }

    /** A row: the label, and the marks laid out on the scale at the row's current width. */
    private static final class RowNode extends HBox {
        private final PlotRow row;

        RowNode(PlotRow row, PlotScale scale, boolean namesActor) {
            this.row = row;
            getStyleClass().add(ROW);
            setAlignment(Pos.CENTER_LEFT);
            Label actor = new Label(row.actorText());
            actor.getStyleClass().add(ROW_ACTOR);
            actor.setWrapText(true);
            Label measure = new Label(row.measureText());
            measure.getStyleClass().add(ROW_MEASURE);
            measure.setWrapText(true);
            VBox label = namesActor ? new VBox(1, actor, measure) : new VBox(1, measure);
            label.setMinWidth(LABEL_WIDTH);
            label.setPrefWidth(LABEL_WIDTH);
            label.setMaxWidth(LABEL_WIDTH);
            MarkPane marks = new MarkPane(row, scale);
            HBox.setHgrow(marks, Priority.ALWAYS);
            getChildren().addAll(label, marks);
        }
    }

    private static final class MarkPane extends Pane {
        private final PlotRow row;
        private final PlotScale scale;
        private final List<Line> grid = new ArrayList<>();
        private final Circle dot = new Circle(DOT_RADIUS);
        private final Circle previousDot = new Circle(DOT_RADIUS - 1);
        private final Line arrowLine = new Line();
        private final Polygon arrowHead = new Polygon();
        private final Text valueText;

        MarkPane(PlotRow row, PlotScale scale) {
            this.row = row;
            this.scale = scale;
            setMinHeight(34);
            setPrefHeight(34);
            for (int i = 0; i < scale.ticks().size(); i++) {
                Line line = new Line();
                line.getStyleClass().add(GRID);
                grid.add(line);
            }
            getChildren().addAll(grid);
            dot.getStyleClass().add(DOT);
            if (row.kind() != null) {
                dot.getStyleClass().add(Styles.kind(row.kind()));
            }
            valueText = new Text(row.valueText());
            valueText.getStyleClass().add(VALUE_TEXT);
            if (row.isChange()) {
                previousDot.getStyleClass().add(PREVIOUS_DOT);
                arrowLine.getStyleClass().add(ARROW);
                arrowHead.getStyleClass().add(ARROW);
                getChildren().addAll(arrowLine, arrowHead, previousDot);
            }
            getChildren().addAll(dot, valueText);
        }

        @Override
        protected void layoutChildren() {
            double width = getWidth() - 2 * DOT_RADIUS;
            double middle = getHeight() / 2;
            for (int i = 0; i < grid.size(); i++) {
                double x = DOT_RADIUS + scale.fraction(scale.ticks().get(i)) * width;
                Line line = grid.get(i);
                line.setStartX(x);
                line.setEndX(x);
                line.setStartY(0);
                line.setEndY(getHeight());
            }
            double x = DOT_RADIUS + scale.fraction(row.value()) * width;
            dot.setCenterX(x);
            dot.setCenterY(middle);
            double textLeft = x;
            double textRight = x;
            if (row.isChange()) {
                double before = DOT_RADIUS + scale.fraction(row.previous().getAsDouble()) * width;
                previousDot.setCenterX(before);
                previousDot.setCenterY(middle);
                double direction = Math.signum(x - before);
                arrowLine.setStartX(before + direction * DOT_RADIUS);
                arrowLine.setStartY(middle);
                arrowLine.setEndX(x - direction * (DOT_RADIUS + 4));
                arrowLine.setEndY(middle);
                double tip = x - direction * DOT_RADIUS;
                arrowHead.getPoints().setAll(tip, middle, tip - direction * 8, middle - 4, tip - direction * 8, middle + 4);
                textLeft = Math.min(x, before);
                textRight = Math.max(x, before);
            }
            double textWidth = valueText.getLayoutBounds().getWidth();
            double textX = textRight + DOT_RADIUS + 8;
            if (textX + textWidth > getWidth()) {
                textX = textLeft - DOT_RADIUS - 8 - textWidth;
            }
            valueText.relocate(textX, middle - valueText.getLayoutBounds().getHeight() / 2);
        }
    }
}
