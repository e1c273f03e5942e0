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
 * widths and arrowheads: its lines become hairlines; small nodes' labels). A view that keeps
 * a still picture while the user drags or hovers paints it in layers: the scene without the
 * moving node, then an overlay with it and the highlights, and the legend.
 */
public final class NetworkPainter {
    /** Above this many edges in view, lines are drawn plain and faint: the picture is a density. */
    static final int DENSE_EDGES = 2500;
    private static final double DENSE_ALPHA = 0.3;
    private static final double MIN_SCREEN_RADIUS = 1.2;
    /** Nodes drawn smaller than this (in pixels) get a label only when focused, pointed at or among the largest. */
    static final double LABEL_MIN_RADIUS = 3;
    private static final int MAX_LABELS = 400;
    private static final int LANDMARKS = 15;
    private static final double MIN_OBSTACLE_RADIUS = 2;
    private static final double LABEL_PAD_X = 3;
    private static final double LABEL_PAD_Y = 1;
    private static final double WIDTH_STEP = 0.5;
    private static final int WIDTH_STEPS = 12;

    /**
     * A node's radius on screen: zoomed out it shrinks with the picture, so that nodes the layout
     * kept apart stay apart, down to a dot; zoomed in it grows more slowly than the picture.
     */
    public static double screenRadius(double radius, double scale) {
        return Math.max(MIN_SCREEN_RADIUS, radius * (scale <= 1 ? scale : Math.sqrt(scale)));
    }

    /** The height of the legend band a picture of this graph and width gets; 0 without a legend. */
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

    /** Paints the whole picture and returns the labels it placed. */
    public List<Placed> paint(Surface surface, NetworkPicture picture) {
        List<Placed> labels = paintScene(surface, picture, -1);
        if (picture.legend() && !picture.graph().isEmpty()) {
            paintLegend(surface, picture);
        }
        return labels;
    }

    /**
     * Paints the background and the network without its legend, leaving out node
     * {@code excluded} (-1 for none), its lines and its label: the still part of a picture
     * whose node the user is dragging. Labels keep clear of where the legend goes.
     */
    public List<Placed> paintScene(Surface surface, NetworkPicture picture, int excluded) {
        Viewport view = picture.viewport();
        surface.beginPath();
        surface.roundRect(0, 0, view.width(), view.height(), 0);
        surface.fill(picture.style().background());
        if (picture.graph().isEmpty()) {
            return List.of();
        }
        double areaHeight = view.height() - legendHeight(picture, surface);
        Frame frame = new Frame(picture, -1, excluded);
        paintEdges(surface, frame, true, count(frame.visibleEdges()) > DENSE_EDGES);
        paintNodes(surface, frame, true);
        LabelPlacer placer = new LabelPlacer(view.width(), Math.max(0, areaHeight));
        paintCaptions(surface, frame, placer);
        return paintLabels(surface, frame, placer);
    }

    /** Paints the legend band along the bottom. */
    public void paintLegend(Surface surface, NetworkPicture picture) {
        NetworkLegend.Layout legend = legendLayout(picture, surface);
        Viewport view = picture.viewport();
        NetworkLegend.paint(surface, picture.style(), legend, view.height() - legend.height(), view.width());
    }

    /**
     * Paints over a still scene what moves or responds to the pointer: node {@code live} (-1 for
     * none) with its lines and label, the hovered and selected lines, and the hovered node's ring
     * and label unless the scene labelled it already ({@code sceneLabels}).
     */
    public void paintOverlay(Surface surface, NetworkPicture picture, int live, List<Placed> sceneLabels) {
        if (picture.graph().isEmpty()) {
            return;
        }
        Frame frame = new Frame(picture, live, -1);
        Frame all = new Frame(picture, -1, -1);
        if (live >= 0) {
            // Drawn as the scene below draws its lines, dense or not, so the moving node's match.
            paintEdges(surface, frame, false, count(all.visibleEdges()) > DENSE_EDGES);
            paintNodes(surface, frame, false);
        }
        paintHighlightedEdges(surface, all, all.visibleEdges());
        Emphasis emphasis = picture.emphasis();
        ring(surface, all, emphasis.hoveredNode(), 3, 1.5, picture.style().focusRing().withAlpha(0.7));
        ring(surface, all, emphasis.selectedNode(), 4, 2.5, picture.style().focusRing());
        LabelPlacer placer = new LabelPlacer(picture.viewport().width(), picture.viewport().height());
        List<Request> requests = new ArrayList<>();
        for (int node : new int[] {live, emphasis.hoveredNode()}) {
            if (node >= 0 && all.nodeVisible[node] && sceneLabels.stream().noneMatch(label -> label.id() == node)) {
                requests.add(request(surface, all, node, true));
            }
        }
        drawLabels(surface, picture, placer.place(requests));
    }

