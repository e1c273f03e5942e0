package org.brieflens.view.network;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

import org.brieflens.network.paint.FontSpec;
import org.brieflens.network.paint.Rgba;
import org.brieflens.network.paint.Surface;

/**
 * The network painter's surface on a JavaFX canvas. Hairlines go to the canvas's own raster
 * layer, which is drawn as one image before whatever the painter draws next.
 */
final class FxSurface implements Surface {
    private final GraphicsContext context;
    private final FxTextMetrics metrics;
    private final HairlineLayer hairlines;

    FxSurface(GraphicsContext context, FxTextMetrics metrics, HairlineLayer hairlines) {
        this.context = context;
        this.metrics = metrics;
        this.hairlines = hairlines;
        context.setLineCap(StrokeLineCap.BUTT);
        context.setLineJoin(StrokeLineJoin.ROUND);
        context.setTextAlign(TextAlignment.LEFT);
        context.setTextBaseline(VPos.BASELINE);
    }

    @Override
    public void beginPath() {
        flushHairlines();
        context.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        context.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        context.lineTo(x, y);
    }

    @Override
    public void quadTo(double controlX, double controlY, double x, double y) {
        context.quadraticCurveTo(controlX, controlY, x, y);
    }

    @Override
    public void closePath() {
        context.closePath();
    }

    @Override
    public void circle(double centreX, double centreY, double radius) {
        context.moveTo(centreX + radius, centreY);
        context.arc(centreX, centreY, radius, radius, 0, 360);
        context.closePath();
    }

    @Override
    public void roundRect(double left, double top, double width, double height, double cornerRadius) {
        if (cornerRadius <= 0) {
            context.rect(left, top, width, height);
            return;
        }
        double right = left + width;
        double bottom = top + height;
        context.moveTo(left + cornerRadius, top);
        context.arcTo(right, top, right, bottom, cornerRadius);
        context.arcTo(right, bottom, left, bottom, cornerRadius);
        context.arcTo(left, bottom, left, top, cornerRadius);
        context.arcTo(left, top, right, top, cornerRadius);
        context.closePath();
    }

    @Override
    public void fill(Rgba colour) {
        context.setFill(color(colour));
        context.fill();
    }

    @Override
    public void stroke(Rgba colour, double width, double[] dashes) {
        context.setStroke(color(colour));
        context.setLineWidth(width);
        context.setLineDashes(dashes.length == 0 ? null : dashes);
        context.stroke();
    }

    @Override
    public void hairlines(double[] coords, int count, Rgba colour) {
        int width = (int) Math.ceil(context.getCanvas().getWidth());
        int height = (int) Math.ceil(context.getCanvas().getHeight());
        if (width > 0 && height > 0) {
            hairlines.add(coords, count, colour, width, height);
        }
    }

    /** Draws pending hairlines; the painter's next call, or the end of its paint, does. */
    void flushHairlines() {
        if (hairlines.pending()) {
            hairlines.drawOn(context);
        }
    }

    @Override
    public void text(String text, double x, double y, FontSpec font, Rgba colour) {
        flushHairlines();
        context.setFont(metrics.font(font));
        context.setFill(color(colour));
        context.fillText(text, x, y);
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

    private static Color color(Rgba colour) {
        return new Color(colour.red(), colour.green(), colour.blue(), colour.alpha());
    }
}
