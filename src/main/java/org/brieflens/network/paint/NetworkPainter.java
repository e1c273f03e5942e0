package org.brieflens.network.paint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.brieflens.model.ActorKind;
import org.brieflens.network.NetworkGraph;
import org.brieflens.network.NetworkGraph.Edge;
import org.brieflens.network.NetworkGraph.Node;
import org.brieflens.network.labels.LabelPlacer;
import org.brieflens.network.labels.LabelPlacer.Placed;
import org.brieflens.network.labels.LabelPlacer.Request;
import org.brieflens.network.labels.LabelPlacer.Variant;
import org.brieflens.network.layout.Caption;
import org.brieflens.network.layout.Positions;

/**
 * Paints a {@link NetworkPicture} on a {@link Surface}: edges (batched by style into one path
 * each), arrowheads, nodes by kind, captions, the legend band and the labels that fit. Only
 * what lies in view is drawn, and a dense view drops what cannot be read at its size (dashes,
 * arrowheads, small nodes' labels), so thousands of actors still redraw within a frame.
 */
public final class NetworkPainter {
    /** Above this many edges in view, lines are drawn plain and faint: the picture is a density. */
    static final int DENSE_EDGES = 2500;
    /** Nodes drawn smaller than this (in pixels) get a label only when focused or pointed at. */
    static final double LABEL_MIN_RADIUS = 3;
    private static final int MAX_LABELS = 400;
    private static final double LABEL_PAD_X = 3;
    private static final double LABEL_PAD_Y = 1;
    private static final double WIDTH_STEP = 0.5;
    private static final int WIDTH_STEPS = 12;

    /** A node's radius on screen: it grows and shrinks with the zoom, but more slowly. */
    public static double screenRadius(double radius, double scale) {
        return radius * Math.pow(scale, 0.6);
    }

    /** The height of the legend band a picture of this graph and width gets. */
    public static double legendHeight(NetworkPicture picture, TextMetrics metrics) {
        if (!picture.legend() || picture.graph().isEmpty()) {
            return 0;
        }
        return legendLayout(picture, metrics).height();
    }

    /** The outline of a node: its own colour, darker, so that pale kinds stand out on a light background. */
    static Rgba outline(Rgba fill) {
        return fill.mix(new Rgba(0, 0, 0, fill.alpha()), 0.4);
    }

    /** Paints the picture and returns the labels it placed. */
    public List<Placed> paint(Surface surface, NetworkPicture picture) {
        Viewport view = picture.viewport();
        NetworkStyle style = picture.style();
        surface.beginPath();
        surface.roundRect(0, 0, view.width(), view.height(), 0);
        surface.fill(style.background());
        NetworkGraph graph = picture.graph();
        if (graph.isEmpty()) {
            return List.of();
        }
        NetworkLegend.Layout legend = picture.legend() ? legendLayout(picture, surface) : null;
        double areaHeight = view.height() - (legend == null ? 0 : legend.height());
        Frame frame = new Frame(picture);
        paintEdges(surface, frame);
        paintNodes(surface, frame);
        LabelPlacer placer = new LabelPlacer(view.width(), Math.max(0, areaHeight));
        paintCaptions(surface, frame, placer);
        if (legend != null) {
            NetworkLegend.paint(surface, style, legend, areaHeight, view.width());
        }
        return paintLabels(surface, frame, placer);
    }

    private static NetworkLegend.Layout legendLayout(NetworkPicture picture, TextMetrics metrics) {
        return NetworkLegend.layout(NetworkLegend.items(picture.graph(), picture.sizing().displayName().toLowerCase(
                Locale.ROOT)), picture.style(), metrics, picture.viewport().width());
    }

