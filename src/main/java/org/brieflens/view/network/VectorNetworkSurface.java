package org.brieflens.view.network;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

import org.brieflens.export.vector.StrokeStyle;
import org.brieflens.export.vector.TextStyle;
import org.brieflens.export.vector.VectorPath;
import org.brieflens.export.vector.VectorSurface;
import org.brieflens.network.paint.FontSpec;
import org.brieflens.network.paint.Rgba;
import org.brieflens.network.paint.Surface;
import org.brieflens.network.paint.TextMetrics;

/**
 * The network painter's surface over an export's vector surface: the canvas's picture as paths
 * and text. It measures text as the canvas does, so the painter places every label where it is
 * on screen; hairlines, which the canvas rasterises, become one-pixel strokes.
 */
final class VectorNetworkSurface implements Surface {
    /** As the canvas strokes (FxSurface): flat ends, round joins. */
    private static final double MITER_LIMIT = 10;
    private static final double HAIRLINE_WIDTH = 1;

    private final VectorSurface target;
    private final TextMetrics metrics;
    private VectorPath.Builder path = VectorPath.builder();

    VectorNetworkSurface(VectorSurface target, TextMetrics metrics) {
        this.target = target;
        this.metrics = metrics;
    }

    @Override
    public void beginPath() {
        path = VectorPath.builder();
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.lineTo(x, y);
    }

    @Override
    public void quadTo(double controlX, double controlY, double x, double y) {
        path.quadTo(controlX, controlY, x, y);
    }

    @Override
    public void closePath() {
        path.close();
    }

    @Override
    public void circle(double centreX, double centreY, double radius) {
        path.ellipticalArc(centreX, centreY, radius, radius, 0, 360, true).close();
    }

    @Override
    public void roundRect(double left, double top, double width, double height, double cornerRadius) {
        path.append(VectorPath.roundedRectangle(left, top, width, height,
                VectorPath.CornerRadii.uniform(Math.max(0, cornerRadius))));
    }

    @Override
    public void fill(Rgba colour) {
        target.fill(path.build(), color(colour), FillRule.NON_ZERO);
    }

    @Override
    public void stroke(Rgba colour, double width, double[] dashes) {
        target.stroke(path.build(), color(colour), stroke(width, dashes));
    }

    @Override
    public void hairlines(double[] coords, int count, Rgba colour) {
        VectorPath.Builder lines = VectorPath.builder();
        for (int i = 0; i < count; i++) {
            lines.moveTo(coords[4 * i], coords[4 * i + 1]).lineTo(coords[4 * i + 2], coords[4 * i + 3]);
        }
        target.stroke(lines.build(), color(colour), stroke(HAIRLINE_WIDTH, SOLID));
    }

    @Override
    public void text(String text, double x, double y, FontSpec font, Rgba colour) {
        target.text(text, x, y, new TextStyle(font.family(), font.size(), font.bold(), false), color(colour));
    }

    @Override
    public double width(String text, FontSpec font) {
        return metrics.width(text, font);
    }

    @Override
    public double ascent(FontSpec font) {
        return metrics.ascent(font);
    }

    @Override
    public double lineHeight(FontSpec font) {
        return metrics.lineHeight(font);
    }

    private static StrokeStyle stroke(double width, double[] dashes) {
        List<Double> lengths = new ArrayList<>(dashes.length);
        for (double dash : dashes) {
            lengths.add(dash);
        }
        return new StrokeStyle(width, StrokeLineCap.BUTT, StrokeLineJoin.ROUND, MITER_LIMIT, lengths, 0);
    }

    private static Color color(Rgba colour) {
        return new Color(colour.red(), colour.green(), colour.blue(), colour.alpha());
    }
}
