package org.brieflens.network.layout;

import java.util.Arrays;

/**
 * Pushes apart nodes whose discs (plus a small gap) overlap, a few sweeps over a grid of cells
 * as large as the largest disc so that each node is only compared with its near neighbours.
 * Force layouts leave hubs' leaves stacked; this makes every node visible and clickable.
 */
final class OverlapRemoval {
    static final double GAP = 10;
    private static final int SWEEPS = 24;

    private OverlapRemoval() {
    }

    static void apply(double[] x, double[] y, double[] radii, boolean[] fixed) {
        int n = x.length;
        if (n < 2) {
            return;
        }
        double largest = Arrays.stream(radii).max().orElse(1);
        double cell = 2 * largest + GAP;
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            if (!sweep(x, y, radii, fixed, cell)) {
                return;
            }
        }
    }

    /** One pass; whether it moved anything. */
    private static boolean sweep(double[] x, double[] y, double[] radii, boolean[] fixed, double cell) {
        int n = x.length;
        PointBounds bounds = PointBounds.of(x, y, n);
        double minX = bounds.minX();
        double minY = bounds.minY();
        // A sparse picture would need a huge grid: then cells grow until there are about 4n of them.
        double size = Math.max(cell, Math.sqrt((bounds.width() + 1) * (bounds.height() + 1) / (4.0 * n)));
        int columns = (int) (bounds.width() / size) + 1;
        int rows = (int) (bounds.height() / size) + 1;
        int[] head = new int[columns * rows];
        Arrays.fill(head, -1);
        int[] next = new int[n];
        int[] column = new int[n];
        int[] row = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            column[i] = (int) ((x[i] - minX) / size);
            row[i] = (int) ((y[i] - minY) / size);
            int index = row[i] * columns + column[i];
            next[i] = head[index];
            head[index] = i;
        }
        boolean moved = false;
        for (int i = 0; i < n; i++) {
            for (int r = Math.max(0, row[i] - 1); r <= Math.min(rows - 1, row[i] + 1); r++) {
                for (int c = Math.max(0, column[i] - 1); c <= Math.min(columns - 1, column[i] + 1); c++) {
                    for (int j = head[r * columns + c]; j >= 0; j = next[j]) {
                        if (j > i) {
                            moved |= separate(i, j, x, y, radii, fixed);
                        }
                    }
                }
            }
        }
        return moved;
    }

    private static boolean separate(int i, int j, double[] x, double[] y, double[] radii, boolean[] fixed) {
        if (fixed[i] && fixed[j]) {
            return false;
        }
        double wanted = radii[i] + radii[j] + GAP;
        double ddx = x[j] - x[i];
        double ddy = y[j] - y[i];
        double distance = Math.hypot(ddx, ddy);
        if (distance >= wanted) {
            return false;
        }
        if (distance < 1e-9) {
            // Coincident: part them along a direction fixed by their numbers, never at random.
            double angle = (i * 31 + j * 17) % 360 * Math.PI / 180;
            ddx = Math.cos(angle);
            ddy = Math.sin(angle);
            distance = 1;
        } else {
            ddx /= distance;
            ddy /= distance;
        }
        double push = wanted - distance;
        double shareI = fixed[i] ? 0 : fixed[j] ? 1 : 0.5;
        double shareJ = 1 - shareI;
        x[i] -= ddx * push * shareI;
        y[i] -= ddy * push * shareI;
        x[j] += ddx * push * shareJ;
        y[j] += ddy * push * shareJ;
        return true;
    }
}