    private void paintEdges(Surface surface, Frame frame) {
        NetworkGraph graph = frame.picture.graph();
        Emphasis emphasis = frame.picture.emphasis();
        int buckets = EdgeStyles.COUNT * WIDTH_STEPS * 2;
        int[][] members = new int[buckets][];
        int[] counts = new int[buckets];
        int inView = 0;
        double[][] controls = new double[graph.edgeCount()][];
        boolean[] visible = new boolean[graph.edgeCount()];
        for (Edge edge : graph.edges()) {
            int a = edge.source();
            int b = edge.target();
            double[] control = EdgeGeometry.control(edge, frame.x[a], frame.y[a], frame.x[b], frame.y[b]);
            if (!frame.segmentInView(a, b, control)) {
                continue;
            }
            visible[edge.index()] = true;
            controls[edge.index()] = control;
            inView++;
        }
        boolean dense = inView > DENSE_EDGES;
        for (Edge edge : graph.edges()) {
            if (!visible[edge.index()] || edge.index() == emphasis.hoveredEdge()
                    || edge.index() == emphasis.selectedEdge()) {
                continue;
            }
            int widthStep = dense ? 1 : (int) Math.min(WIDTH_STEPS - 1, Math.round(EdgeStyles.width(edge) / WIDTH_STEP));
            int dimmed = emphasis.focusedEdge(edge.index()) ? 0 : 1;
            int bucket = (EdgeStyles.of(edge) * WIDTH_STEPS + widthStep) * 2 + dimmed;
            if (members[bucket] == null) {
                members[bucket] = new int[16];
            } else if (counts[bucket] == members[bucket].length) {
                members[bucket] = Arrays.copyOf(members[bucket], counts[bucket] * 2);
            }
            members[bucket][counts[bucket]++] = edge.index();
        }
        double lineScale = Math.sqrt(frame.picture.style().textScale());
        // Dimmed buckets first, so focused lines lie on top of them.
        for (int dimmed = 1; dimmed >= 0; dimmed--) {
            for (int bucket = dimmed; bucket < buckets; bucket += 2) {
                if (counts[bucket] == 0) {
                    continue;
                }
                int style = bucket / 2 / WIDTH_STEPS;
                double width = (bucket / 2 % WIDTH_STEPS) * WIDTH_STEP * lineScale;
                surface.beginPath();
                for (int k = 0; k < counts[bucket]; k++) {
                    addEdgePath(surface, frame, graph.edge(members[bucket][k]), controls[members[bucket][k]]);
                }
                Rgba colour = EdgeStyles.colour(style, frame.picture.style());
                double alpha = dense ? 0.35 : colour.alpha() * 0.9;
                if (dimmed == 1) {
                    alpha *= frame.picture.style().dimmedAlpha();
                }
                surface.stroke(colour.withAlpha(alpha), Math.max(0.6, width), dense ? Surface.SOLID : EdgeStyles.dashes(style));
                if (!dense) {
                    paintArrowheads(surface, frame, graph, members[bucket], counts[bucket], controls, colour.withAlpha(alpha), width);
                }
            }
        }
        for (int highlighted : new int[] {emphasis.selectedEdge(), emphasis.hoveredEdge()}) {
            if (highlighted >= 0 && visible[highlighted]) {
                Edge edge = graph.edge(highlighted);
                int style = EdgeStyles.of(edge);
                Rgba colour = EdgeStyles.colour(style, frame.picture.style()).withAlpha(1);
                double width = (EdgeStyles.width(edge) + 2) * lineScale;
                surface.beginPath();
                addEdgePath(surface, frame, edge, controls[highlighted]);
                surface.stroke(frame.picture.style().background().withAlpha(0.9), width + 3, Surface.SOLID);
                surface.stroke(colour, width, EdgeStyles.dashes(style));
                paintArrowheads(surface, frame, graph, new int[] {highlighted}, 1, controls, colour, width);
            }
        }
    }

    private static void addEdgePath(Surface surface, Frame frame, Edge edge, double[] control) {
        surface.moveTo(frame.x[edge.source()], frame.y[edge.source()]);
        if (control == null) {
            surface.lineTo(frame.x[edge.target()], frame.y[edge.target()]);
        } else {
            surface.quadTo(control[0], control[1], frame.x[edge.target()], frame.y[edge.target()]);
        }
    }

    private static void paintArrowheads(Surface surface, Frame frame, NetworkGraph graph, int[] edges, int count,
            double[][] controls, Rgba colour, double width) {
        boolean any = false;
        for (int k = 0; k < count; k++) {
            Edge edge = graph.edge(edges[k]);
            if (!edge.directed() || edge.origin().isStructure()) {
                continue;
            }
            double bx = frame.x[edge.target()];
            double by = frame.y[edge.target()];
            double[] control = controls[edge.index()];
            double fromX = control == null ? frame.x[edge.source()] : control[0];
            double fromY = control == null ? frame.y[edge.source()] : control[1];
            double dx = bx - fromX;
            double dy = by - fromY;
            double length = Math.hypot(dx, dy);
            double size = 6 + width * 1.6;
            double reach = frame.r[edge.target()] + 1.5;
            if (length < reach + size * 2) {
                continue;
            }
            dx /= length;
            dy /= length;
            double tipX = bx - dx * reach;
            double tipY = by - dy * reach;
            double baseX = tipX - dx * size;
            double baseY = tipY - dy * size;
            double half = size * 0.45;
            if (!any) {
                surface.beginPath();
                any = true;
            }
            surface.moveTo(tipX, tipY);
            surface.lineTo(baseX - dy * half, baseY + dx * half);
            surface.lineTo(baseX + dy * half, baseY - dx * half);
            surface.closePath();
        }
        if (any) {
            surface.fill(colour);
        }
    }

