package org.brieflens.network;

/**
 * What a node's size shows: how many links it has in the picture, or how often the brief
 * mentions it. Area grows with the count (radius with its square root), within bounds that
 * keep the smallest clickable and the largest from covering its neighbours.
 */
public enum NodeSizing {
    LINKS("Links"),
    MENTIONS("Mentions");

    static final double MIN_RADIUS = 7;
    static final double MAX_RADIUS = 26;
    private static final double GROWTH = 3.2;

    private final String displayName;

    NodeSizing(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public double[] radii(NetworkGraph graph) {
        double[] radii = new double[graph.nodeCount()];
        for (int i = 0; i < radii.length; i++) {
            int count = this == LINKS ? graph.degree(i) : graph.node(i).mentions();
            radii[i] = Math.min(MAX_RADIUS, MIN_RADIUS + GROWTH * Math.sqrt(Math.max(0, count - 1)));
        }
        return radii;
    }
}
