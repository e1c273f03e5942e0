package org.brieflens.network.paint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.brieflens.model.LinkFamily;
import org.brieflens.model.LinkKind;
import org.brieflens.model.ModelIndex;
import org.brieflens.network.NetworkFilter;
import org.brieflens.network.NetworkGraph;
import org.brieflens.network.NodeSizing;
import org.brieflens.network.labels.LabelPlacer.Placed;
import org.brieflens.network.layout.LayoutKind;
import org.brieflens.network.layout.Positions;
import org.brieflens.testing.Briefs;
import org.brieflens.testing.SyntheticNetworks;

class NetworkPainterTest {
    private final NetworkGraph graph = NetworkGraph.of(ModelIndex.of(Briefs.bundled()), NetworkFilter.ALL);
    private final double[] radii = NodeSizing.LINKS.radii(graph);
    private final Positions positions = LayoutKind.FORCE.create().layout(graph, radii, Map.of());

    @Test
    void theBundledBriefFittedIntoASlideLabelsMostActorsWithoutOverlap() {
        RecordingSurface surface = new RecordingSurface();

        List<Placed> labels = new NetworkPainter().paint(surface, picture(fitted(), Emphasis.NONE));

        assertThat(labels.size()).isGreaterThanOrEqualTo(graph.nodeCount() - 3);
        for (int a = 0; a < labels.size(); a++) {
            for (int b = a + 1; b < labels.size(); b++) {
                assertThat(labels.get(a).overlaps(labels.get(b))).isFalse();
            }
        }
        assertThat(surface.texts).extracting(RecordingSurface.Written::text).contains("NATO", "Japan", "China");
    }

    @Test
    void theLegendNamesWhatIsShownAndOnlyThat() {
        NetworkGraph conflictOnly = NetworkGraph.of(ModelIndex.of(Briefs.bundled()),
                NetworkFilter.ALL.withFamilies(Set.of(LinkFamily.CONFLICT))
                        .withStructure(false));
        double[] conflictRadii = NodeSizing.LINKS.radii(conflictOnly);
        Positions placed = LayoutKind.CIRCULAR.create().layout(conflictOnly, conflictRadii, Map.of());
        RecordingSurface surface = new RecordingSurface();

        new NetworkPainter().paint(surface, new NetworkPicture(conflictOnly, placed, conflictRadii, NodeSizing.LINKS,
                RecordingSurface.fit(conflictOnly, placed, conflictRadii, 1280, 800), Emphasis.NONE, null,
                TestStyles.LIGHT, true));

        List<String> texts = surface.texts.stream().map(RecordingSurface.Written::text).toList();
        assertThat(texts).contains("Actors", "State", "Alliance", "Links", "Rivalry or threat", "Coercion",
                "War or attack", "Condemnation").doesNotContain("Partnership", "Dialogue", "Member (listed)", "Person");
    }

    @Test
    void aLinkTheExtractorIsLessSureOfIsDrawnFainterAndTheLegendSaysSo() {
        NetworkFilter partnerships = NetworkFilter.ALL.withLinkKinds(Set.of(LinkKind.PARTNERSHIP)).withStructure(false);
        RecordingSurface sure = paintWith(NetworkGraph.of(ModelIndex.of(Briefs.bundled()), partnerships));
        RecordingSurface oneLessSure = paintWith(NetworkGraph.of(ModelIndex.of(Briefs.bundledWithConfidence(
                Map.of("chn-rus-partnership", 0.54))), partnerships));

        double sureAlpha = sure.coloursStroked.stream().mapToDouble(Rgba::alpha).min().orElseThrow();
        assertThat(oneLessSure.coloursStroked).extracting(Rgba::alpha)
                .anySatisfy(alpha -> assertThat(alpha).isCloseTo(sureAlpha * EdgeStyles.LESS_SURE_ALPHA, offset(1e-9)));
        assertThat(oneLessSure.texts).extracting(RecordingSurface.Written::text).anyMatch(text -> text.endsWith("faint: less sure"));
        assertThat(sure.texts).extracting(RecordingSurface.Written::text).noneMatch(text -> text.contains("less sure"));
    }

    private static RecordingSurface paintWith(NetworkGraph shown) {
        double[] shownRadii = NodeSizing.LINKS.radii(shown);
        Positions placed = LayoutKind.CIRCULAR.create().layout(shown, shownRadii, Map.of());
        RecordingSurface surface = new RecordingSurface();
        new NetworkPainter().paint(surface, new NetworkPicture(shown, placed, shownRadii, NodeSizing.LINKS,
                RecordingSurface.fit(shown, placed, shownRadii, 1280, 800), Emphasis.NONE, null, TestStyles.LIGHT, true));
        return surface;
    }