    private void paintNodes(Surface surface, Frame frame) {
        NetworkPicture picture = frame.picture;
        NetworkStyle style = picture.style();
        Emphasis emphasis = picture.emphasis();
        for (int pass = 0; pass < 2; pass++) {
            boolean dimmedPass = pass == 0;
            if (dimmedPass && !emphasis.active()) {
                continue;
            }
            for (ActorKind kind : ActorKind.values()) {
                boolean any = false;
                for (int node = 0; node < frame.count; node++) {
                    if (!frame.nodeVisible[node] || picture.graph().node(node).kind() != kind
                            || emphasis.focused(node) == dimmedPass) {
                        continue;
                    }
                    if (!any) {
                        surface.beginPath();
                        any = true;
                    }
                    if (frame.r[node] < 1.5) {
                        surface.roundRect(frame.x[node] - 1.5, frame.y[node] - 1.5, 3, 3, 0);
                    } else {
                        NodeShapes.add(surface, kind, frame.x[node], frame.y[node], frame.r[node]);
                    }
                }
                if (any) {
                    Rgba fill = style.kind(kind);
                    if (dimmedPass) {
                        fill = fill.mix(style.background(), 1 - style.dimmedAlpha());
                    }
                    surface.fill(fill);
                    surface.stroke(outline(fill), 1, Surface.SOLID);
                }
            }
        }
        ring(surface, frame, emphasis.hoveredNode(), 3, 1.5, style.focusRing().withAlpha(0.7));
        ring(surface, frame, emphasis.selectedNode(), 4, 2.5, style.focusRing());
        paintPins(surface, frame);
    }

    private static void ring(Surface surface, Frame frame, int node, double gap, double width, Rgba colour) {
        if (node >= 0 && node < frame.count && frame.nodeVisible[node]) {
            surface.beginPath();
            surface.circle(frame.x[node], frame.y[node], frame.r[node] * 1.2 + gap);
            surface.stroke(colour, width, Surface.SOLID);
        }
    }

    /** A small dot at the top right of each pinned node: it stays where the user put it. */
    private static void paintPins(Surface surface, Frame frame) {
        if (frame.picture.pinned() == null || frame.picture.pinned().isEmpty()) {
            return;
        }
        surface.beginPath();
        boolean any = false;
        for (int node = frame.picture.pinned().nextSetBit(0); node >= 0 && node < frame.count;
                node = frame.picture.pinned().nextSetBit(node + 1)) {
            if (frame.nodeVisible[node]) {
                surface.circle(frame.x[node] + frame.r[node] * 0.8, frame.y[node] - frame.r[node] * 0.8, 3);
                any = true;
            }
        }
        if (any) {
            surface.fill(frame.picture.style().text());
            surface.stroke(frame.picture.style().background(), 1, Surface.SOLID);
        }
    }

    private static void paintCaptions(Surface surface, Frame frame, LabelPlacer placer) {
        FontSpec font = frame.picture.style().captionFont();
        Viewport view = frame.picture.viewport();
        for (Caption caption : frame.picture.positions().captions()) {
            double width = surface.width(caption.text(), font);
            double left = view.screenX(caption.x()) - width / 2;
            double top = view.screenY(caption.y()) - surface.lineHeight(font) / 2;
            surface.text(caption.text(), left, top + surface.ascent(font), font, frame.picture.style().mutedText());
            placer.addObstacle(left, top, width, surface.lineHeight(font));
        }
    }

