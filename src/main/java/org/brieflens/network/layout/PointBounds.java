package org.brieflens.network.layout;

/** The smallest box holding the first {@code n} points: what grids and quadtrees are laid over. */
record PointBounds(double minX, double minY, double maxX, double maxY) {

    static PointBounds of(double[] x, double[] y, int n) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            minY = Math.min(minY, y[i]);
            maxX = Math.max(maxX, x[i]);
            maxY = Math.max(maxY, y[i]);
        }
        return new PointBounds(minX, minY, maxX, maxY);
    }

    double width() {
        return maxX - minX;
    }

    double height() {
        return maxY - minY;
    }
}
