package org.brieflens.view.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.brieflens.model.Actor;
import org.brieflens.model.ActorKind;
import org.brieflens.model.Link;
import org.brieflens.model.LinkFamily;
import org.brieflens.model.LinkKind;
import org.brieflens.model.ModelIndex;
import org.brieflens.network.EdgeOrigin;
import org.brieflens.network.NetworkFigures;
import org.brieflens.network.NetworkFilter;
import org.brieflens.network.NetworkGraph;
import org.brieflens.network.NetworkGraph.Edge;
import org.brieflens.network.NodeSizing;
import org.brieflens.network.layout.LayoutKind;
import org.brieflens.network.layout.Point;
import org.brieflens.network.layout.Positions;
import org.brieflens.network.paint.Emphasis;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.view.common.ItemDescriptions;
import org.brieflens.view.common.ItemInteraction;

/**
 * What the Network tab shows, without any nodes: the filter and the graph it lets through,
 * where each actor sits (laid out, or pinned where the user dragged it), the figures of the
 * side panel, and what the workspace selection focuses. Clicks arrive here as commands and
 * leave as workspace selections, so the graph, the table and the source always agree.
 *
 * <p>Positions are remembered by actor: a filter that only hides keeps every other actor where
 * it was; a layout runs when a brief opens, when the user picks one or asks again, and when
 * the filter shows an actor that has no place yet.
 */
public final class NetworkViewModel {
    private final Workspace workspace;
    private final ObjectProperty<LayoutKind> layoutKind = new SimpleObjectProperty<>(this, "layoutKind", LayoutKind.FORCE);
    private final ObjectProperty<NodeSizing> sizing = new SimpleObjectProperty<>(this, "sizing", NodeSizing.LINKS);
    private final ReadOnlyObjectWrapper<NetworkFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", NetworkFilter.ALL);
    private final ReadOnlyObjectWrapper<NetworkGraph> graph = new ReadOnlyObjectWrapper<>(this, "graph", NetworkGraph.empty());
    private final ReadOnlyObjectWrapper<NetworkFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyObjectWrapper<Emphasis> emphasis = new ReadOnlyObjectWrapper<>(this, "emphasis", Emphasis.NONE);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyIntegerWrapper arrangement = new ReadOnlyIntegerWrapper(this, "arrangement");
    private final ReadOnlyBooleanWrapper anyPinned = new ReadOnlyBooleanWrapper(this, "anyPinned");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Map<String, Point> pins = new LinkedHashMap<>();
    private Map<String, Point> placed = new HashMap<>();
    private Positions positions = Positions.empty(0);
    private double[] radii = new double[0];
    private BitSet pinned = new BitSet();
    private int extraHops;

    public NetworkViewModel(Workspace workspace) {
        this.workspace = workspace;
        workspace.indexProperty().addListener((observable, old, index) -> load());
        workspace.selectionProperty().addListener((observable, old, selection) -> {
            extraHops = 0;
            focus();
        });
        layoutKind.addListener((observable, old, kind) -> relayout());
        sizing.addListener((observable, old, value) -> {
            radii = value.radii(graph.get());
            changed();
        });
        load();
    }

    public ObjectProperty<LayoutKind> layoutKindProperty() {
        return layoutKind;
    }

    public ObjectProperty<NodeSizing> sizingProperty() {
        return sizing;
    }

    public ReadOnlyObjectProperty<NetworkFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public NetworkFilter filter() {
        return filter.get();
    }

    public ReadOnlyObjectProperty<NetworkGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    public NetworkGraph graph() {
        return graph.get();
    }

    public ReadOnlyObjectProperty<NetworkFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Emphasis> emphasisProperty() {
        return emphasis.getReadOnlyProperty();
    }

    public Emphasis emphasis() {
        return emphasis.get();
    }