    private List<Placed> paintLabels(Surface surface, Frame frame, LabelPlacer placer) {
        NetworkPicture picture = frame.picture;
        NetworkGraph graph = picture.graph();
        Emphasis emphasis = picture.emphasis();
        for (int node = 0; node < frame.count; node++) {
            if (frame.nodeVisible[node]) {
                placer.addNode(node, frame.x[node], frame.y[node], frame.r[node] * 1.2);
            }
        }
        List<Integer> candidates = new ArrayList<>();
        for (int node = 0; node < frame.count; node++) {
            boolean forced = node == emphasis.hoveredNode() || node == emphasis.selectedNode();
            boolean readable = frame.r[node] >= LABEL_MIN_RADIUS || emphasis.active() && emphasis.focused(node);
            if (frame.nodeVisible[node] && (forced || readable && emphasis.focused(node))) {
                candidates.add(node);
            }
        }
        candidates.sort(Comparator.<Integer>comparingInt(node -> priority(node, emphasis))
                .thenComparing(Comparator.<Integer>comparingDouble(node -> frame.r[node]).reversed())
                .thenComparing(Comparator.naturalOrder()));
        FontSpec font = picture.style().labelFont();
        double height = surface.lineHeight(font) + 2 * LABEL_PAD_Y;
        List<Request> requests = new ArrayList<>();
        for (int node : candidates.subList(0, Math.min(candidates.size(), MAX_LABELS))) {
            Node data = graph.node(node);
            FontSpec nodeFont = fontOf(node, emphasis, font);
            List<Variant> variants = new ArrayList<>(2);
            variants.add(new Variant(data.name(), surface.width(data.name(), nodeFont) + 2 * LABEL_PAD_X));
            if (!data.shortLabel().equals(data.name())) {
                variants.add(new Variant(data.shortLabel(), surface.width(data.shortLabel(), nodeFont) + 2 * LABEL_PAD_X));
            }
            double[] away = awayFromEdges(graph, frame, node);
            requests.add(new Request(node, frame.x[node], frame.y[node], frame.r[node] * 1.2, variants, height,
                    away[0], away[1], priority(node, emphasis) == 0));
        }
        List<Placed> placed = placer.place(requests);
        surface.beginPath();
        for (Placed label : placed) {
            surface.roundRect(label.left(), label.top(), label.width(), label.height(), 3);
        }
        surface.fill(picture.style().labelBackground());
        double ascent = surface.ascent(font);
        for (Placed label : placed) {
            surface.text(label.text(), label.left() + LABEL_PAD_X, label.top() + LABEL_PAD_Y + ascent,
                    fontOf(label.id(), emphasis, font), picture.style().text());
        }
        return placed;
    }

    /** 0 for what must be labelled (pointed at, selected), 1 for focused nodes, 2 for the rest. */
    private static int priority(int node, Emphasis emphasis) {
        if (node == emphasis.hoveredNode() || node == emphasis.selectedNode()) {
            return 0;
        }
        return emphasis.active() && emphasis.focused(node) ? 1 : 2;
    }

    private static FontSpec fontOf(int node, Emphasis emphasis, FontSpec font) {
        return node == emphasis.selectedNode() ? font.bolder() : font;
    }

    /** The direction opposite the node's links on average: where its label covers fewest lines. */
    private static double[] awayFromEdges(NetworkGraph graph, Frame frame, int node) {
        double sumX = 0;
        double sumY = 0;
        int[] neighbours = graph.neighbours(node);
        int limit = Math.min(neighbours.length, 24);
        for (int k = 0; k < limit; k++) {
            int other = neighbours[k];
            double dx = frame.x[other] - frame.x[node];
            double dy = frame.y[other] - frame.y[node];
            double length = Math.hypot(dx, dy);
            if (length > 1e-9) {
                sumX += dx / length;
                sumY += dy / length;
            }
        }
        return new double[] {-sumX, -sumY};
    }

    /** The screen geometry of one paint: node centres and radii in pixels, and which lie in view. */
    private static final class Frame {
        final NetworkPicture picture;
        final int count;
        final double[] x;
        final double[] y;
        final double[] r;
        final boolean[] nodeVisible;

        Frame(NetworkPicture picture) {
            this.picture = picture;
            Viewport view = picture.viewport();
            Positions positions = picture.positions();
            count = picture.graph().nodeCount();
            x = new double[count];
            y = new double[count];
            r = new double[count];
            nodeVisible = new boolean[count];
            for (int node = 0; node < count; node++) {
                x[node] = view.screenX(positions.x(node));
                y[node] = view.screenY(positions.y(node));
                r[node] = screenRadius(picture.radii()[node], view.scale());
                double reach = r[node] * 1.5 + 2;
                nodeVisible[node] = x[node] + reach >= 0 && x[node] - reach <= view.width()
                        && y[node] + reach >= 0 && y[node] - reach <= view.height();
            }
        }

        boolean segmentInView(int a, int b, double[] control) {
            double minX = Math.min(x[a], x[b]);
            double maxX = Math.max(x[a], x[b]);
            double minY = Math.min(y[a], y[b]);
            double maxY = Math.max(y[a], y[b]);
            if (control != null) {
                minX = Math.min(minX, control[0]);
                maxX = Math.max(maxX, control[0]);
                minY = Math.min(minY, control[1]);
                maxY = Math.max(maxY, control[1]);
            }
            Viewport view = picture.viewport();
            return maxX >= 0 && minX <= view.width() && maxY >= 0 && minY <= view.height();
        }
    }
}
