package org.brieflens.network.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.brieflens.model.ActorKind;
import org.brieflens.network.NetworkGraph;

/**
 * One cluster per actor kind, side by side in the kinds' order (a row suits wide screens and
 * slides), each captioned ("States (11)"). Inside a cluster the nodes follow a sunflower
 * spiral, the most linked at its centre, which packs any number of nodes evenly into a disc.
 */
public final class KindGroupLayout implements NetworkLayout {
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    private static final double SPACING = 50;
    private static final double CLUSTER_GAP = 70;
    private static final double CAPTION_GAP = 28;

    @Override
    public Positions layout(NetworkGraph graph, double[] radii, Map<String, Point> pins) {
        int n = graph.nodeCount();
        double[] x = new double[n];
        double[] y = new double[n];
        Map<ActorKind, List<Integer>> byKind = new EnumMap<>(ActorKind.class);
        for (NetworkGraph.Node node : graph.nodes()) {
            byKind.computeIfAbsent(node.kind(), kind -> new ArrayList<>()).add(node.index());
        }
        List<ActorKind> kinds = new ArrayList<>(byKind.keySet());
        double[] step = new double[kinds.size()];
        double[] clusterRadius = new double[kinds.size()];
        for (int k = 0; k < kinds.size(); k++) {
            double largest = 0;
            for (int node : byKind.get(kinds.get(k))) {
                largest = Math.max(largest, radii[node]);
            }
            // Room between neighbours for a node each and a short label.
            step[k] = (2 * largest + SPACING) * 0.75;
            clusterRadius[k] = step[k] * Math.sqrt(byKind.get(kinds.get(k)).size()) + largest;
        }
        double widest = 0;
        for (double radius : clusterRadius) {
            widest = Math.max(widest, radius);
        }
        List<Caption> captions = new ArrayList<>();
        double left = 0;
        for (int k = 0; k < kinds.size(); k++) {
            double centreX = left + clusterRadius[k];
            left += 2 * clusterRadius[k] + CLUSTER_GAP;
            List<Integer> members = byKind.get(kinds.get(k));
            members.sort(Comparator.<Integer>comparingInt(graph::degree).reversed()
                    .thenComparing(Comparator.naturalOrder()));
            for (int i = 0; i < members.size(); i++) {
                double distance = step[k] * Math.sqrt(i);
                x[members.get(i)] = centreX + distance * Math.cos(i * GOLDEN_ANGLE);
                y[members.get(i)] = distance * Math.sin(i * GOLDEN_ANGLE);
            }
            // Captions in one line above the row, so they read as the headings of columns.
            captions.add(new Caption(caption(kinds.get(k), members.size()), centreX, -widest - CAPTION_GAP));
        }
        boolean[] fixed = new boolean[n];
        ForceAtlas2Layout.applyPins(graph, pins, x, y, fixed);
        OverlapRemoval.apply(x, y, radii, fixed);
        return new Positions(x, y, captions);
    }

    static String caption(ActorKind kind, int count) {
        String plural = switch (kind) {
            case PERSON -> "People";
            case COMPANY -> "Companies";
            default -> kind.displayName() + "s";
        };
        return (count == 1 ? kind.displayName() : plural) + " (" + count + ")";
    }
}
