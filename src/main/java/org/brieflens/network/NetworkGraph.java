package org.brieflens.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.brieflens.model.Actor;
import org.brieflens.model.ActorKind;
import org.brieflens.model.Link;
import org.brieflens.model.LinkKind;
import org.brieflens.model.ModelIndex;

/**
 * The actors and links a filter lets through, numbered for drawing and layout: node and edge
 * indices are positions in arrays, so that algorithms over thousands of actors work on ints
 * rather than maps. Nodes keep the model's order, so the same model and filter always give
 * the same numbering.
 */
public final class NetworkGraph {

    /** An actor shown as a node; {@code shortLabel} is what a crowded picture may show instead of its name. */
    public record Node(int index, String actorId, String name, String shortLabel, ActorKind kind, int mentions) {
    }

    /**
     * A line between two nodes. {@code kind} is null for an affiliation; {@code linkId} is null
     * for structure. {@code lessSure} marks a link the extractor is less sure of than
     * {@link org.brieflens.model.Provenance#SURE}. Parallel edges between one pair are numbered
     * 0..{@code parallelCount}-1 so that they can be drawn apart.
     */
    public record Edge(int index, int source, int target, EdgeOrigin origin, LinkKind kind, String linkId,
            boolean directed, boolean derived, boolean lessSure, int evidence, int parallelIndex, int parallelCount) {

        public int otherEnd(int node) {
            return node == source ? target : source;
        }

        public Optional<String> optionalLinkId() {
            return Optional.ofNullable(linkId);
        }
    }

    private static final int SHORT_LABEL_LENGTH = 14;
    private static final NetworkGraph EMPTY = new NetworkGraph(List.of(), List.of());

    private final List<Node> nodes;
    private final List<Edge> edges;
    private final Map<String, Integer> nodeByActor = new HashMap<>();
    private final Map<String, Integer> edgeByLink = new HashMap<>();
    private final int[][] incident;
    private final int[][] neighbours;

