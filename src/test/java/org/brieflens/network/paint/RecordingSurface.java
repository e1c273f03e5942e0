package org.brieflens.network.paint;

import java.util.ArrayList;
import java.util.List;

import org.brieflens.network.NetworkGraph;
import org.brieflens.network.layout.Positions;

/**
 * A surface that draws nothing and remembers what it was asked to write, with text measured as
 * a fixed width per character: for testing and timing the painter without a toolkit.
 */
public final class RecordingSurface implements Surface {

    /** Text written, at its baseline start. */
    public record Written(String text, double x, double y, FontSpec font, Rgba colour) {
    }

    public final List<Written> texts = new ArrayList<>();
    public int fills;
    public int strokes;
    public int figures;
    public int hairlines;
    public final List<double[]> dashesStroked = new ArrayList<>();
    public final List<Rgba> coloursStroked = new ArrayList<>();

    /** The viewport that shows every node of the graph in a picture of this size. */
    public static Viewport fit(NetworkGraph graph, Positions positions, double[] radii, double width, double height) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int node = 0; node < graph.nodeCount(); node++) {
            minX = Math.min(minX, positions.x(node) - radii[node]);
            maxX = Math.max(maxX, positions.x(node) + radii[node]);
            minY = Math.min(minY, positions.y(node) - radii[node]);
            maxY = Math.max(maxY, positions.y(node) + radii[node]);
        }
        for (var caption : positions.captions()) {
            minY = Math.min(minY, caption.y() - 12);
        }
        return Viewport.fitting(minX, minY, maxX, maxY, width, height, height - 90, 80, 28);
    }

    @Override
    public void beginPath() {
    }

    @Override
    public void moveTo(double x, double y) {
        figures++;
    }

    @Override
    public void lineTo(double x, double y) {
    }

    @Override
    public void quadTo(double controlX, double controlY, double x, double y) {
    }

    @Override
    public void closePath() {
    }

    @Override
    public void circle(double centreX, double centreY, double radius) {
        figures++;
    }

    @Override
    public void roundRect(double left, double top, double width, double height, double cornerRadius) {
        figures++;
    }

    @Override
    public void fill(Rgba colour) {
        fills++;
    }

    @Override
    public void stroke(Rgba colour, double width, double[] dashes) {
        strokes++;
        dashesStroked.add(dashes);
        coloursStroked.add(colour);
    }

    @Override
    public void hairlines(double[] coords, int count, Rgba colour) {
        hairlines += count;
    }

    @Override
    public void text(String text, double x, double y, FontSpec font, Rgba colour) {
        texts.add(new Written(text, x, y, font, colour));
    }

    @Override
    public double width(String text, FontSpec font) {
        return text.length() * font.size() * (font.bold() ? 0.62 : 0.56);
    }

    @Override
    public double ascent(FontSpec font) {
        return font.size() * 0.95;
    }

    @Override
    public double lineHeight(FontSpec font) {
        return font.size() * 1.35;
    }
}
