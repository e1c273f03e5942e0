package org.brieflens.network.paint;

import java.util.Arrays;

/**
 * Draws antialiased one-pixel lines into an array of premultiplied ARGB pixels (Xiaolin Wu's
 * algorithm), for a surface that has thousands of lines to draw each frame: a general path
 * rasteriser spends about a microsecond per pixel on such lines, this a few nanoseconds.
 */
public final class LineRaster {
    private final int width;
    private final int height;
    private final int[] pixels;
    private int dirtyLeft;
    private int dirtyTop;
    private int dirtyRight;
    private int dirtyBottom;

    public LineRaster(int width, int height) {
        this.width = width;
        this.height = height;
        this.pixels = new int[Math.max(0, width) * Math.max(0, height)];
        markClean();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels, row by row, premultiplied ARGB; shared, not copied. */
    public int[] pixels() {
        return pixels;
    }

    /** Clears what was drawn since the last clear. */
    public void clear() {
        if (!isEmpty()) {
            for (int row = dirtyTop; row <= dirtyBottom; row++) {
                Arrays.fill(pixels, row * width + dirtyLeft, row * width + dirtyRight + 1, 0);
            }
        }
        markClean();
    }

    /** Whether nothing was drawn since the last clear. */
    public boolean isEmpty() {
        return dirtyLeft > dirtyRight;
    }

    /**
     * The smallest box holding everything drawn since the last clear, as {left, top, width,
     * height} in pixels: all a caller needs to copy out.
     */
    public int[] dirtyBox() {
        return isEmpty() ? new int[] {0, 0, 0, 0}
                : new int[] {dirtyLeft, dirtyTop, dirtyRight - dirtyLeft + 1, dirtyBottom - dirtyTop + 1};
    }

    private void markClean() {
        dirtyLeft = Integer.MAX_VALUE;
        dirtyTop = Integer.MAX_VALUE;
        dirtyRight = Integer.MIN_VALUE;
        dirtyBottom = Integer.MIN_VALUE;
    }

    /** Draws {@code count} lines, {@code coords} holding x0, y0, x1, y1 for each, in one colour. */
    public void lines(double[] coords, int count, Rgba colour) {
        int red = (int) Math.round(colour.red() * 255);
        int green = (int) Math.round(colour.green() * 255);
        int blue = (int) Math.round(colour.blue() * 255);
        for (int i = 0; i < count; i++) {
            line(coords[4 * i], coords[4 * i + 1], coords[4 * i + 2], coords[4 * i + 3], red, green, blue,
                    colour.alpha());
        }
    }

    private void line(double x0, double y0, double x1, double y1, int red, int green, int blue, double alpha) {
        double[] clipped = clip(x0, y0, x1, y1);
        if (clipped == null) {
            return;
        }
        x0 = clipped[0];
        y0 = clipped[1];
        x1 = clipped[2];
        y1 = clipped[3];
        dirtyLeft = Math.max(0, Math.min(dirtyLeft, (int) Math.floor(Math.min(x0, x1)) - 1));
        dirtyTop = Math.max(0, Math.min(dirtyTop, (int) Math.floor(Math.min(y0, y1)) - 1));
        dirtyRight = Math.min(width - 1, Math.max(dirtyRight, (int) Math.ceil(Math.max(x0, x1)) + 1));
        dirtyBottom = Math.min(height - 1, Math.max(dirtyBottom, (int) Math.ceil(Math.max(y0, y1)) + 1));
        boolean steep = Math.abs(y1 - y0) > Math.abs(x1 - x0);
        if (steep) {
            double swap = x0;
            x0 = y0;
            y0 = swap;
            swap = x1;
            x1 = y1;
            y1 = swap;
        }
        if (x0 > x1) {
            double swap = x0;
            x0 = x1;
            x1 = swap;
            swap = y0;
            y0 = y1;
            y1 = swap;
        }
        double gradient = x1 - x0 < 1e-9 ? 0 : (y1 - y0) / (x1 - x0);
        int start = (int) Math.round(x0);
        int end = (int) Math.round(x1);
        double y = y0 + gradient * (start - x0);
        for (int x = start; x <= end; x++) {
            int row = (int) Math.floor(y);
            double below = y - row;
            if (steep) {
                blend(row, x, red, green, blue, alpha * (1 - below));
                blend(row + 1, x, red, green, blue, alpha * below);
            } else {
                blend(x, row, red, green, blue, alpha * (1 - below));
                blend(x, row + 1, red, green, blue, alpha * below);
            }
            y += gradient;
        }
    }

    private void blend(int x, int y, int red, int green, int blue, double alpha) {
        if (x < 0 || y < 0 || x >= width || y >= height || alpha <= 0) {
            return;
        }
        int index = y * width + x;
        int under = pixels[index];
        int a = (int) Math.round(alpha * 255);
        int keep = 255 - a;
        int outA = a + ((under >>> 24) * keep + 127) / 255;
        int outR = (red * a + ((under >> 16) & 0xff) * keep + 127) / 255;
        int outG = (green * a + ((under >> 8) & 0xff) * keep + 127) / 255;
        int outB = (blue * a + (under & 0xff) * keep + 127) / 255;
        pixels[index] = outA << 24 | outR << 16 | outG << 8 | outB;
    }

    /** The part of the line inside the raster (Liang–Barsky), or null if none. */
    private double[] clip(double x0, double y0, double x1, double y1) {
        double low = 0;
        double high = 1;
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0, width - 1 - x0, y0, height - 1 - y0};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    low = Math.max(low, t);
                } else {
                    high = Math.min(high, t);
                }
            }
        }
        if (low > high) {
            return null;
        }
        return new double[] {x0 + low * dx, y0 + low * dy, x0 + high * dx, y0 + high * dy};
    }
}
