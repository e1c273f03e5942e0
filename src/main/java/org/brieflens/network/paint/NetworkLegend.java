package org.brieflens.network.paint;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.brieflens.model.ActorKind;
import org.brieflens.network.NetworkGraph;
import org.brieflens.network.NetworkGraph.Edge;

/**
 * The legend band along the bottom of a network picture: the shapes of the actor kinds shown,
 * the line of each kind of link shown, and how size, width and arrows read. Only what the
 * picture holds is listed, so the legend of a filtered network stays short.
 */
final class NetworkLegend {
    static final double PADDING = 10;
    private static final double ROW_GAP = 6;
    private static final double ITEM_GAP = 18;
    private static final double MARKER_GAP = 6;
    private static final double NODE_MARKER = 14;
    private static final double LINE_MARKER = 30;

    /** One entry: a node shape ({@code kind}), a line ({@code edgeStyle}), or a heading or note (neither). */
    record Item(ActorKind kind, int edgeStyle, String text, boolean heading, boolean newRow) {
        double markerWidth() {
            return kind != null ? NODE_MARKER : edgeStyle >= 0 ? LINE_MARKER : 0;
        }
    }

    /** An item at its place, relative to the legend's top left. */
    record Placed(Item item, double x, double y) {
    }

    record Layout(List<Placed> items, double height, double rowHeight) {
    }

    private NetworkLegend() {
    }

    static List<Item> items(NetworkGraph graph, String sizing) {
        Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);
        graph.nodes().forEach(node -> kinds.add(node.kind()));
        Set<Integer> styles = new TreeSet<>();
        boolean directed = false;
        boolean lessSure = false;
        for (Edge edge : graph.edges()) {
            styles.add(EdgeStyles.of(edge));
            directed |= edge.directed() && !edge.origin().isStructure();
            lessSure |= edge.lessSure();
        }
        List<Item> items = new ArrayList<>();
        items.add(new Item(null, -1, "Actors", true, true));
        kinds.forEach(kind -> items.add(new Item(kind, -1, kind.displayName(), false, false)));
        items.add(new Item(null, -1, "size: " + sizing, false, false));
        if (!styles.isEmpty()) {
            items.add(new Item(null, -1, "Links", true, true));
            styles.forEach(style -> items.add(new Item(null, style, EdgeStyles.name(style), false, false)));
            items.add(new Item(null, -1, (directed ? "arrow: directed · " : "") + "width: sentences"
                    + (lessSure ? " · faint: less sure" : ""), false, false));
        }
        return items;
    }

    static Layout layout(List<Item> items, NetworkStyle style, TextMetrics metrics, double width) {
        FontSpec font = style.legendFont();
        double rowHeight = Math.max(metrics.lineHeight(font), NODE_MARKER);
        List<Placed> placed = new ArrayList<>();
        double x = PADDING;
        double y = PADDING;
        boolean first = true;
        for (Item item : items) {
            double itemWidth = item.markerWidth() + (item.markerWidth() > 0 ? MARKER_GAP : 0)
                    + metrics.width(item.text(), item.heading() ? font.bolder() : font);
            boolean wraps = !first && (item.newRow() || x + itemWidth > width - PADDING);
            if (wraps) {
                x = PADDING;
                y += rowHeight + ROW_GAP;
            }
            placed.add(new Placed(item, x, y));
            x += itemWidth + ITEM_GAP;
            first = false;
        }
        return new Layout(placed, items.isEmpty() ? 0 : y + rowHeight + PADDING, rowHeight);
    }

    static void paint(Surface surface, NetworkStyle style, Layout layout, double top, double width) {
        surface.beginPath();
        surface.roundRect(0, top, width, layout.height(), 0);
        surface.fill(style.background());
        surface.beginPath();
        surface.moveTo(0, top + 0.5);
        surface.lineTo(width, top + 0.5);
        surface.stroke(style.border(), 1, Surface.SOLID);
        FontSpec font = style.legendFont();
        double baseline = surface.ascent(font) + (layout.rowHeight() - surface.lineHeight(font)) / 2;
        for (Placed placed : layout.items()) {
            Item item = placed.item();
            double x = placed.x();
            double middle = top + placed.y() + layout.rowHeight() / 2;
            if (item.kind() != null) {
                surface.beginPath();
                NodeShapes.add(surface, item.kind(), x + NODE_MARKER / 2, middle, 5.5);
                Rgba fill = style.kind(item.kind());
                surface.fill(fill);
                surface.stroke(NetworkPainter.outline(fill), 1, Surface.SOLID);
            } else if (item.edgeStyle() >= 0) {
                surface.beginPath();
                surface.moveTo(x, middle);
                surface.lineTo(x + LINE_MARKER, middle);
                surface.stroke(EdgeStyles.colour(item.edgeStyle(), style), 2, EdgeStyles.dashes(item.edgeStyle()));
            }
            double textX = x + item.markerWidth() + (item.markerWidth() > 0 ? MARKER_GAP : 0);
            surface.text(item.text(), textX, top + placed.y() + baseline, item.heading() ? font.bolder() : font,
                    item.heading() || item.kind() != null || item.edgeStyle() >= 0 ? style.text() : style.mutedText());
        }
    }
}