    /** Counts up whenever what the picture draws changes. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Counts up whenever a layout places the nodes afresh (the view then fits them in). */
    public ReadOnlyIntegerProperty arrangementProperty() {
        return arrangement.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty anyPinnedProperty() {
        return anyPinned.getReadOnlyProperty();
    }

    /** "23 actors · 38 links shown". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public Positions positions() {
        return positions;
    }

    public double[] radii() {
        return radii;
    }

    public BitSet pinned() {
        return pinned;
    }

    public ModelIndex index() {
        return workspace.index();
    }

    public void showFamily(LinkFamily family, boolean shown) {
        setFilter(filter.get().withFamilies(toggled(filter.get().families(), family, shown, LinkFamily.class)));
    }

    public void showLinkKind(LinkKind kind, boolean shown) {
        setFilter(filter.get().withLinkKinds(toggled(filter.get().linkKinds(), kind, shown, LinkKind.class)));
    }

    public void showActorKind(ActorKind kind, boolean shown) {
        setFilter(filter.get().withActorKinds(toggled(filter.get().actorKinds(), kind, shown, ActorKind.class)));
    }

    public void setMinEvidence(int sentences) {
        setFilter(filter.get().withMinEvidence(sentences));
    }

    public void showDerivedLinks(boolean shown) {
        setFilter(filter.get().withDerivedLinks(shown));
    }

    public void showLessSureLinks(boolean shown) {
        setFilter(filter.get().withLessSureLinks(shown));
    }

    public void showStructure(boolean shown) {
        setFilter(filter.get().withStructure(shown));
    }

    public void showUnlinkedActors(boolean shown) {
        setFilter(filter.get().withUnlinkedActors(shown));
    }

    /** Lays out what is shown again, pinned actors staying where they are. */
    public void relayout() {
        positions = arrange(graph.get());
        arrangement.set(arrangement.get() + 1);
        changed();
    }

    /** The user clicked a node: its actor becomes the selection everywhere. */
    public void clickNode(int node) {
        String actor = graph.get().node(node).actorId();
        if (!Selection.actor(actor).equals(workspace.selection())) {
            workspace.selectActor(actor);
        }
    }

    /** The user double-clicked a node: the focus reaches one hop further. */
    public void expandFocus(int node) {
        clickNode(node);
        extraHops++;
        focus();
    }

    /** The user clicked an edge: its link becomes the selection; structure has none to select. */
    public void clickEdge(int edge) {
        itemOfEdge(edge).ifPresent(workspace::select);
    }

    public void clickBackground() {
        workspace.clearSelection();
    }

    /** The user dragged a node here: it stays here, through filters and layouts, until unpinned. */
    public void moveNode(int node, double x, double y) {
        String actor = graph.get().node(node).actorId();
        Point point = new Point(x, y);
        positions.move(node, x, y);
        placed.put(actor, point);
        pins.put(actor, point);
        pinned.set(node);
        anyPinned.set(true);
        changed();
    }

    public boolean isPinned(int node) {
        return pinned.get(node);
    }

    public void unpin(int node) {
        pins.remove(graph.get().node(node).actorId());
        pinned.clear(node);
        anyPinned.set(!pins.isEmpty());
        changed();
    }

    public void unpinAll() {
        pins.clear();
        pinned.clear();
        anyPinned.set(false);
        changed();
    }

    /**
     * Selects the first shown actor whose name, alias or code holds every word of {@code query},
     * an exact name first. Returns its node, or empty if none matches.
     */
    public Optional<Integer> find(String query) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        String wanted = query.trim().toLowerCase(Locale.ROOT);
        Integer best = null;
        for (NetworkGraph.Node node : graph.get().nodes()) {
            Actor actor = workspace.index().actor(node.actorId()).orElseThrow();
            if (actor.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                best = node.index();
                break;
            }
            if (best == null && matches(actor, wanted)) {
                best = node.index();
            }
        }
        Optional<Integer> found = Optional.ofNullable(best);
        found.ifPresent(this::clickNode);
        return found;
    }

    /** The names the search box offers: every shown actor's. */
    public List<String> actorNames() {
        return graph.get().nodes().stream().map(NetworkGraph.Node::name).sorted().toList();
    }

    public Selection itemOfNode(int node) {
        return Selection.actor(graph.get().node(node).actorId());
    }

    public Optional<Selection> itemOfEdge(int edge) {
        return graph.get().edge(edge).optionalLinkId().map(Selection::link);
    }

    /** What the tooltip of a node says: the actor, its links here, and the first sentence naming it. */
    public String describeNode(int node) {
        ModelIndex index = workspace.index();
        Actor actor = index.actor(graph.get().node(node).actorId()).orElseThrow();
        String description = ItemDescriptions.of(index, actor) + "\n" + ItemDescriptions.count(graph.get().degree(node),
                "line") + " in this picture" + (pinned.get(node) ? " · pinned" : "");
        return ItemInteraction.tooltipText(index, Selection.actor(actor.id()), description);
    }

    /** What the tooltip of an edge says: its kind, ends and evidence, or what structure it shows. */
    public String describeEdge(int edgeIndex) {
        ModelIndex index = workspace.index();
        Edge edge = graph.get().edge(edgeIndex);
        String source = graph.get().node(edge.source()).name();
        String target = graph.get().node(edge.target()).name();
        if (edge.origin() == EdgeOrigin.LISTED_MEMBER) {
            return "Member: " + source + " of " + target
                    + "\nListed among " + target + "'s members; no sentence states it as a link.";
        }
        if (edge.origin() == EdgeOrigin.AFFILIATION) {
            return "Belongs to: " + source + " of " + target;
        }
        Link link = index.link(edge.linkId()).orElseThrow();
        String description = ItemDescriptions.of(index, link) + "\n" + ItemDescriptions.count(link.evidence().size(),
                "sentence") + (link.isDerived() ? ", derived from " + link.derivedFrom() : "");
        return ItemInteraction.tooltipText(index, Selection.link(link.id()), description);
    }

