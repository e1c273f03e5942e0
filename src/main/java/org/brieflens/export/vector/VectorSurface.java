package org.brieflens.export.vector;

import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;

import org.brieflens.export.image.RasterImage;

/**
 * What vector exports draw on: an SVG document, a PDF page, or a recording of the drawing to
 * replay on either later. Coordinates are in pixels with y pointing down, as on screen.
 *
 * <p>The state (transform, clip, opacity) works as in JavaFX's {@code GraphicsContext}:
 * {@link #save()} pushes it and {@link #restore()} pops it; {@link #transform},
 * {@link #clip} and {@link #multiplyAlpha} change it until then. A view that draws on a canvas
 * can draw the same picture here through an adapter (see {@link VectorPaintable}).
 */
public interface VectorSurface {

    void save();

    void restore();

    /** Applies {@code transform} before the current transform to everything drawn next. */
    void transform(Affine2D transform);

    /** Restricts what is drawn next to the inside of {@code path} (non-zero winding). */
    void clip(VectorPath path);

    /** Multiplies the opacity of everything drawn next by {@code alpha} (0–1). */
    void multiplyAlpha(double alpha);

    void fill(VectorPath path, Color color, FillRule rule);

    void stroke(VectorPath path, Color color, StrokeStyle stroke);

    /** Draws one line of text with its baseline starting at (x, y). */
    void text(String text, double x, double y, TextStyle style, Color color);

    /** Draws an image stretched over the rectangle (x, y, width, height). */
    void image(RasterImage image, double x, double y, double width, double height);

    default void translate(double x, double y) {
        transform(Affine2D.translation(x, y));
    }

    default void scale(double sx, double sy) {
        transform(Affine2D.scaling(sx, sy));
    }
}
