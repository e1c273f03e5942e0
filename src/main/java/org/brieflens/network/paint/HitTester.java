package org.brieflens.network.paint;

import org.brieflens.network.NetworkGraph;
import org.brieflens.network.NetworkGraph.Edge;
import org.brieflens.network.layout.Positions;

/**
 * Finds what lies under a pixel of a picture: the node whose shape covers it (the nearest
 * centre wins where shapes overlap), else the edge whose line passes within a few pixels. It
 * walks every node and edge, which at 2,000 nodes and 10,000 edges still takes well under a
 * millisecond: less than building an index on every drag would.
 */
public final class HitTester {
    /** How near (in pixels) the pointer must come to a line to be on it. */
    public static final double EDGE_TOLERANCE = 4;
    private static final int CURVE_STEPS = 12;

    private HitTester() {
    }

    /** The node under {@code (x, y)}, or -1. */
    public static int nodeAt(NetworkPicture picture, double x, double y) {
        Viewport view = picture.viewport();
        Positions positions = picture.positions();
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int node = 0; node < picture.graph().nodeCount(); node++) {
            double dx = view.screenX(positions.x(node)) - x;
            double dy = view.screenY(positions.y(node)) - y;
            double distance = Math.hypot(dx, dy);
            double reach = Math.max(NetworkPainter.screenRadius(picture.radii()[node], view.scale()) * 1.2, 3) + 1;
            if (distance <= reach && distance < bestDistance) {
                best = node;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The edge passing within {@link #EDGE_TOLERANCE} pixels of {@code (x, y)}, the nearest first, or -1. */
    public static int edgeAt(NetworkPicture picture, double x, double y) {
        Viewport view = picture.viewport();
        Positions positions = picture.positions();
        NetworkGraph graph = picture.graph();
        int best = -1;
        double bestDistance = EDGE_TOLERANCE;
        for (Edge edge : graph.edges()) {
            double ax = view.screenX(positions.x(edge.source()));
            double ay = view.screenY(positions.y(edge.source()));
            double bx = view.screenX(positions.x(edge.target()));
            double by = view.screenY(positions.y(edge.target()));
            double[] control = EdgeGeometry.control(edge, ax, ay, bx, by);
            double slack = bestDistance + (control == null ? 0 : EdgeGeometry.LANE * edge.parallelCount());
            if (x < Math.min(ax, bx) - slack || x > Math.max(ax, bx) + slack
                    || y < Math.min(ay, by) - slack || y > Math.max(ay, by) + slack) {
                continue;
            }
            double distance = distance(control, ax, ay, bx, by, x, y);
            if (distance < bestDistance) {
                best = edge.index();
                bestDistance = distance;
            }
        }
        return best;
    }

    private static double distance(double[] control, double ax, double ay, double bx, double by, double x, double y) {
        if (control == null) {
            return segmentDistance(ax, ay, bx, by, x, y);
        }
        double nearest = Double.POSITIVE_INFINITY;
        double[] previous = {ax, ay};
        for (int step = 1; step <= CURVE_STEPS; step++) {
            double[] point = EdgeGeometry.at(control, ax, ay, bx, by, (double) step / CURVE_STEPS);
            nearest = Math.min(nearest, segmentDistance(previous[0], previous[1], point[0], point[1], x, y));
            previous = point;
        }
        return nearest;
    }

    static double segmentDistance(double ax, double ay, double bx, double by, double x, double y) {
        double dx = bx - ax;
        double dy = by - ay;
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
        return Math.hypot(ax + t * dx - x, ay + t * dy - y);
    }
}