    private void load() {
        pins.clear();
        placed = new HashMap<>();
        extraHops = 0;
        rebuild();
    }

    private void setFilter(NetworkFilter newFilter) {
        filter.set(newFilter);
        rebuild();
    }

    /**
     * Builds what the filter shows. The graph is published last, so that whoever observes it
     * finds positions, radii and pins that belong to it.
     */
    private void rebuild() {
        NetworkGraph shown = NetworkGraph.of(workspace.index(), filter.get());
        radii = sizing.get().radii(shown);
        pinned = new BitSet();
        for (NetworkGraph.Node node : shown.nodes()) {
            if (pins.containsKey(node.actorId())) {
                pinned.set(node.index());
            }
        }
        boolean placedAll = shown.nodes().stream().allMatch(node -> placed.containsKey(node.actorId()));
        if (placedAll) {
            double[] x = new double[shown.nodeCount()];
            double[] y = new double[shown.nodeCount()];
            for (NetworkGraph.Node node : shown.nodes()) {
                Point point = placed.get(node.actorId());
                x[node.index()] = point.x();
                y[node.index()] = point.y();
            }
            positions = new Positions(x, y, positions.captions());
        } else {
            positions = arrange(shown);
        }
        summary.set(ItemDescriptions.count(shown.nodeCount(), "actor") + " · "
                + ItemDescriptions.count(shown.edgeCount(), "line") + " shown");
        graph.set(shown);
        if (!placedAll) {
            arrangement.set(arrangement.get() + 1);
        }
        figures.set(NetworkFigures.of(shown, shown.groupings(workspace.index())));
        focus();
    }

    /** Lays out {@code shown} and remembers where each actor went. */
    private Positions arrange(NetworkGraph shown) {
        Positions laidOut = layoutKind.get().create().layout(shown, radii, pins);
        placed = new HashMap<>();
        for (NetworkGraph.Node node : shown.nodes()) {
            placed.put(node.actorId(), laidOut.point(node.index()));
        }
        return laidOut;
    }

    /**
     * The selection's actors and everything within reach: one hop from a selected actor (more
     * after double-clicks), none from a link, figure or exercise, whose actors are the focus.
     */
    private void focus() {
        Selection selection = workspace.selection();
        NetworkGraph shown = graph.get();
        List<Integer> seeds = new ArrayList<>();
        for (String actor : selection.focusActors(workspace.index())) {
            shown.nodeOf(actor).ifPresent(seeds::add);
        }
        if (seeds.isEmpty()) {
            emphasis.set(Emphasis.NONE);
            changed();
            return;
        }
        int depth = (selection instanceof Selection.OfActor ? 1 : 0) + extraHops;
        BitSet nodes = reach(shown, seeds, depth);
        BitSet edges = new BitSet();
        for (Edge edge : shown.edges()) {
            if (nodes.get(edge.source()) && nodes.get(edge.target())) {
                edges.set(edge.index());
            }
        }
        int selectedNode = selection instanceof Selection.OfActor actor ? shown.nodeOf(actor.id()).orElse(-1) : -1;
        int selectedEdge = selection instanceof Selection.OfLink link ? shown.edgeOf(link.id()).orElse(-1) : -1;
        emphasis.set(new Emphasis(nodes, edges, selectedNode, selectedEdge, -1, -1));
        changed();
    }

    private static BitSet reach(NetworkGraph shown, List<Integer> seeds, int depth) {
        BitSet reached = new BitSet(shown.nodeCount());
        Deque<int[]> queue = new ArrayDeque<>();
        for (int seed : seeds) {
            reached.set(seed);
            queue.add(new int[] {seed, 0});
        }
        while (!queue.isEmpty()) {
            int[] next = queue.poll();
            if (next[1] == depth) {
                continue;
            }
            for (int neighbour : shown.neighbours(next[0])) {
                if (!reached.get(neighbour)) {
                    reached.set(neighbour);
                    queue.add(new int[] {neighbour, next[1] + 1});
                }
            }
        }
        return reached;
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }

    private static boolean matches(Actor actor, String query) {
        String text = String.join(" ", actor.name(), String.join(" ", actor.aliases()),
                actor.iso3() == null ? "" : actor.iso3()).toLowerCase(Locale.ROOT);
        for (String word : query.split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static <E extends Enum<E>> Set<E> toggled(Set<E> current, E value, boolean shown, Class<E> type) {
        EnumSet<E> result = EnumSet.noneOf(type);
        result.addAll(current);
        if (shown) {
            result.add(value);
        } else {
            result.remove(value);
        }
        return result;
    }
}
