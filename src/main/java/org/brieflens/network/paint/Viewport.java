package org.brieflens.network.paint;

/**
 * Which part of the network's world a picture shows: world point {@code (x, y)} appears at
 * pixel {@code (x · scale + offsetX, y · scale + offsetY)} of a picture {@code width} by
 * {@code height} pixels.
 */
public record Viewport(double scale, double offsetX, double offsetY, double width, double height) {
    public static final double MIN_SCALE = 0.02;
    public static final double MAX_SCALE = 8;

    public Viewport {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
    }

    public double screenX(double worldX) {
        return worldX * scale + offsetX;
    }

    public double screenY(double worldY) {
        return worldY * scale + offsetY;
    }

    public double worldX(double screenX) {
        return (screenX - offsetX) / scale;
    }

    public double worldY(double screenY) {
        return (screenY - offsetY) / scale;
    }

    public Viewport resized(double newWidth, double newHeight) {
        return new Viewport(scale, offsetX, offsetY, newWidth, newHeight);
    }

    public Viewport panned(double dx, double dy) {
        return new Viewport(scale, offsetX + dx, offsetY + dy, width, height);
    }

    /** Zoomed by {@code factor} keeping the world point under pixel {@code (x, y)} in place. */
    public Viewport zoomed(double factor, double x, double y) {
        double newScale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        double applied = newScale / scale;
        return new Viewport(newScale, x - (x - offsetX) * applied, y - (y - offsetY) * applied, width, height);
    }

    /** Centred on world point {@code (x, y)} at the same scale. */
    public Viewport centredOn(double x, double y, double areaHeight) {
        return new Viewport(scale, width / 2 - x * scale, areaHeight / 2 - y * scale, width, height);
    }

    /**
     * The viewport that shows the world box {@code [minX, maxX] × [minY, maxY]} whole inside the
     * top {@code areaHeight} pixels, with margins of {@code marginX} pixels left and right and
     * {@code marginY} above and below, never zoomed in past 1.5.
     */
    public static Viewport fitting(double minX, double minY, double maxX, double maxY, double width, double height,
            double areaHeight, double marginX, double marginY) {
        double boxWidth = Math.max(maxX - minX, 1);
        double boxHeight = Math.max(maxY - minY, 1);
        double usableWidth = Math.max(width - 2 * marginX, 10);
        double usableHeight = Math.max(areaHeight - 2 * marginY, 10);
        double scale = Math.max(MIN_SCALE, Math.min(1.5, Math.min(usableWidth / boxWidth, usableHeight / boxHeight)));
        double offsetX = width / 2 - (minX + maxX) / 2 * scale;
        double offsetY = areaHeight / 2 - (minY + maxY) / 2 * scale;
        return new Viewport(scale, offsetX, offsetY, width, height);
    }
}
