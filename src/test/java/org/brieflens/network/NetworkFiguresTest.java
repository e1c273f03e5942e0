package org.brieflens.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.brieflens.model.Actor;
import org.brieflens.model.ActorKind;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Evidence;
import org.brieflens.model.Link;
import org.brieflens.model.LinkKind;
import org.brieflens.model.ModelIndex;
import org.brieflens.model.Provenance;
import org.brieflens.network.NetworkFigures.GroupingTie;
import org.brieflens.testing.Briefs;

class NetworkFiguresTest {

    @Test
    void ranksTheBundledBriefsMostConnectedActors() {
        ModelIndex index = ModelIndex.of(Briefs.bundled());
        NetworkGraph graph = NetworkGraph.of(index, NetworkFilter.ALL);

        NetworkFigures figures = NetworkFigures.of(graph, graph.groupings(index));

        assertThat(figures.mostConnected(3)).extracting(ranked -> graph.node(ranked.node()).actorId())
                .containsExactly("nato", "jpn", "chn");
        assertThat(figures.mostConnected(1).get(0).degree()).isEqualTo(graph.degree(graph.nodeOf("nato").orElseThrow()));
        assertThat(figures.components()).hasSize(1);
    }

    @Test
    void saysWhatTiesGroupings() {
        ModelIndex index = ModelIndex.of(Briefs.bundled());
        NetworkGraph graph = NetworkGraph.of(index, NetworkFilter.ALL);

        NetworkFigures figures = NetworkFigures.of(graph, graph.groupings(index));

        GroupingTie natoG7 = tie(graph, figures, "nato", "g7");
        assertThat(natoG7.sharedMembers()).extracting(node -> graph.node(node).actorId())
                .containsExactlyInAnyOrder("usa", "fra", "ita");
        GroupingTie natoIp4 = tie(graph, figures, "nato", "ip4");
        assertThat(natoIp4.sharedMembers()).isEmpty();
        assertThat(natoIp4.links()).extracting(edge -> graph.edge(edge).linkId()).contains(
                "nato-ip4-partnership", "nato-ip4-intelligence", "jpn-nato-exercise", "jpn-est-exercise",
                "aus-nato-dialogue").doesNotContain("jpn-ip4-membership", "jpn-aus-cable-initiative");
    }

    @Test
    void findsPartsAndTheLinksThatAloneHoldThemTogether() {
        // Two triangles joined by one link, a pendant actor, and a separate pair.
        ModelIndex index = ModelIndex.of(model(List.of("a-b", "b-c", "c-a", "c-d", "d-e", "e-f", "f-d", "f-g", "x-y")));
        NetworkGraph graph = NetworkGraph.of(index, NetworkFilter.ALL);

        NetworkFigures figures = NetworkFigures.of(graph, graph.groupings(index));

        assertThat(figures.components()).extracting(List::size).containsExactly(7, 2);
        assertThat(figures.bridges()).extracting(edge -> graph.edge(edge).linkId()).containsExactly("c-d");
    }

    @Test
    void parallelLinksAreNoBridge() {
        ModelIndex index = ModelIndex.of(model(List.of("a-b", "b-c", "c-a", "c-d", "d-c", "d-e", "e-f", "f-d")));
        NetworkGraph graph = NetworkGraph.of(index, NetworkFilter.ALL);

        assertThat(NetworkFigures.of(graph, graph.groupings(index)).bridges()).isEmpty();
    }

    private static GroupingTie tie(NetworkGraph graph, NetworkFigures figures, String a, String b) {
        int first = graph.nodeOf(a).orElseThrow();
        int second = graph.nodeOf(b).orElseThrow();
        return figures.groupingTies().stream()
                .filter(tie -> tie.first() == first && tie.second() == second
                        || tie.first() == second && tie.second() == first)
                .findFirst().orElseThrow();
    }

    /** States named by the letters of the pairs, linked as partners ("a-b"). */
    static BriefModel model(List<String> pairs) {
        var brief = Briefs.brief("A brief.");
        List<String> ids = pairs.stream().flatMap(pair -> List.of(pair.split("-")).stream()).distinct().toList();
        List<Actor> actors = ids.stream().map(id -> new Actor(id, id.toUpperCase(), ActorKind.STATE, null, List.of(),
                List.of(), List.of(), null, List.of(new Evidence(0, 0, 1)), Provenance.HAND_CHECKED)).toList();
        List<Link> links = pairs.stream().map(pair -> new Link(pair, pair.split("-")[0], pair.split("-")[1],
                LinkKind.PARTNERSHIP, false, List.of(new Evidence(0, 0, 1)), null, Provenance.HAND_CHECKED)).toList();
        return new BriefModel(brief, actors, links, List.of(), List.of());
    }
}