    @Test
    void aFocusLabelsOnlyTheFocusedActors() {
        int japan = graph.nodeOf("jpn").orElseThrow();
        BitSet nodes = new BitSet();
        nodes.set(japan);
        for (int neighbour : graph.neighbours(japan)) {
            nodes.set(neighbour);
        }
        Emphasis focus = new Emphasis(nodes, new BitSet(), japan, -1, -1, -1);

        List<Placed> labels = new NetworkPainter().paint(new RecordingSurface(), picture(fitted(), focus));

        assertThat(labels).extracting(Placed::id).allMatch(nodes::get).contains(japan);
        assertThat(labels).extracting(Placed::text).doesNotContain("Ukraine", "Taiwan");
    }

    @Test
    void whatLiesOutOfViewIsNotDrawn() {
        Viewport away = fitted().panned(100_000, 0);
        RecordingSurface surface = new RecordingSurface();

        List<Placed> labels = new NetworkPainter().paint(surface, picture(away, Emphasis.NONE));

        assertThat(labels).isEmpty();
        RecordingSurface full = new RecordingSurface();
        new NetworkPainter().paint(full, picture(fitted(), Emphasis.NONE));
        assertThat(surface.figures).isLessThan(full.figures / 2);
    }

    @Test
    void aDenseViewDrawsHairlinesAndLabelsOnlyTheLargestOrReadableNodes() {
        NetworkGraph large = NetworkGraph.of(ModelIndex.of(SyntheticNetworks.model(600, 3000, 5)), NetworkFilter.ALL);
        double[] largeRadii = NodeSizing.LINKS.radii(large);
        Positions placed = LayoutKind.CIRCULAR.create().layout(large, largeRadii, Map.of());
        Viewport view = RecordingSurface.fit(large, placed, largeRadii, 1280, 800);
        RecordingSurface surface = new RecordingSurface();

        List<Placed> labels = new NetworkPainter().paint(surface, new NetworkPicture(large, placed, largeRadii,
                NodeSizing.LINKS, view, Emphasis.NONE, null, TestStyles.LIGHT, false));

        assertThat(large.edgeCount()).isGreaterThan(NetworkPainter.DENSE_EDGES);
        assertThat(surface.hairlines).isGreaterThan(NetworkPainter.DENSE_EDGES);
        assertThat(surface.dashesStroked).allMatch(dashes -> dashes.length == 0);
        List<Integer> largest = IntStream.range(0, large.nodeCount()).boxed()
                .sorted(Comparator.<Integer>comparingDouble(node -> largeRadii[node]).reversed()
                        .thenComparing(Comparator.naturalOrder())).limit(15).toList();
        assertThat(labels).isNotEmpty().allMatch(label -> largest.contains(label.id())
                || NetworkPainter.screenRadius(largeRadii[label.id()], view.scale()) >= NetworkPainter.LABEL_MIN_RADIUS);
    }

    @Test
    void aLayeredPictureLeavesTheDraggedNodeToTheOverlayAndLabelsEachNodeOnce() {
        int japan = graph.nodeOf("jpn").orElseThrow();
        int china = graph.nodeOf("chn").orElseThrow();
        NetworkPicture picture = picture(fitted(), Emphasis.NONE.hovering(china, -1));

        List<Placed> scene = new NetworkPainter().paintScene(new RecordingSurface(), picture, japan);
        RecordingSurface overlay = new RecordingSurface();
        new NetworkPainter().paintOverlay(overlay, picture, japan, scene);

        assertThat(scene).extracting(Placed::id).doesNotContain(japan).contains(china);
        assertThat(overlay.texts).extracting(RecordingSurface.Written::text).containsExactly("Japan");
    }

    @Test
    void hitTestingFindsTheNodeAndTheLineUnderThePointer() {
        Viewport view = fitted();
        NetworkPicture picture = picture(view, Emphasis.NONE);
        int japan = graph.nodeOf("jpn").orElseThrow();
        int ukraine = graph.nodeOf("ukr").orElseThrow();
        int russia = graph.nodeOf("rus").orElseThrow();

        assertThat(HitTester.nodeAt(picture, view.screenX(positions.x(japan)) + 2, view.screenY(positions.y(japan))))
                .isEqualTo(japan);
        double midX = (view.screenX(positions.x(ukraine)) + view.screenX(positions.x(russia))) / 2;
        double midY = (view.screenY(positions.y(ukraine)) + view.screenY(positions.y(russia))) / 2;
        assertThat(HitTester.edgeAt(picture, midX, midY)).isEqualTo(graph.edgeOf("rus-ukr-attack").orElseThrow());
        assertThat(HitTester.nodeAt(picture, -50, -50)).isEqualTo(-1);
    }

    private Viewport fitted() {
        return RecordingSurface.fit(graph, positions, radii, 1280, 800);
    }

    private NetworkPicture picture(Viewport view, Emphasis emphasis) {
        return new NetworkPicture(graph, positions, radii, NodeSizing.LINKS, view, emphasis, null, TestStyles.LIGHT,
                true);
    }
}
