package org.brieflens.network.layout;

import java.util.Map;

import org.brieflens.network.NetworkGraph;

/**
 * Places the nodes of a graph. The same graph, radii and pins always give the same positions:
 * a picture that moves every time the tab is opened cannot be put on a slide or compared.
 */
public interface NetworkLayout {

    /**
     * @param radii each node's drawn radius in world units, which the layout keeps apart
     * @param pins  actors the user placed by hand (by actor id), which stay where they are
     */
    Positions layout(NetworkGraph graph, double[] radii, Map<String, Point> pins);
}
