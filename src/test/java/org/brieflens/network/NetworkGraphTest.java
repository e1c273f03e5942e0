package org.brieflens.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.brieflens.model.ActorKind;
import org.brieflens.model.LinkFamily;
import org.brieflens.model.LinkKind;
import org.brieflens.model.ModelIndex;
import org.brieflens.model.Provenance;
import org.brieflens.network.NetworkGraph.Edge;
import org.brieflens.testing.Briefs;

class NetworkGraphTest {
    private final ModelIndex index = ModelIndex.of(Briefs.bundled());

    @Test
    void showsEveryLinkAndTheStructureNoLinkStates() {
        NetworkGraph graph = NetworkGraph.of(index, NetworkFilter.ALL);

        assertThat(graph.nodeCount()).isEqualTo(23);
        assertThat(graph.edges()).filteredOn(edge -> edge.origin() == EdgeOrigin.STATED).hasSize(35);
        // G7 lists four members and NATO three that no membership link states.
        assertThat(pairs(graph, EdgeOrigin.LISTED_MEMBER)).containsExactlyInAnyOrder(
                "usa-nato", "fra-nato", "ita-nato", "usa-g7", "jpn-g7", "fra-g7", "ita-g7");
        assertThat(pairs(graph, EdgeOrigin.AFFILIATION)).containsExactlyInAnyOrder(
                "rutte-nato", "mhi-jpn", "vnm-coast-guard-vnm", "fra-navy-fra", "ita-navy-ita", "ishiba-jpn");
    }

    @Test
    void filtersByFamily() {
        NetworkGraph graph = NetworkGraph.of(index, NetworkFilter.ALL.withFamilies(Set.of(LinkFamily.CONFLICT))
                .withStructure(false));

        assertThat(graph.edges()).isNotEmpty().allMatch(edge -> edge.kind().family() == LinkFamily.CONFLICT);
        assertThat(graph.nodes()).extracting(NetworkGraph.Node::actorId).contains("chn", "rus", "ukr")
                .doesNotContain("nzl", "est");
    }

    @Test
    void filtersByLinkKind() {
        NetworkGraph graph = NetworkGraph.of(index, NetworkFilter.ALL.withLinkKinds(Set.of(LinkKind.JOINT_EXERCISE))
                .withStructure(false));

        assertThat(graph.edges()).extracting(Edge::linkId).containsExactlyInAnyOrder("jpn-nato-exercise",
                "jpn-est-exercise", "jpn-nor-exercise", "vcg-fra-navy-exercise", "vcg-ita-navy-exercise",
                "vnm-fra-exercise", "vnm-ita-exercise");
    }

    @Test
    void filtersByActorKindDroppingTheirLinks() {
        NetworkGraph graph = NetworkGraph.of(index, NetworkFilter.ALL.withActorKinds(
                EnumSet.complementOf(EnumSet.of(ActorKind.PERSON))));

        assertThat(graph.nodeOf("rutte")).isEmpty();
        assertThat(graph.edgeOf("rutte-jpn-dialogue")).isEmpty();
        assertThat(graph.edgeOf("nato-jpn-dialogue")).isPresent();
    }

    @Test
    void filtersByMinimumEvidenceAndHidesWhatIsLeftUnlinked() {
        NetworkGraph graph = NetworkGraph.of(index, NetworkFilter.ALL.withMinEvidence(2).withStructure(false));

        assertThat(graph.edges()).extracting(Edge::linkId)
                .containsExactlyInAnyOrder("nato-chn-rivalry", "nato-ip4-partnership");
        assertThat(graph.nodes()).extracting(NetworkGraph.Node::actorId).containsExactly("nato", "chn", "ip4");
    }

    @Test
    void unlinkedActorsCanBeKept() {
        NetworkGraph graph = NetworkGraph.of(index, NetworkFilter.ALL.withMinEvidence(2).withStructure(false)
                .withUnlinkedActors(true));

        assertThat(graph.nodeCount()).isEqualTo(23);
    }

    @Test
    void hidesDerivedLinksOnRequest() {
        NetworkGraph graph = NetworkGraph.of(index, NetworkFilter.ALL.withDerivedLinks(false));

        assertThat(graph.edges()).noneMatch(Edge::derived);
        assertThat(graph.edgeOf("nato-jpn-dialogue")).isEmpty();
        assertThat(graph.edgeOf("rutte-jpn-dialogue")).isPresent();
    }

    @Test
    void hidesLinksTheExtractorIsLessSureOfOnRequestAndMarksThemOtherwise() {
        ModelIndex read = ModelIndex.of(Briefs.bundledWithConfidence(Map.of("chn-rus-partnership", 0.54,
                "chn-rus-support", Provenance.SURE)));

        NetworkGraph all = NetworkGraph.of(read, NetworkFilter.ALL);
        NetworkGraph sure = NetworkGraph.of(read, NetworkFilter.ALL.withLessSureLinks(false));

        assertThat(all.edge(all.edgeOf("chn-rus-partnership").orElseThrow()).lessSure()).isTrue();
        assertThat(all.edges()).filteredOn(Edge::lessSure).hasSize(1);
        assertThat(sure.edgeOf("chn-rus-partnership")).isEmpty();
        assertThat(sure.edgeOf("chn-rus-support")).isPresent();
        assertThat(sure.edgeOf("nato-chn-rivalry")).as("a hand-checked link").isPresent();
    }

    @Test
    void numbersParallelLinksSoTheyCanBeDrawnApart() {
        NetworkGraph graph = NetworkGraph.of(index, NetworkFilter.ALL);

        Edge partnership = graph.edge(graph.edgeOf("chn-rus-partnership").orElseThrow());
        Edge support = graph.edge(graph.edgeOf("chn-rus-support").orElseThrow());
        assertThat(List.of(partnership.parallelCount(), support.parallelCount())).containsOnly(2);
        assertThat(Set.of(partnership.parallelIndex(), support.parallelIndex())).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void knowsEachGroupingsMembers() {
        NetworkGraph graph = NetworkGraph.of(index, NetworkFilter.ALL);

        var groupings = graph.groupings(index);

        assertThat(groupings.get(graph.nodeOf("ip4").orElseThrow())).extracting(node -> graph.node(node).actorId())
                .containsExactlyInAnyOrder("jpn", "kor", "aus", "nzl");
        assertThat(groupings.get(graph.nodeOf("g7").orElseThrow())).extracting(node -> graph.node(node).actorId())
                .containsExactlyInAnyOrder("usa", "jpn", "fra", "ita");
    }

    @Test
    void shortensLabelsToCodesOrWholeWords() {
        NetworkGraph graph = NetworkGraph.of(index, NetworkFilter.ALL);

        assertThat(graph.node(graph.nodeOf("usa").orElseThrow()).shortLabel()).isEqualTo("USA");
        assertThat(graph.node(graph.nodeOf("mhi").orElseThrow()).shortLabel()).isEqualTo("Mitsubishi…");
        assertThat(graph.node(graph.nodeOf("nato").orElseThrow()).shortLabel()).isEqualTo("NATO");
    }

    private static List<String> pairs(NetworkGraph graph, EdgeOrigin origin) {
        return graph.edges().stream().filter(edge -> edge.origin() == origin)
                .map(edge -> graph.node(edge.source()).actorId() + "-" + graph.node(edge.target()).actorId()).toList();
    }
}
