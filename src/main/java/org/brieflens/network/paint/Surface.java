package org.brieflens.network.paint;

/**
 * What the network painter draws on: a path, filled or stroked, and text written as text. One
 * implementation draws on a JavaFX canvas; an export can implement it over Graphics2D or SVG
 * and get the same picture, with the same label placement, since the painter measures text
 * through the surface it draws on.
 *
 * <p>Paths work as in a canvas: {@link #beginPath()} starts one, the figure methods add to it,
 * and {@link #fill} or {@link #stroke} paint all of it at once, which is how thousands of
 * edges of one style are drawn in one call. Coordinates are in pixels of the picture.
 */
public interface Surface extends TextMetrics {

    /** A dash pattern of none: a solid line. */
    double[] SOLID = new double[0];

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void quadTo(double controlX, double controlY, double x, double y);

    void closePath();

    /** Adds a whole circle to the path. */
    void circle(double centreX, double centreY, double radius);

    /** Adds a rectangle with rounded corners to the path. */
    void roundRect(double left, double top, double width, double height, double cornerRadius);

    void fill(Rgba colour);

    /** Strokes the path, {@code dashes} alternating drawn and skipped lengths ({@link #SOLID} for none). */
    void stroke(Rgba colour, double width, double[] dashes);

    /**
     * Draws {@code count} straight lines one pixel wide, {@code coords} holding x0, y0, x1, y1 for
     * each: the dense web of a large network seen whole, where dashes and widths cannot be read.
     * A raster surface may draw them with a fast line algorithm; a vector one as a path.
     */
    void hairlines(double[] coords, int count, Rgba colour);

    /** Writes {@code text} with its baseline starting at {@code (x, y)}. */
    void text(String text, double x, double y, FontSpec font, Rgba colour);
}
