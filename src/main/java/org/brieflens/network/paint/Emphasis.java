package org.brieflens.network.paint;

import java.util.BitSet;

/**
 * What a picture brings forward: the focused nodes and edges (the rest dimmed; nothing dimmed
 * when no focus), the selected node or edge, and what the pointer is over. Indices are the
 * graph's; -1 for none. The bit sets are the caller's and must not change while painting.
 */
public record Emphasis(BitSet nodes, BitSet edges, int selectedNode, int selectedEdge, int hoveredNode,
        int hoveredEdge) {

    public static final Emphasis NONE = new Emphasis(null, null, -1, -1, -1, -1);

    /** Whether anything is focused, so that the rest is dimmed. */
    public boolean active() {
        return nodes != null;
    }

    public boolean focused(int node) {
        return nodes == null || nodes.get(node);
    }

    public boolean focusedEdge(int edge) {
        return edges == null || edges.get(edge);
    }

    public Emphasis hovering(int node, int edge) {
        return new Emphasis(nodes, edges, selectedNode, selectedEdge, node, edge);
    }
}
