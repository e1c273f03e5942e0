package org.brieflens.network.layout;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

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
        double minX = Arrays.stream(x).min().orElse(0);
        double minY = Arrays.stream(y).min().orElse(0);
        Map<Long, int[]> grid = new HashMap<>();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long column = (long) Math.floor((x[i] - minX) / cell);
            long row = (long) Math.floor((y[i] - minY) / cell);
            keys[i] = column << 32 | (row & 0xffffffffL);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        for (int start = 0; start < n;) {
            int end = start;
            while (end < n && keys[order[end]] == keys[order[start]]) {
                end++;
            }
            int[] members = new int[end - start];
            for (int k = start; k < end; k++) {
                members[k - start] = order[k];
            }
            grid.put(keys[order[start]], members);
            start = end;
        }
        boolean moved = false;
        for (int i = 0; i < n; i++) {
            long column = keys[i] >> 32;
            long row = (int) keys[i];
            for (long dc = -1; dc <= 1; dc++) {
                for (long dr = -1; dr <= 1; dr++) {
                    int[] members = grid.get((column + dc) << 32 | ((row + dr) & 0xffffffffL));
                    if (members == null) {
                        continue;
                    }
                    for (int j : members) {
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
