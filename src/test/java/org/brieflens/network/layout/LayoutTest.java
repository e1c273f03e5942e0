package org.brieflens.network.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.brieflens.extract.BriefExtractor;
import org.brieflens.ingest.Extraction;
import org.brieflens.model.ModelIndex;
import org.brieflens.network.NetworkFilter;
import org.brieflens.network.NetworkGraph;
import org.brieflens.network.NodeSizing;
import org.brieflens.testing.Briefs;
import org.brieflens.testing.SyntheticNetworks;

class LayoutTest {
    private final NetworkGraph bundled = NetworkGraph.of(ModelIndex.of(Briefs.bundled()), NetworkFilter.ALL);
    private final double[] radii = NodeSizing.LINKS.radii(bundled);

    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void theSameModelAlwaysGivesTheSamePicture(LayoutKind kind) {
        NetworkGraph again = NetworkGraph.of(ModelIndex.of(Briefs.bundled()), NetworkFilter.ALL);

        Positions first = kind.create().layout(bundled, radii, Map.of());
        Positions second = kind.create().layout(again, NodeSizing.LINKS.radii(again), Map.of());

        assertThat(first.sameAs(second)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void pinnedActorsStayWhereTheyWerePut(LayoutKind kind) {
        Map<String, Point> pins = Map.of("jpn", new Point(400, -300), "chn", new Point(-250, 120));

        Positions positions = kind.create().layout(bundled, radii, pins);

        assertThat(positions.point(bundled.nodeOf("jpn").orElseThrow())).isEqualTo(new Point(400, -300));
        assertThat(positions.point(bundled.nodeOf("chn").orElseThrow())).isEqualTo(new Point(-250, 120));
    }

    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void noTwoNodesOverlap(LayoutKind kind) {
        Positions positions = kind.create().layout(bundled, radii, Map.of());

        for (int a = 0; a < bundled.nodeCount(); a++) {
            for (int b = a + 1; b < bundled.nodeCount(); b++) {
                double distance = Math.hypot(positions.x(a) - positions.x(b), positions.y(a) - positions.y(b));
                assertThat(distance).as("%s and %s", bundled.node(a).name(), bundled.node(b).name())
                        .isGreaterThanOrEqualTo(radii[a] + radii[b]);
            }
        }
    }

    @Test
    void aForceLayoutPutsLinkedActorsNearerThanUnlinkedOnes() {
        Positions positions = new ForceAtlas2Layout().layout(bundled, radii, Map.of());

        double linked = 0;
        for (var edge : bundled.edges()) {
            linked += distance(positions, edge.source(), edge.target());
        }
        linked /= bundled.edgeCount();
        double all = 0;
        int pairs = 0;
        for (int a = 0; a < bundled.nodeCount(); a++) {
            for (int b = a + 1; b < bundled.nodeCount(); b++) {
                all += distance(positions, a, b);
                pairs++;
            }
        }
        assertThat(linked).isLessThan(0.7 * all / pairs);
    }

    @Test
    void partsThatNoLinkJoinsLieSideBySideNotFarApart() {
        String text = "Japan, Australia, India and the United States held naval drills. Chile condemned Peru.";
        NetworkGraph parts = NetworkGraph.of(ModelIndex.of(new BriefExtractor().extract(Briefs.brief(text),
                Extraction.Progress.NONE)), NetworkFilter.ALL);
        double[] partRadii = NodeSizing.LINKS.radii(parts);

        Positions positions = new ForceAtlas2Layout().layout(parts, partRadii, Map.of());

        int chile = parts.nodeOf("chl").orElseThrow();
        int japan = parts.nodeOf("jpn").orElseThrow();
        double nearest = Double.POSITIVE_INFINITY;
        for (String main : new String[] {"jpn", "aus", "ind", "usa"}) {
            nearest = Math.min(nearest, distance(positions, chile, parts.nodeOf(main).orElseThrow()));
        }
        assertThat(nearest).isLessThan(4 * ForceAtlas2Layout.EDGE_LENGTH);
        assertThat(distance(positions, chile, parts.nodeOf("per").orElseThrow()))
                .isLessThan(distance(positions, chile, japan) + ForceAtlas2Layout.EDGE_LENGTH);
    }

    @Test
    void aForceLayoutScalesToItsMedianLinkAndLiesWidthwise() {
        Positions positions = new ForceAtlas2Layout().layout(bundled, radii, Map.of());

        double[] x = new double[bundled.nodeCount()];
        double[] y = new double[bundled.nodeCount()];
        for (int node = 0; node < x.length; node++) {
            x[node] = positions.x(node);
            y[node] = positions.y(node);
        }
        assertThat(ForceAtlas2Layout.medianEdgeLength(bundled, x, y)).isCloseTo(ForceAtlas2Layout.EDGE_LENGTH,
                within(ForceAtlas2Layout.EDGE_LENGTH * 0.25));
        assertThat(spread(x)).isGreaterThanOrEqualTo(spread(y));
    }

    @Test
    void aLargeGraphLaysOutDeterministicallyWithBarnesHut() {
        NetworkGraph large = NetworkGraph.of(ModelIndex.of(SyntheticNetworks.model(400, 1200, 7)), NetworkFilter.ALL);
        assertThat(large.nodeCount()).isGreaterThan(ForceAtlas2Layout.BARNES_HUT_ABOVE);
        double[] largeRadii = NodeSizing.LINKS.radii(large);
        ForceAtlas2Layout layout = new ForceAtlas2Layout(60);

        Positions first = layout.layout(large, largeRadii, Map.of());
        Positions second = layout.layout(large, largeRadii, Map.of());

        assertThat(first.sameAs(second)).isTrue();
        for (int node = 0; node < large.nodeCount(); node++) {
            assertThat(Double.isFinite(first.x(node)) && Double.isFinite(first.y(node))).isTrue();
        }
    }

    @Test
    void theCircleFollowsTheLinks() {
        Positions positions = new CircularLayout().layout(bundled, radii, Map.of());

        double radius = Math.hypot(positions.x(0), positions.y(0));
        for (int node = 0; node < bundled.nodeCount(); node++) {
            assertThat(Math.hypot(positions.x(node), positions.y(node))).isCloseTo(radius, within(1e-6));
        }
        // The walk starts at the most linked actor and goes on to its most linked neighbour.
        assertThat(CircularLayout.order(bundled)).extracting(node -> bundled.node(node).actorId())
                .startsWith("nato", "jpn");
    }

    @Test
    void groupingByKindCaptionsEachKind() {
        Positions positions = new KindGroupLayout().layout(bundled, radii, Map.of());

        assertThat(positions.captions()).extracting(Caption::text).containsExactly("States (14)", "Alliance (1)",
                "Groupings (2)", "Organisations (3)", "People (2)", "Company (1)");
    }

    private static double distance(Positions positions, int a, int b) {
        return Math.hypot(positions.x(a) - positions.x(b), positions.y(a) - positions.y(b));
    }

    private static double spread(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        return Arrays.stream(values).map(value -> (value - mean) * (value - mean)).sum();
    }
}
