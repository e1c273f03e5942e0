package org.brieflens.network.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.brieflens.model.ActorKind;
import org.brieflens.network.NetworkGraph;

/**
 * One cluster per actor kind, the clusters around a ring in the kinds' order, each captioned
 * ("States (11)"). Inside a cluster the nodes follow a sunflower spiral, the most linked at its
 * centre, which packs any number of nodes evenly into a disc.
 */
public final class KindGroupLayout implements NetworkLayout {
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    private static final double SPACING = 36;
    private static final double CLUSTER_GAP = 90;
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
        double largest = 0;
        for (double radius : radii) {
            largest = Math.max(largest, radius);
        }
        double step = (2 * largest + SPACING) * 0.62;
        List<ActorKind> kinds = new ArrayList<>(byKind.keySet());
        double[] clusterRadius = new double[kinds.size()];
        for (int k = 0; k < kinds.size(); k++) {
            clusterRadius[k] = step * Math.sqrt(byKind.get(kinds.get(k)).size()) + largest;
        }
        double ring = ringRadius(clusterRadius);
        List<Caption> captions = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * k / kinds.size();
            double centreX = kinds.size() == 1 ? 0 : ring * Math.cos(angle);
            double centreY = kinds.size() == 1 ? 0 : ring * Math.sin(angle);
            List<Integer> members = byKind.get(kinds.get(k));
            members.sort(Comparator.<Integer>comparingInt(graph::degree).reversed()
                    .thenComparing(Comparator.naturalOrder()));
            for (int i = 0; i < members.size(); i++) {
                double distance = step * Math.sqrt(i);
                x[members.get(i)] = centreX + distance * Math.cos(i * GOLDEN_ANGLE);
                y[members.get(i)] = centreY + distance * Math.sin(i * GOLDEN_ANGLE);
            }
            captions.add(new Caption(caption(kinds.get(k), members.size()), centreX,
                    centreY - clusterRadius[k] - CAPTION_GAP));
        }
        boolean[] fixed = new boolean[n];
        ForceAtlas2Layout.applyPins(graph, pins, x, y, fixed);
        OverlapRemoval.apply(x, y, radii, fixed);
        return new Positions(x, y, captions);
    }

    /** A ring wide enough that neighbouring clusters (and their captions) do not touch. */
    private static double ringRadius(double[] clusterRadius) {
        int count = clusterRadius.length;
        if (count <= 1) {
            return 0;
        }
        double circumference = 0;
        double widest = 0;
        for (double radius : clusterRadius) {
            circumference += 2 * radius + CLUSTER_GAP;
            widest = Math.max(widest, radius);
        }
        double apart = (2 * widest + CLUSTER_GAP) / (2 * Math.sin(Math.PI / count));
        return Math.max(circumference / (2 * Math.PI), apart);
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
