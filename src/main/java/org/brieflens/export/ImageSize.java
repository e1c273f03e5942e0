package org.brieflens.export;

/**
 * How large an image export is: a scale of the view's layout size (2x for a sharp slide) or an
 * exact size in pixels, for which the view keeps its layout width and takes the height that
 * gives the requested proportions.
 */
public sealed interface ImageSize {

    /** What to lay the view out at, and how much to scale it, to get this image. */
    record Rendering(double layoutWidth, double layoutHeight, double scale, int pixelWidth, int pixelHeight) {
    }

    Rendering resolve(double layoutWidth, double layoutHeight);

    static ImageSize scale(double factor) {
        return new Scale(factor);
    }

    static ImageSize pixels(int width, int height) {
        return new Pixels(width, height);
    }

    record Scale(double factor) implements ImageSize {
        /** 8x of a window-sized view is already 10,000 pixels wide. */
        public static final double MAX_FACTOR = 8;

        public Scale {
            if (!(factor > 0 && factor <= MAX_FACTOR)) {
                throw new IllegalArgumentException("a scale must be above 0 and at most " + MAX_FACTOR + ", not "
                        + factor);
            }
        }

        @Override
        public Rendering resolve(double layoutWidth, double layoutHeight) {
            return new Rendering(layoutWidth, layoutHeight, factor, (int) Math.round(layoutWidth * factor),
                    (int) Math.round(layoutHeight * factor));
        }
    }

    record Pixels(int width, int height) implements ImageSize {
        /** Larger images than this do not fit in memory comfortably (4 bytes a pixel, twice). */
        public static final int MAX_SIDE = 16_384;

        public Pixels {
            if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
                throw new IllegalArgumentException("an image must be 1 to " + MAX_SIDE + " pixels a side, not "
                        + width + "x" + height);
            }
        }

        @Override
        public Rendering resolve(double layoutWidth, double layoutHeight) {
            double scale = width / layoutWidth;
            return new Rendering(layoutWidth, height / scale, scale, width, height);
        }
    }
}
