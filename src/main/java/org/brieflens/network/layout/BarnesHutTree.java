package org.brieflens.network.layout;

import java.util.Arrays;

/**
 * A quadtree over weighted points that approximates the repulsion of far-away groups of nodes
 * by their centre of mass (Barnes–Hut), turning the all-pairs O(n²) step of a force-directed
 * layout into O(n log n). Cells live in flat arrays reused between iterations, so a layout of
 * thousands of nodes does not allocate per step.
 */
final class BarnesHutTree {
    private static final int EMPTY = -1;
    private static final int INTERNAL = -2;
    /** Points that still share a cell this deep are (nearly) coincident: the cell keeps them together. */
    private static final int MAX_DEPTH = 48;
    private static final int BUNDLED = -3;

    private double[] minX = new double[0];
    private double[] minY = new double[0];
    private double[] width = new double[0];
    private double[] mass = new double[0];
    private double[] massX = new double[0];
    private double[] massY = new double[0];
    private int[] body = new int[0];
    private int[] firstChild = new int[0];
    private int cells;
    private int[] stack = new int[64];

    /** Builds the tree over {@code n} points of the given masses. */
    void build(double[] x, double[] y, double[] weight, int n) {
        PointBounds bounds = PointBounds.of(x, y, n);
        ensureCapacity(4 * n + 8);
        cells = 0;
        double side = Math.max(bounds.width(), bounds.height()) * 1.0001 + 1e-9;
        newCell(bounds.minX(), bounds.minY(), side);
        for (int i = 0; i < n; i++) {
            insert(i, x[i], y[i], weight[i]);
        }
    }

    /**
     * Adds to {@code (force[0], force[1])} the repulsion on point {@code i}: each other point, or
     * a far cell as a whole, pushes it away with {@code coefficient · m_i · m_j / distance}.
     */
    void repulse(int i, double px, double py, double weight, double coefficient, double theta, double[] force) {
        double theta2 = theta * theta;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int cell = stack[--top];
            if (mass[cell] == 0 || body[cell] == i) {
                continue;
            }
            double dx = px - massX[cell] / mass[cell];
            double dy = py - massY[cell] / mass[cell];
            double distance2 = dx * dx + dy * dy;
            // A cell holding the point itself is never taken as a whole: it would push the point with its own mass.
            boolean holdsPoint = body[cell] < 0 && px >= minX[cell] && px < minX[cell] + width[cell]
                    && py >= minY[cell] && py < minY[cell] + width[cell];
            if (holdsPoint && body[cell] == BUNDLED) {
                continue;
            }
            if (body[cell] >= 0 || body[cell] == BUNDLED || !holdsPoint && width[cell] * width[cell] < theta2 * distance2) {
                if (distance2 > 0) {
                    double factor = coefficient * weight * mass[cell] / distance2;
                    force[0] += dx * factor;
                    force[1] += dy * factor;
                }
            } else {
                if (top + 4 > stack.length) {
                    stack = Arrays.copyOf(stack, stack.length * 2);
                }
                int child = firstChild[cell];
                for (int k = 0; k < 4; k++) {
                    stack[top++] = child + k;
                }
            }
        }
    }

    private void insert(int point, double px, double py, double weight) {
        int cell = 0;
        int depth = 0;
        while (true) {
            if (body[cell] == EMPTY && mass[cell] == 0) {
                body[cell] = point;
                addMass(cell, px, py, weight);
                return;
            }
            if (body[cell] >= 0) {
                if (depth >= MAX_DEPTH) {
                    body[cell] = BUNDLED;
                    addMass(cell, px, py, weight);
                    return;
                }
                int resident = body[cell];
                double residentX = massX[cell] / mass[cell];
                double residentY = massY[cell] / mass[cell];
                double residentMass = mass[cell];
                split(cell);
                int target = quadrant(cell, residentX, residentY);
                body[target] = resident;
                addMass(target, residentX, residentY, residentMass);
            } else if (body[cell] == BUNDLED) {
                addMass(cell, px, py, weight);
                return;
            }
            addMass(cell, px, py, weight);
            cell = quadrant(cell, px, py);
            depth++;
        }
    }

    private void split(int cell) {
        double half = width[cell] / 2;
        ensureCapacity(cells + 4);
        int first = cells;
        newCell(minX[cell], minY[cell], half);
        newCell(minX[cell] + half, minY[cell], half);
        newCell(minX[cell], minY[cell] + half, half);
        newCell(minX[cell] + half, minY[cell] + half, half);
        firstChild[cell] = first;
        body[cell] = INTERNAL;
    }

    private int quadrant(int cell, double px, double py) {
        double half = width[cell] / 2;
        int column = px >= minX[cell] + half ? 1 : 0;
        int row = py >= minY[cell] + half ? 2 : 0;
        return firstChild[cell] + column + row;
    }

    private void addMass(int cell, double px, double py, double weight) {
        mass[cell] += weight;
        massX[cell] += px * weight;
        massY[cell] += py * weight;
    }

    private void newCell(double x, double y, double side) {
        int cell = cells++;
        minX[cell] = x;
        minY[cell] = y;
        width[cell] = side;
        mass[cell] = 0;
        massX[cell] = 0;
        massY[cell] = 0;
        body[cell] = EMPTY;
        firstChild[cell] = -1;
    }

    private void ensureCapacity(int needed) {
        if (needed <= body.length) {
            return;
        }
        int capacity = Math.max(needed, body.length * 2);
        minX = Arrays.copyOf(minX, capacity);
        minY = Arrays.copyOf(minY, capacity);
        width = Arrays.copyOf(width, capacity);
        mass = Arrays.copyOf(mass, capacity);
        massX = Arrays.copyOf(massX, capacity);
        massY = Arrays.copyOf(massY, capacity);
        body = Arrays.copyOf(body, capacity);
        firstChild = Arrays.copyOf(firstChild, capacity);
    }
}
