package org.brieflens.network.paint;

import java.util.BitSet;

import org.brieflens.network.NetworkGraph;
import org.brieflens.network.NodeSizing;
import org.brieflens.network.layout.Positions;

/**
 * Everything one picture of the network shows: the graph, where its nodes are and how large
 * (and by what they are sized), the part of the world in view, what is emphasised, which nodes
 * are pinned, the style, and whether the legend is drawn.
 */
public record NetworkPicture(NetworkGraph graph, Positions positions, double[] radii, NodeSizing sizing,
        Viewport viewport, Emphasis emphasis, BitSet pinned, NetworkStyle style, boolean legend) {
}
