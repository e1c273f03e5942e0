package org.brieflens.network.paint;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The painter's surface over any Java2D {@link Graphics2D}: a BufferedImage here, to look at
 * pictures without a window; an SVG or PDF Graphics2D in an export, which then writes text as
 * text. Fonts are looked up by family; register the bundled ones with the graphics environment.
 */
public final class Graphics2DSurface implements Surface {
    private final Graphics2D graphics;
    private Path2D.Double path = new Path2D.Double();

    public Graphics2DSurface(Graphics2D graphics) {
        this.graphics = graphics;
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setComposite(AlphaComposite.SrcOver);
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double();
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
        path.closePath();
    }

    @Override
    public void circle(double centreX, double centreY, double radius) {
        path.append(new Ellipse2D.Double(centreX - radius, centreY - radius, 2 * radius, 2 * radius), false);
    }

    @Override
    public void roundRect(double left, double top, double width, double height, double cornerRadius) {
        path.append(new RoundRectangle2D.Double(left, top, width, height, 2 * cornerRadius, 2 * cornerRadius), false);
    }

    @Override
    public void fill(Rgba colour) {
        graphics.setColor(color(colour));
        graphics.fill(path);
    }

    @Override
    public void stroke(Rgba colour, double width, double[] dashes) {
        graphics.setColor(color(colour));
        float[] pattern = null;
        if (dashes.length > 0) {
            pattern = new float[dashes.length];
            for (int i = 0; i < dashes.length; i++) {
                pattern[i] = (float) dashes[i];
            }
        }
        graphics.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, pattern, 0));
        graphics.draw(path);
    }

    @Override
    public void hairlines(double[] coords, int count, Rgba colour) {
        graphics.setColor(color(colour));
        graphics.setStroke(new BasicStroke(1));
        Line2D.Double line = new Line2D.Double();
        for (int i = 0; i < count; i++) {
            line.setLine(coords[4 * i], coords[4 * i + 1], coords[4 * i + 2], coords[4 * i + 3]);
            graphics.draw(line);
        }
    }

    @Override
    public void text(String text, double x, double y, FontSpec font, Rgba colour) {
        graphics.setFont(font(font));
        graphics.setColor(color(colour));
        graphics.drawString(text, (float) x, (float) y);
    }

    @Override
    public double width(String text, FontSpec font) {
        return graphics.getFontMetrics(font(font)).getStringBounds(text, graphics).getWidth();
    }

    @Override
    public double ascent(FontSpec font) {
        return graphics.getFontMetrics(font(font)).getAscent();
    }

    @Override
    public double lineHeight(FontSpec font) {
        FontMetrics metrics = graphics.getFontMetrics(font(font));
        return metrics.getAscent() + metrics.getDescent();
    }

    private static Font font(FontSpec spec) {
        return new Font(spec.family(), spec.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) spec.size());
    }

    private static Color color(Rgba colour) {
        return new Color((float) colour.red(), (float) colour.green(), (float) colour.blue(), (float) colour.alpha());
    }
}
