package org.brieflens.export.image;

import java.awt.image.BufferedImage;
import java.util.Objects;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/**
 * Pixels taken out of JavaFX (a snapshot), as non-premultiplied ARGB, so that they can be
 * encoded on any thread. JavaFX images are read only on the JavaFX thread.
 */
public record RasterImage(int width, int height, int[] argb) {

    public RasterImage {
        Objects.requireNonNull(argb, "argb");
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("a raster of " + width + "x" + height + " needs " + width * height
                    + " pixels, not " + argb.length);
        }
    }

    /** Reads the pixels of a JavaFX image; call it on the JavaFX thread. */
    public static RasterImage of(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        PixelReader reader = image.getPixelReader();
        // Snapshots hold premultiplied pixels: copying them as they are and converting only the
        // few that are partly transparent is much quicker than JavaFX converting every pixel.
        reader.getPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        for (int i = 0; i < pixels.length; i++) {
            int alpha = pixels[i] >>> 24;
            if (alpha != 0xFF && alpha != 0) {
                pixels[i] = unpremultiplied(pixels[i], alpha);
            }
        }
        return new RasterImage(width, height, pixels);
    }

    private static int unpremultiplied(int pixel, int alpha) {
        int red = Math.min(255, ((pixel >> 16 & 0xFF) * 255 + alpha / 2) / alpha);
        int green = Math.min(255, ((pixel >> 8 & 0xFF) * 255 + alpha / 2) / alpha);
        int blue = Math.min(255, ((pixel & 0xFF) * 255 + alpha / 2) / alpha);
        return alpha << 24 | red << 16 | green << 8 | blue;
    }

    public int pixel(int x, int y) {
        return argb[y * width + x];
    }

    /** Whether every pixel is fully opaque, so that an encoder can leave out the alpha channel. */
    public boolean isOpaque() {
        for (int pixel : argb) {
            if (pixel >>> 24 != 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** The pixels as a JavaFX image, for the clipboard. */
    public WritableImage toFxImage() {
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }

    public BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        return image;
    }
}