    private NetworkGraph(List<Node> nodes, List<Edge> edges) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        for (Node node : nodes) {
            nodeByActor.put(node.actorId(), node.index());
        }
        int[] degree = new int[nodes.size()];
        for (Edge edge : edges) {
            degree[edge.source()]++;
            degree[edge.target()]++;
            if (edge.linkId() != null) {
                edgeByLink.put(edge.linkId(), edge.index());
            }
        }
        incident = new int[nodes.size()][];
        for (int i = 0; i < incident.length; i++) {
            incident[i] = new int[degree[i]];
        }
        int[] filled = new int[nodes.size()];
        for (Edge edge : edges) {
            incident[edge.source()][filled[edge.source()]++] = edge.index();
            incident[edge.target()][filled[edge.target()]++] = edge.index();
        }
        neighbours = new int[nodes.size()][];
        for (int i = 0; i < incident.length; i++) {
            int node = i;
            neighbours[i] = Arrays.stream(incident[i]).map(e -> this.edges.get(e).otherEnd(node)).distinct().toArray();
        }
    }

    public static NetworkGraph empty() {
        return EMPTY;
    }

    /** The part of {@code index}'s model that {@code filter} shows. */
    public static NetworkGraph of(ModelIndex index, NetworkFilter filter) {
        List<Actor> actors = index.model().actors();
        Set<String> kindShown = new HashSet<>();
        for (Actor actor : actors) {
            if (filter.actorKinds().contains(actor.kind())) {
                kindShown.add(actor.id());
            }
        }
        List<Draft> drafts = new ArrayList<>();
        for (Link link : index.model().links()) {
            if (!link.source().equals(link.target()) && kindShown.contains(link.source())
                    && kindShown.contains(link.target())
                    && filter.showsLink(link)) {
                drafts.add(new Draft(link.source(), link.target(), EdgeOrigin.STATED, link.kind(), link.id(),
                        link.directed(), link.isDerived(), !link.provenance().isSure(), link.evidence().size()));
            }
        }
        if (filter.structure()) {
            addStructure(index, kindShown, drafts);
        }
        Set<String> linked = new HashSet<>();
        drafts.forEach(draft -> {
            linked.add(draft.source);
            linked.add(draft.target);
        });
        List<Node> nodes = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (Actor actor : actors) {
            if (kindShown.contains(actor.id()) && (filter.unlinkedActors() || linked.contains(actor.id()))
                    && !numbers.containsKey(actor.id())) {
                numbers.put(actor.id(), nodes.size());
                nodes.add(new Node(nodes.size(), actor.id(), actor.name(), shortLabel(actor), actor.kind(),
                        actor.mentions().size()));
            }
        }
        return new NetworkGraph(nodes, number(drafts, numbers));
    }

    /** Listed members without a membership link, and affiliations no link already draws. */
    private static void addStructure(ModelIndex index, Set<String> shown, List<Draft> drafts) {
        Set<String> linkedPairs = new HashSet<>();
        Set<String> membershipPairs = new HashSet<>();
        for (Link link : index.model().links()) {
            linkedPairs.add(pair(link.source(), link.target()));
            if (link.kind() == LinkKind.MEMBERSHIP) {
                membershipPairs.add(pair(link.source(), link.target()));
            }
        }
        Map<String, Set<String>> membersByGroup = new LinkedHashMap<>();
        for (Actor actor : index.model().actors()) {
            actor.members().forEach(member -> membersByGroup.computeIfAbsent(actor.id(), id -> new LinkedHashSet<>()).add(member));
            actor.memberOf().forEach(group -> membersByGroup.computeIfAbsent(group, id -> new LinkedHashSet<>()).add(actor.id()));
        }
        membersByGroup.forEach((group, members) -> {
            for (String member : members) {
                if (!member.equals(group) && shown.contains(group) && shown.contains(member)
                        && membershipPairs.add(pair(member, group))) {
                    drafts.add(new Draft(member, group, EdgeOrigin.LISTED_MEMBER, LinkKind.MEMBERSHIP, null, true,
                            false, false, 0));
                }
            }
        });
        for (Actor actor : index.model().actors()) {
            String owner = actor.affiliation();
            if (owner != null && !owner.equals(actor.id()) && shown.contains(owner) && shown.contains(actor.id())
                    && linkedPairs.add(pair(actor.id(), owner))) {
                drafts.add(new Draft(actor.id(), owner, EdgeOrigin.AFFILIATION, null, null, true, false, false, 0));
            }
        }
    }

    private static List<Edge> number(List<Draft> drafts, Map<String, Integer> numbers) {
        Map<String, Integer> perPair = new HashMap<>();
        for (Draft draft : drafts) {
            perPair.merge(pair(draft.source, draft.target), 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Edge> edges = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            String pair = pair(draft.source, draft.target);
            int lane = seen.merge(pair, 1, Integer::sum) - 1;
            edges.add(new Edge(edges.size(), numbers.get(draft.source), numbers.get(draft.target), draft.origin,
                    draft.kind, draft.linkId, draft.directed, draft.derived, draft.lessSure, draft.evidence, lane,
                    perPair.get(pair)));
        }
        return edges;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
    }

    /** A state's ISO code, else the name cut at a word before {@value #SHORT_LABEL_LENGTH} characters. */
    static String shortLabel(Actor actor) {
        if (actor.iso3() != null && actor.name().length() > 4) {
            return actor.iso3();
        }
        String name = actor.name();
        if (name.length() <= SHORT_LABEL_LENGTH) {
            return name;
        }
        int cut = name.lastIndexOf(' ', SHORT_LABEL_LENGTH);
        return name.substring(0, cut > 3 ? cut : SHORT_LABEL_LENGTH - 1) + "…";
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    public Node node(int index) {
        return nodes.get(index);
    }

    public Edge edge(int index) {
        return edges.get(index);
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int edgeCount() {
        return edges.size();
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public Optional<Integer> nodeOf(String actorId) {
        return Optional.ofNullable(nodeByActor.get(actorId));
    }

    public Optional<Integer> edgeOf(String linkId) {
        return Optional.ofNullable(edgeByLink.get(linkId));
    }

    /** The edges that touch {@code node}; the array is shared, not to be changed. */
    public int[] incidentEdges(int node) {
        return incident[node];
    }

    /** The distinct nodes one edge away from {@code node}; the array is shared, not to be changed. */
    public int[] neighbours(int node) {
        return neighbours[node];
    }

    public int degree(int node) {
        return incident[node].length;
    }

    /** The nodes with members (alliances, groupings) and their members among the nodes shown. */
    public Map<Integer, List<Integer>> groupings(ModelIndex index) {
        Map<Integer, Set<Integer>> groups = new LinkedHashMap<>();
        for (Node node : nodes) {
            index.actor(node.actorId()).ifPresent(actor -> {
                actor.members().forEach(member -> nodeOf(member).ifPresent(
                        m -> groups.computeIfAbsent(node.index(), g -> new LinkedHashSet<>()).add(m)));
                actor.memberOf().forEach(group -> nodeOf(group).ifPresent(
                        g -> groups.computeIfAbsent(g, key -> new LinkedHashSet<>()).add(node.index())));
            });
        }
        Map<Integer, List<Integer>> result = new LinkedHashMap<>();
        groups.forEach((group, members) -> {
            members.remove(group);
            if (!members.isEmpty()) {
                result.put(group, List.copyOf(members));
            }
        });
        return Collections.unmodifiableMap(result);
    }

    private record Draft(String source, String target, EdgeOrigin origin, LinkKind kind, String linkId,
            boolean directed, boolean derived, boolean lessSure, int evidence) {
    }
}
