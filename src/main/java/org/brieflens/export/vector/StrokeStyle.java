package org.brieflens.export.vector;

import java.util.List;

import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/** How an outline is stroked: width, caps, joins and dashes, as JavaFX shapes and CSS borders have them. */
public record StrokeStyle(double width, StrokeLineCap cap, StrokeLineJoin join, double miterLimit,
        List<Double> dashes, double dashOffset) {

    public StrokeStyle {
        dashes = List.copyOf(dashes);
    }

    public static StrokeStyle solid(double width) {
        return new StrokeStyle(width, StrokeLineCap.BUTT, StrokeLineJoin.MITER, 10, List.of(), 0);
    }

    public boolean isDashed() {
        return dashes.stream().anyMatch(length -> length > 0);
    }
}
