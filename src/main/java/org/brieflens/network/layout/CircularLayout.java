package org.brieflens.network.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.brieflens.network.NetworkGraph;

/**
 * The nodes on one circle, spaced by their sizes. The order follows the links (a depth-first
 * walk from the most linked node of each connected part, the most linked neighbour first), so
 * that partners sit side by side and fewer lines cross the middle.
 */
public final class CircularLayout implements NetworkLayout {
    static final double SPACING = 28;
    private static final double MIN_RADIUS = 140;

    @Override
    public Positions layout(NetworkGraph graph, double[] radii, Map<String, Point> pins) {
        int n = graph.nodeCount();
        double[] x = new double[n];
        double[] y = new double[n];
        List<Integer> order = order(graph);
        double circumference = 0;
        for (int node : order) {
            circumference += 2 * radii[node] + SPACING;
        }
        double radius = Math.max(MIN_RADIUS, circumference / (2 * Math.PI));
        double along = 0;
        for (int node : order) {
            double arc = 2 * radii[node] + SPACING;
            double angle = -Math.PI / 2 + 2 * Math.PI * (along + arc / 2) / Math.max(circumference, 1e-9);
            x[node] = radius * Math.cos(angle);
            y[node] = radius * Math.sin(angle);
            along += arc;
        }
        ForceAtlas2Layout.applyPins(graph, pins, x, y, new boolean[n]);
        return new Positions(x, y, List.of());
    }

    /** The walk order: connected parts by size, each walked depth-first from its most linked node. */
    static List<Integer> order(NetworkGraph graph) {
        int n = graph.nodeCount();
        Comparator<Integer> byDegree = Comparator.<Integer>comparingInt(graph::degree).reversed()
                .thenComparing(Comparator.naturalOrder());
        Integer[] starts = new Integer[n];
        Arrays.setAll(starts, i -> i);
        Arrays.sort(starts, byDegree);
        boolean[] seen = new boolean[n];
        List<List<Integer>> parts = new ArrayList<>();
        for (int start : starts) {
            if (seen[start]) {
                continue;
            }
            List<Integer> part = new ArrayList<>();
            Deque<Integer> stack = new ArrayDeque<>();
            stack.push(start);
            while (!stack.isEmpty()) {
                int node = stack.pop();
                if (seen[node]) {
                    continue;
                }
                seen[node] = true;
                part.add(node);
                List<Integer> next = new ArrayList<>();
                for (int neighbour : graph.neighbours(node)) {
                    if (!seen[neighbour]) {
                        next.add(neighbour);
                    }
                }
                // Pushed least linked first, so the most linked neighbour is walked next.
                next.sort(byDegree.reversed());
                next.forEach(stack::push);
            }
            parts.add(part);
        }
        parts.sort(Comparator.comparingInt(List<Integer>::size).reversed());
        List<Integer> order = new ArrayList<>(n);
        parts.forEach(order::addAll);
        return order;
    }
}
