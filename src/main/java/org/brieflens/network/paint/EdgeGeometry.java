package org.brieflens.network.paint;

import org.brieflens.network.NetworkGraph.Edge;

/**
 * Where an edge runs on screen: straight when it is the only one between its nodes, else a
 * curve bowed to its own side, so that a pair with several links shows each. The painter draws
 * and the hit tester picks along the same curve.
 */
public final class EdgeGeometry {
    /** Pixels between neighbouring parallel edges at their middle. */
    static final double LANE = 16;

    private EdgeGeometry() {
    }

    /**
     * The control point of the edge's quadratic curve from {@code (ax, ay)} to {@code (bx, by)}
     * as {x, y}, or null for a straight line. Lanes are counted from the pair's lower-numbered
     * node, so edges in opposite directions still fan apart.
     */
    public static double[] control(Edge edge, double ax, double ay, double bx, double by) {
        if (edge.parallelCount() <= 1) {
            return null;
        }
        double offset = (edge.parallelIndex() - (edge.parallelCount() - 1) / 2.0) * LANE;
        if (offset == 0) {
            return null;
        }
        double dx = bx - ax;
        double dy = by - ay;
        double length = Math.hypot(dx, dy);
        if (length < 1e-9) {
            return null;
        }
        double sign = edge.source() < edge.target() ? 1 : -1;
        // Twice the wanted bow: a quadratic curve passes halfway between its chord and its control point.
        double nx = -dy / length * offset * 2 * sign;
        double ny = dx / length * offset * 2 * sign;
        return new double[] {(ax + bx) / 2 + nx, (ay + by) / 2 + ny};
    }

    /** The point at {@code t} (0–1) along the edge, as {x, y}. */
    public static double[] at(double[] control, double ax, double ay, double bx, double by, double t) {
        if (control == null) {
            return new double[] {ax + (bx - ax) * t, ay + (by - ay) * t};
        }
        double u = 1 - t;
        return new double[] {u * u * ax + 2 * u * t * control[0] + t * t * bx,
            u * u * ay + 2 * u * t * control[1] + t * t * by};
    }
}