    private static NetworkLegend.Layout legendLayout(NetworkPicture picture, TextMetrics metrics) {
        return NetworkLegend.layout(NetworkLegend.items(picture.graph(), picture.sizing().displayName().toLowerCase(
                Locale.ROOT)), picture.style(), metrics, picture.viewport().width());
    }

    private static int count(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        return count;
    }

    /**
     * Paints the frame's edges, as hairlines if {@code dense}; with {@code highlights}, the
     * selected and hovered ones on top.
     */
    private void paintEdges(Surface surface, Frame frame, boolean highlights, boolean dense) {
        NetworkGraph graph = frame.picture.graph();
        Emphasis emphasis = frame.picture.emphasis();
        boolean[] visible = frame.visibleEdges();
        if (dense) {
            paintDenseEdges(surface, frame, visible);
            return;
        }
        // A bucket per style, width, sureness and focus, focus the lowest bit: lines drawn alike are stroked as one path.
        int buckets = EdgeStyles.COUNT * WIDTH_STEPS * 4;
        int[][] members = new int[buckets][];
        int[] counts = new int[buckets];
        for (Edge edge : graph.edges()) {
            if (!visible[edge.index()] || highlights && (edge.index() == emphasis.hoveredEdge()
                    || edge.index() == emphasis.selectedEdge())) {
                continue;
            }
            int widthStep = (int) Math.min(WIDTH_STEPS - 1, Math.round(EdgeStyles.width(edge) / WIDTH_STEP));
            int dimmed = emphasis.focusedEdge(edge.index()) ? 0 : 1;
            int bucket = ((EdgeStyles.of(edge) * WIDTH_STEPS + widthStep) * 2 + (edge.lessSure() ? 1 : 0)) * 2 + dimmed;
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
                int style = bucket / 4 / WIDTH_STEPS;
                double width = Math.max(0.6, (bucket / 4 % WIDTH_STEPS) * WIDTH_STEP * lineScale);
                boolean lessSure = bucket / 2 % 2 == 1;
                surface.beginPath();
                for (int k = 0; k < counts[bucket]; k++) {
                    addEdgePath(surface, frame, graph.edge(members[bucket][k]));
                }
                Rgba colour = EdgeStyles.colour(style, frame.picture.style());
                double alpha = colour.alpha() * 0.9 * (dimmed == 1 ? frame.picture.style().dimmedAlpha() : 1)
                        * (lessSure ? EdgeStyles.LESS_SURE_ALPHA : 1);
                surface.stroke(colour.withAlpha(alpha), width, EdgeStyles.dashes(style));
                paintArrowheads(surface, frame, members[bucket], counts[bucket], colour.withAlpha(alpha), width);
            }
        }
        if (highlights) {
            paintHighlightedEdges(surface, frame, visible);
        }
    }

    /**
     * So many lines in view that only their density reads: plain, faint, one pixel, no arrows; a
     * less sure line is no fainter here, where every line is a hairline.
     */
    private static void paintDenseEdges(Surface surface, Frame frame, boolean[] visible) {
        NetworkGraph graph = frame.picture.graph();
        Emphasis emphasis = frame.picture.emphasis();
        int groups = EdgeStyles.COUNT * 2;
        double[][] coords = new double[groups][];
        int[] counts = new int[groups];
        for (Edge edge : graph.edges()) {
            if (!visible[edge.index()]) {
                continue;
            }
            int group = EdgeStyles.of(edge) * 2 + (emphasis.focusedEdge(edge.index()) ? 0 : 1);
            if (coords[group] == null) {
                coords[group] = new double[64];
            } else if (4 * counts[group] == coords[group].length) {
                coords[group] = Arrays.copyOf(coords[group], coords[group].length * 2);
            }
            double[] line = coords[group];
            int at = 4 * counts[group]++;
            line[at] = frame.x[edge.source()];
            line[at + 1] = frame.y[edge.source()];
            line[at + 2] = frame.x[edge.target()];
            line[at + 3] = frame.y[edge.target()];
        }
        for (int dimmed = 1; dimmed >= 0; dimmed--) {
            for (int group = dimmed; group < groups; group += 2) {
                if (counts[group] > 0) {
                    double alpha = DENSE_ALPHA * (dimmed == 1 ? frame.picture.style().dimmedAlpha() : 1);
                    surface.hairlines(coords[group], counts[group],
                            EdgeStyles.colour(group / 2, frame.picture.style()).withAlpha(alpha));
                }
            }
        }
    }

    /** The selected and hovered edges, wider and haloed, over the rest. */
    private static void paintHighlightedEdges(Surface surface, Frame frame, boolean[] visible) {
        Emphasis emphasis = frame.picture.emphasis();
        double lineScale = Math.sqrt(frame.picture.style().textScale());
        for (int highlighted : new int[] {emphasis.selectedEdge(), emphasis.hoveredEdge()}) {
            if (highlighted >= 0 && visible[highlighted]) {
                Edge edge = frame.picture.graph().edge(highlighted);
                int style = EdgeStyles.of(edge);
                Rgba colour = EdgeStyles.colour(style, frame.picture.style()).withAlpha(1);
                double width = (EdgeStyles.width(edge) + 2) * lineScale;
                surface.beginPath();
                addEdgePath(surface, frame, edge);
                surface.stroke(frame.picture.style().background().withAlpha(0.9), width + 3, Surface.SOLID);
                surface.stroke(colour, width, EdgeStyles.dashes(style));
                paintArrowheads(surface, frame, new int[] {highlighted}, 1, colour, width);
            }
        }
    }

    private static void addEdgePath(Surface surface, Frame frame, Edge edge) {
        double[] control = frame.control(edge);
        surface.moveTo(frame.x[edge.source()], frame.y[edge.source()]);
        if (control == null) {
            surface.lineTo(frame.x[edge.target()], frame.y[edge.target()]);
        } else {
            surface.quadTo(control[0], control[1], frame.x[edge.target()], frame.y[edge.target()]);
        }
    }

    private static void paintArrowheads(Surface surface, Frame frame, int[] edges, int count, Rgba colour,
            double width) {
        boolean any = false;
        for (int k = 0; k < count; k++) {
            Edge edge = frame.picture.graph().edge(edges[k]);
            if (!edge.directed() || edge.origin().isStructure()) {
                continue;
            }
            double bx = frame.x[edge.target()];
            double by = frame.y[edge.target()];
            double[] control = frame.control(edge);
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

    /** Paints the frame's nodes by kind, dimmed ones first; with {@code marks}, rings and pins too. */
    private void paintNodes(Surface surface, Frame frame, boolean marks) {
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
        if (marks) {
            ring(surface, frame, emphasis.hoveredNode(), 3, 1.5, style.focusRing().withAlpha(0.7));
            ring(surface, frame, emphasis.selectedNode(), 4, 2.5, style.focusRing());
        }
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
            // A dot too small to label may lie under a label: else a dense overview could label nothing.
            if (frame.nodeVisible[node] && frame.r[node] >= MIN_OBSTACLE_RADIUS) {
                placer.addNode(node, frame.x[node], frame.y[node], frame.r[node] * 1.2);
            }
        }
        boolean[] landmark = landmarks(frame);
        List<Integer> candidates = new ArrayList<>();
        for (int node = 0; node < frame.count; node++) {
            boolean forced = node == emphasis.hoveredNode() || node == emphasis.selectedNode();
            boolean readable = frame.r[node] >= LABEL_MIN_RADIUS || landmark[node]
                    || emphasis.active() && emphasis.focused(node);
            if (frame.nodeVisible[node] && (forced || readable && emphasis.focused(node))) {
                candidates.add(node);
            }
        }
        candidates.sort(Comparator.<Integer>comparingInt(node -> priority(node, emphasis))
                .thenComparing(Comparator.<Integer>comparingDouble(node -> frame.r[node]).reversed())
                .thenComparing(Comparator.naturalOrder()));
        List<Request> requests = new ArrayList<>();
        for (int node : candidates.subList(0, Math.min(candidates.size(), MAX_LABELS))) {
            requests.add(request(surface, frame, node, priority(node, emphasis) == 0));
        }
        List<Placed> placed = placer.place(requests);
        drawLabels(surface, picture, placed);
        return placed;
    }

    /** A node's request for a label: its name, else its short form, away from its lines if it can. */
    private static Request request(Surface surface, Frame frame, int node, boolean forced) {
        Emphasis emphasis = frame.picture.emphasis();
        FontSpec font = fontOf(node, emphasis, frame.picture.style().labelFont());
        Node data = frame.picture.graph().node(node);
        List<Variant> variants = new ArrayList<>(2);
        variants.add(new Variant(data.name(), surface.width(data.name(), font) + 2 * LABEL_PAD_X));
        if (!data.shortLabel().equals(data.name())) {
            variants.add(new Variant(data.shortLabel(), surface.width(data.shortLabel(), font) + 2 * LABEL_PAD_X));
        }
        double[] away = awayFromEdges(frame.picture.graph(), frame, node);
        double height = surface.lineHeight(font) + 2 * LABEL_PAD_Y;
        return new Request(node, frame.x[node], frame.y[node], frame.r[node] * 1.2, variants, height, away[0], away[1],
                forced);
    }

    private static void drawLabels(Surface surface, NetworkPicture picture, List<Placed> placed) {
        if (placed.isEmpty()) {
            return;
        }
        surface.beginPath();
        for (Placed label : placed) {
            surface.roundRect(label.left(), label.top(), label.width(), label.height(), 3);
        }
        surface.fill(picture.style().labelBackground());
        FontSpec font = picture.style().labelFont();
        double ascent = surface.ascent(font);
        for (Placed label : placed) {
            surface.text(label.text(), label.left() + LABEL_PAD_X, label.top() + LABEL_PAD_Y + ascent,
                    fontOf(label.id(), picture.emphasis(), font), picture.style().text());
        }
    }

    /** The largest nodes in view, labelled however far out the view is, to find one's way by. */
    private static boolean[] landmarks(Frame frame) {
        List<Integer> inView = new ArrayList<>();
        for (int node = 0; node < frame.count; node++) {
            if (frame.nodeVisible[node]) {
                inView.add(node);
            }
        }
        inView.sort(Comparator.<Integer>comparingDouble(node -> frame.r[node]).reversed()
                .thenComparing(Comparator.naturalOrder()));
        boolean[] landmark = new boolean[frame.count];
        for (int node : inView.subList(0, Math.min(LANDMARKS, inView.size()))) {
            landmark[node] = true;
        }
        return landmark;
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

    /**
     * The screen geometry of one paint: node centres and radii in pixels, which nodes are drawn
     * (in view, and either only {@code only} or all but {@code excluded}), and edge curves.
     */
    private static final class Frame {
        final NetworkPicture picture;
        final int count;
        final double[] x;
        final double[] y;
        final double[] r;
        final boolean[] nodeVisible;
        private final int only;
        private final int excluded;
        private final double[][] controls;
        private boolean[] visibleEdges;

        Frame(NetworkPicture picture, int only, int excluded) {
            this.picture = picture;
            this.only = only;
            this.excluded = excluded;
            Viewport view = picture.viewport();
            Positions positions = picture.positions();
            count = picture.graph().nodeCount();
            x = new double[count];
            y = new double[count];
            r = new double[count];
            nodeVisible = new boolean[count];
            controls = new double[picture.graph().edgeCount()][];
            for (int node = 0; node < count; node++) {
                x[node] = view.screenX(positions.x(node));
                y[node] = view.screenY(positions.y(node));
                r[node] = screenRadius(picture.radii()[node], view.scale());
                double reach = r[node] * 1.5 + 2;
                nodeVisible[node] = x[node] + reach >= 0 && x[node] - reach <= view.width()
                        && y[node] + reach >= 0 && y[node] - reach <= view.height()
                        && (only < 0 || node == only) && node != excluded;
            }
        }

        double[] control(Edge edge) {
            return controls[edge.index()];
        }

        /** The edges drawn: in view, and touching {@code only} or not touching {@code excluded}. */
        boolean[] visibleEdges() {
            if (visibleEdges == null) {
                visibleEdges = new boolean[picture.graph().edgeCount()];
                for (Edge edge : picture.graph().edges()) {
                    int a = edge.source();
                    int b = edge.target();
                    boolean wanted = only >= 0 ? a == only || b == only : a != excluded && b != excluded;
                    if (wanted) {
                        controls[edge.index()] = EdgeGeometry.control(edge, x[a], y[a], x[b], y[b]);
                        visibleEdges[edge.index()] = segmentInView(a, b, controls[edge.index()]);
                    }
                }
            }
            return visibleEdges;
        }

        private boolean segmentInView(int a, int b, double[] control) {
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
