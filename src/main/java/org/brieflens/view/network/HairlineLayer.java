package org.brieflens.view.network;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.brieflens.network.paint.LineRaster;
import org.brieflens.network.paint.Rgba;

/**
 * The canvas's own raster for hairlines: thousands of faint lines drawn by {@link LineRaster}
 * into pixels and handed to the canvas as one image, instead of one path JavaFX would rasterise
 * at a far higher cost per pixel. Kept by the canvas across paints so its buffers are reused;
 * images rotate, because the canvas renders an image after the paint that drew it.
 */
final class HairlineLayer {
    private static final int IMAGES = 3;

    private LineRaster raster;
    private final WritableImage[] images = new WritableImage[IMAGES];
    private int next;
    private boolean drawn;

    /** Adds lines to the layer, clearing it first if it was handed out since. */
    void add(double[] coords, int count, Rgba colour, int width, int height) {
        if (raster == null || raster.width() != width || raster.height() != height) {
            raster = new LineRaster(width, height);
            for (int i = 0; i < IMAGES; i++) {
                images[i] = null;
            }
        }
        if (!drawn) {
            raster.clear();
            drawn = true;
        }
        raster.lines(coords, count, colour);
    }

    /** Whether lines were added since the layer was last taken. */
    boolean pending() {
        return drawn;
    }

    /**
     * Draws the lines added so far on {@code context} and starts the layer afresh. Only the box
     * the lines cover is copied and drawn: a dragged node's few lines need not cost a full frame.
     */
    void drawOn(GraphicsContext context) {
        int[] box = raster.dirtyBox();
        drawn = false;
        if (box[2] == 0 || box[3] == 0) {
            return;
        }
        int index = next;
        next = (next + 1) % IMAGES;
        if (images[index] == null) {
            images[index] = new WritableImage(raster.width(), raster.height());
        }
        images[index].getPixelWriter().setPixels(box[0], box[1], box[2], box[3], PixelFormat.getIntArgbPreInstance(),
                raster.pixels(), box[1] * raster.width() + box[0], raster.width());
        context.drawImage(images[index], box[0], box[1], box[2], box[3], box[0], box[1], box[2], box[3]);
    }
}
