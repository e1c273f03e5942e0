package org.brieflens.network.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.brieflens.network.NetworkGraph;
import org.brieflens.network.NetworkGraph.Edge;

/**
 * Puts the parts of a network that no link joins side by side. A force layout repels them without
 * end, so a pair of actors linked only to each other drifts far from the rest, and fitting the
 * view to both shrinks the main cluster to a corner. The largest part stays where it was; the
 * others are laid in rows under it, each row no wider than the largest part (or a minimum width),
 * keeping each part's own shape.
 */
final class ComponentPacking {
    /** The space between parts, in world units. */
    static final double GAP = ForceAtlas2Layout.EDGE_LENGTH * 0.6;
    /** The narrowest a row of smaller parts may be, in world units, so that singletons do not stack in a column. */
    private static final double MIN_ROW_WIDTH = ForceAtlas2Layout.EDGE_LENGTH * 6;

    private ComponentPacking() {
    }

    /** Moves each part but the largest below it, in rows. Positions {@code x} and {@code y} change in place. */
    static void apply(NetworkGraph graph, double[] x, double[] y, double[] radii) {
        List<int[]> parts = parts(graph);
        if (parts.size() < 2) {
            return;
        }
        parts.sort(Comparator.comparingInt((int[] part) -> part.length).reversed());
        double[] largest = bounds(parts.get(0), x, y, radii);
        double rowWidth = Math.max(largest[2] - largest[0], MIN_ROW_WIDTH);
        double left = largest[0];
        double top = largest[3] + GAP;
        double cursor = left;
        double rowHeight = 0;
        for (int p = 1; p < parts.size(); p++) {
            int[] part = parts.get(p);
            double[] box = bounds(part, x, y, radii);
            double width = box[2] - box[0];
            double height = box[3] - box[1];
            if (cursor > left && cursor + width > left + rowWidth) {
                cursor = left;
                top += rowHeight + GAP;
                rowHeight = 0;
            }
            double shiftX = cursor - box[0];
            double shiftY = top - box[1];
            for (int node : part) {
                x[node] += shiftX;
                y[node] += shiftY;
            }
            cursor += width + GAP;
            rowHeight = Math.max(rowHeight, height);
        }
    }

    /** The connected parts of the graph, each as its node indices. */
    private static List<int[]> parts(NetworkGraph graph) {
        int n = graph.nodeCount();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Edge edge : graph.edges()) {
            parent[root(parent, edge.source())] = root(parent, edge.target());
        }
        List<List<Integer>> byRoot = new ArrayList<>();
        int[] slot = new int[n];
        Arrays.fill(slot, -1);
        for (int i = 0; i < n; i++) {
            int root = root(parent, i);
            if (slot[root] < 0) {
                slot[root] = byRoot.size();
                byRoot.add(new ArrayList<>());
            }
            byRoot.get(slot[root]).add(i);
        }
        List<int[]> parts = new ArrayList<>();
        for (List<Integer> members : byRoot) {
            parts.add(members.stream().mapToInt(Integer::intValue).toArray());
        }
        return parts;
    }

    private static int root(int[] parent, int node) {
        int root = node;
        while (parent[root] != root) {
            parent[root] = parent[parent[root]];
            root = parent[root];
        }
        return root;
    }

    /** {minX, minY, maxX, maxY} of a part, nodes' radii included. */
    private static double[] bounds(int[] part, double[] x, double[] y, double[] radii) {
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (int node : part) {
            double r = radii.length > node ? radii[node] : 0;
            box[0] = Math.min(box[0], x[node] - r);
            box[1] = Math.min(box[1], y[node] - r);
            box[2] = Math.max(box[2], x[node] + r);
            box[3] = Math.max(box[3], y[node] + r);
        }
        return box;
    }
}
