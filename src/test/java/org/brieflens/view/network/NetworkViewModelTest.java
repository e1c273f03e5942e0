package org.brieflens.view.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.brieflens.ingest.BriefFileLoader;
import org.brieflens.model.ActorKind;
import org.brieflens.model.LinkFamily;
import org.brieflens.network.NetworkGraph;
import org.brieflens.network.layout.LayoutKind;
import org.brieflens.network.layout.Point;
import org.brieflens.network.paint.Emphasis;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.testing.GoldModels;

class NetworkViewModelTest {
    private final Workspace workspace = new Workspace(BriefFileLoader.loadBundled());
    private final NetworkViewModel viewModel = new NetworkViewModel(workspace);

    @Test
    void showsEveryActorOfTheBundledBrief() {
        assertThat(viewModel.graph().nodeCount()).isEqualTo(23);
        assertThat(viewModel.summaryProperty().get()).isEqualTo("23 actors · 48 lines shown");
    }

    @Test
    void twoViewsOfOneModelDrawTheSamePicture() {
        NetworkViewModel other = new NetworkViewModel(new Workspace(BriefFileLoader.loadBundled()));

        assertThat(other.positions().sameAs(viewModel.positions())).isTrue();
    }

    @Test
    void filteringKeepsEveryRemainingActorWhereItWas() {
        Point japan = position("jpn");

        viewModel.showFamily(LinkFamily.COOPERATION, false);

        assertThat(viewModel.graph().edges()).allMatch(edge -> edge.origin().isStructure()
                || edge.kind().family() == LinkFamily.CONFLICT);
        assertThat(position("jpn")).isEqualTo(japan);
    }

    @Test
    void hidingAnActorKindRemovesItsNodes() {
        viewModel.showActorKind(ActorKind.PERSON, false);

        assertThat(viewModel.graph().nodeOf("rutte")).isEmpty();
        assertThat(viewModel.graph().nodeOf("ishiba")).isEmpty();

        viewModel.showActorKind(ActorKind.PERSON, true);
        assertThat(viewModel.graph().nodeOf("rutte")).isPresent();
    }

    @Test
    void aMinimumOfSentencesKeepsOnlyWellAttestedLinks() {
        viewModel.showStructure(false);
        viewModel.setMinEvidence(2);

        assertThat(viewModel.graph().edges()).extracting(NetworkGraph.Edge::linkId)
                .containsExactlyInAnyOrder("nato-chn-rivalry", "nato-ip4-partnership");
    }

    @Test
    void clickingANodeSelectsItsActorEverywhere() {
        viewModel.clickNode(node("chn"));

        assertThat(workspace.selection()).isEqualTo(Selection.actor("chn"));
    }

    @Test
    void aSelectedActorFocusesItAndItsNeighbours() {
        workspace.selectActor("jpn");

        Emphasis emphasis = viewModel.emphasis();
        assertThat(emphasis.selectedNode()).isEqualTo(node("jpn"));
        assertThat(focused(emphasis)).contains("jpn", "nato", "chn", "ip4", "usa").doesNotContain("rus", "ukr");
    }

    @Test
    void doubleClickingReachesOneHopFurtherEachTime() {
        viewModel.clickNode(node("jpn"));
        viewModel.expandFocus(node("jpn"));
        assertThat(focused(viewModel.emphasis())).contains("rus").doesNotContain("ukr");

        viewModel.expandFocus(node("jpn"));
        assertThat(focused(viewModel.emphasis())).contains("ukr");

        workspace.selectActor("twn");
        assertThat(focused(viewModel.emphasis())).containsExactlyInAnyOrder("twn", "chn");
    }

    @Test
    void aSelectedLinkFocusesItsEnds() {
        viewModel.clickEdge(viewModel.graph().edgeOf("rus-ukr-attack").orElseThrow());

        assertThat(workspace.selection()).isEqualTo(Selection.link("rus-ukr-attack"));
        assertThat(focused(viewModel.emphasis())).containsExactlyInAnyOrder("rus", "ukr");
        assertThat(viewModel.emphasis().selectedEdge()).isEqualTo(viewModel.graph().edgeOf("rus-ukr-attack").get());
    }

    @Test
    void clickingTheBackgroundClearsTheSelection() {
        workspace.selectActor("jpn");

        viewModel.clickBackground();

        assertThat(workspace.selection()).isEqualTo(Selection.NONE);
        assertThat(viewModel.emphasis().active()).isFalse();
    }

    @Test
    void aDraggedActorIsPinnedThroughLayouts() {
        viewModel.moveNode(node("jpn"), 900, -400);
        assertThat(viewModel.anyPinnedProperty().get()).isTrue();

        viewModel.layoutKindProperty().set(LayoutKind.CIRCULAR);
        assertThat(position("jpn")).isEqualTo(new Point(900, -400));
        viewModel.relayout();
        assertThat(position("jpn")).isEqualTo(new Point(900, -400));

        viewModel.unpinAll();
        viewModel.relayout();
        assertThat(position("jpn")).isNotEqualTo(new Point(900, -400));
        assertThat(viewModel.anyPinnedProperty().get()).isFalse();
    }

    @Test
    void findsAnActorByNameAliasOrCode() {
        assertThat(viewModel.find("tokyo")).contains(node("jpn"));
        assertThat(workspace.selection()).isEqualTo(Selection.actor("jpn"));

        assertThat(viewModel.find("KOR")).contains(node("kor"));
        assertThat(viewModel.find("vietnam")).contains(node("vnm"));
        assertThat(viewModel.find("atlantis")).isEmpty();
    }

    @Test
    void tooltipsSayWhatALineIsAndTheSentenceBehindIt() {
        String attack = viewModel.describeEdge(viewModel.graph().edgeOf("rus-ukr-attack").orElseThrow());

        assertThat(attack).startsWith("War or attack: Russia → Ukraine (conflict)").contains("1 sentence").contains("«");

        int listed = viewModel.graph().edges().stream().filter(edge -> edge.linkId() == null && edge.kind() != null)
                .findFirst().orElseThrow().index();
        assertThat(viewModel.describeEdge(listed)).contains("no sentence states it");
        assertThat(viewModel.itemOfEdge(listed)).isEmpty();
    }

    @Test
    void anotherBriefReplacesTheNetworkAndForgetsPins() throws Exception {
        viewModel.moveNode(node("jpn"), 1, 1);
        workspace.replaceModel(GoldModels.load("rimpac_2024"));

        assertThat(viewModel.graph().nodeCount()).isGreaterThan(20);
        assertThat(viewModel.pinned().isEmpty()).isTrue();
        assertThat(viewModel.figuresProperty().get().mostConnected(1)).hasSize(1);
    }

    @Test
    void theFiguresFollowTheFilter() {
        int before = viewModel.figuresProperty().get().mostConnected(1).get(0).degree();

        viewModel.showStructure(false);

        assertThat(viewModel.figuresProperty().get().mostConnected(1).get(0).degree()).isLessThan(before);
    }

    private int node(String actor) {
        return viewModel.graph().nodeOf(actor).orElseThrow();
    }

    private Point position(String actor) {
        return viewModel.positions().point(node(actor));
    }

    private List<String> focused(Emphasis emphasis) {
        BitSet nodes = emphasis.nodes();
        return nodes.stream().mapToObj(node -> viewModel.graph().node(node).actorId()).toList();
    }
}
