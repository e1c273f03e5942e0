package org.brieflens.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.brieflens.network.NetworkGraph.Edge;

/**
 * What the side panel says about the network shown: each actor's degree, the most connected
 * actors, the connected parts, the links that alone hold two parts together, and what ties
 * each pair of groupings (members they share, links between their sides).
 */
public final class NetworkFigures {

    /** An actor and its number of links. */
    public record Ranked(int node, int degree) {
    }

    /**
     * Two groupings and what joins them: members of both, and stated links from one side (the
     * grouping or its members) to the other that are not inside either.
     */
    public record GroupingTie(int first, int second, List<Integer> sharedMembers, List<Integer> links) {
        public int strength() {
            return sharedMembers.size() + links.size();
        }
    }

    private final NetworkGraph graph;
    private final List<List<Integer>> components;
    private final List<Integer> bridges;
    private final List<GroupingTie> groupingTies;

    private NetworkFigures(NetworkGraph graph, Map<Integer, List<Integer>> groupings) {
        this.graph = graph;
        this.components = components(graph);
        this.bridges = bridges(graph);
        this.groupingTies = groupingTies(graph, groupings);
    }

    /** @param groupings each grouping's node and its members' nodes, as {@link NetworkGraph#groupings} gives them */
    public static NetworkFigures of(NetworkGraph graph, Map<Integer, List<Integer>> groupings) {
        return new NetworkFigures(graph, groupings);
    }

    public int degree(int node) {
        return graph.degree(node);
    }

    /** The {@code limit} actors with most links, ties broken by name. */
    public List<Ranked> mostConnected(int limit) {
        Integer[] nodes = new Integer[graph.nodeCount()];
        Arrays.setAll(nodes, i -> i);
        Arrays.sort(nodes, Comparator.<Integer>comparingInt(graph::degree).reversed()
                .thenComparing(node -> graph.node(node).name()));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, nodes.length); i++) {
            ranked.add(new Ranked(nodes[i], graph.degree(nodes[i])));
        }
        return ranked;
    }

    /** The connected parts, largest first; each lists its nodes in index order. */
    public List<List<Integer>> components() {
        return components;
    }

    /**
     * The links whose removal would split a part of the network in two, leaving out those that
     * only hang a single actor on the rest (every link of a one-link actor is such a link).
     */
    public List<Integer> bridges() {
        return bridges;
    }

    /** Pairs of groupings with something between them, strongest tie first. */
    public List<GroupingTie> groupingTies() {
        return groupingTies;
    }

    public double density() {
        int n = graph.nodeCount();
        return n < 2 ? 0 : 2.0 * graph.edgeCount() / ((double) n * (n - 1));
    }

    private static List<List<Integer>> components(NetworkGraph graph) {
        int n = graph.nodeCount();
        boolean[] seen = new boolean[n];
        List<List<Integer>> parts = new ArrayList<>();
        int[] queue = new int[n];
        for (int start = 0; start < n; start++) {
            if (seen[start]) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            seen[start] = true;
            while (head < tail) {
                int node = queue[head++];
                for (int next : graph.neighbours(node)) {
                    if (!seen[next]) {
                        seen[next] = true;
                        queue[tail++] = next;
                    }
                }
            }
            int[] part = Arrays.copyOf(queue, tail);
            Arrays.sort(part);
            parts.add(Arrays.stream(part).boxed().toList());
        }
        parts.sort(Comparator.comparingInt(List<Integer>::size).reversed());
        return List.copyOf(parts);
    }

    /** Tarjan's bridges, iteratively (no recursion depth limit), by edge so parallel links count. */
    private static List<Integer> bridges(NetworkGraph graph) {
        int n = graph.nodeCount();
        int[] discovered = new int[n];
        int[] low = new int[n];
        Arrays.fill(discovered, -1);
        int[] parentEdge = new int[n];
        int[] nextIncident = new int[n];
        int[] stack = new int[n];
        List<Integer> found = new ArrayList<>();
        int time = 0;
        for (int root = 0; root < n; root++) {
            if (discovered[root] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            discovered[root] = low[root] = time++;
            parentEdge[root] = -1;
            while (top > 0) {
                int node = stack[top - 1];
                int[] incident = graph.incidentEdges(node);
                if (nextIncident[node] < incident.length) {
                    int edge = incident[nextIncident[node]++];
                    if (edge == parentEdge[node]) {
                        continue;
                    }
                    int other = graph.edge(edge).otherEnd(node);
                    if (discovered[other] < 0) {
                        discovered[other] = low[other] = time++;
                        parentEdge[other] = edge;
                        stack[top++] = other;
                    } else {
                        low[node] = Math.min(low[node], discovered[other]);
                    }
                } else {
                    top--;
                    if (parentEdge[node] >= 0) {
                        int parent = graph.edge(parentEdge[node]).otherEnd(node);
                        low[parent] = Math.min(low[parent], low[node]);
                        if (low[node] > discovered[parent]
                                && graph.neighbours(node).length > 1 && graph.neighbours(parent).length > 1) {
                            found.add(parentEdge[node]);
                        }
                    }
                }
            }
        }
        found.sort(Comparator.naturalOrder());
        return List.copyOf(found);
    }

    private static List<GroupingTie> groupingTies(NetworkGraph graph, Map<Integer, List<Integer>> groupings) {
        Map<Integer, Set<Integer>> groupsOf = new LinkedHashMap<>();
        groupings.forEach((group, members) -> {
            groupsOf.computeIfAbsent(group, node -> new LinkedHashSet<>()).add(group);
            members.forEach(member -> groupsOf.computeIfAbsent(member, node -> new LinkedHashSet<>()).add(group));
        });
        List<Integer> groups = new ArrayList<>(groupings.keySet());
        Map<Long, List<Integer>> links = new LinkedHashMap<>();
        for (Edge edge : graph.edges()) {
            if (edge.origin() != EdgeOrigin.STATED) {
                continue;
            }
            Set<Integer> sourceSides = groupsOf.getOrDefault(edge.source(), Set.of());
            Set<Integer> targetSides = groupsOf.getOrDefault(edge.target(), Set.of());
            for (int a : sourceSides) {
                for (int b : targetSides) {
                    if (a != b && !targetSides.contains(a) && !sourceSides.contains(b)) {
                        links.computeIfAbsent(key(a, b), k -> new ArrayList<>()).add(edge.index());
                    }
                }
            }
        }
        List<GroupingTie> ties = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                int a = groups.get(i);
                int b = groups.get(j);
                List<Integer> shared = groupings.get(a).stream().filter(groupings.get(b)::contains).toList();
                List<Integer> between = links.getOrDefault(key(a, b), List.of()).stream().distinct().toList();
                if (!shared.isEmpty() || !between.isEmpty()) {
                    ties.add(new GroupingTie(a, b, shared, between));
                }
            }
        }
        ties.sort(Comparator.comparingInt(GroupingTie::strength).reversed());
        return List.copyOf(ties);
    }

    private static long key(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }
}
