package org.brieflens.network.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.brieflens.network.labels.LabelPlacer.Placed;
import org.brieflens.network.labels.LabelPlacer.Request;
import org.brieflens.network.labels.LabelPlacer.Variant;

class LabelPlacerTest {

    @Test
    void placedLabelsNeverOverlapEachOtherOrAnotherNode() {
        SplittableRandom random = new SplittableRandom(11);
        LabelPlacer placer = new LabelPlacer(800, 600);
        List<Request> requests = new ArrayList<>();
        double[][] nodes = new double[300][];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = new double[] {random.nextDouble() * 800, random.nextDouble() * 600, 4 + random.nextDouble() * 8};
            placer.addNode(i, nodes[i][0], nodes[i][1], nodes[i][2]);
            requests.add(request(i, nodes[i], "Actor number " + i, "A" + i, false));
        }

        List<Placed> placed = placer.place(requests);

        assertThat(placed).hasSizeBetween(20, 299);
        for (int a = 0; a < placed.size(); a++) {
            Placed label = placed.get(a);
            assertThat(label.left()).isGreaterThanOrEqualTo(0);
            assertThat(label.top()).isGreaterThanOrEqualTo(0);
            assertThat(label.left() + label.width()).isLessThanOrEqualTo(800);
            assertThat(label.top() + label.height()).isLessThanOrEqualTo(600);
            for (int b = a + 1; b < placed.size(); b++) {
                assertThat(label.overlaps(placed.get(b))).as("%s and %s", label, placed.get(b)).isFalse();
            }
            for (int node = 0; node < nodes.length; node++) {
                if (node != label.id()) {
                    assertThat(covers(label, nodes[node])).as("%s covers node %d", label.text(), node).isFalse();
                }
            }
        }
    }

    @Test
    void higherPriorityLabelsWin() {
        LabelPlacer placer = new LabelPlacer(400, 100);
        placer.addNode(0, 100, 50, 5);
        placer.addNode(1, 100, 50, 5);

        List<Placed> placed = placer.place(List.of(
                request(0, new double[] {100, 50, 5}, "First", "F", false),
                request(1, new double[] {100, 50, 5}, "Second", "S", false)));

        assertThat(placed).extracting(Placed::text).first().isEqualTo("First");
    }

    @Test
    void aCrowdedLabelFallsBackToItsShortFormThenToNothing() {
        LabelPlacer placer = new LabelPlacer(120, 40);
        placer.addNode(0, 60, 20, 4);

        List<Placed> placed = placer.place(List.of(request(0, new double[] {60, 20, 4}, "A name far too long to fit",
                "Short", false)));

        assertThat(placed).extracting(Placed::text).containsExactly("Short");

        LabelPlacer tiny = new LabelPlacer(20, 10);
        assertThat(tiny.place(List.of(request(0, new double[] {10, 5, 4}, "Long name", "Long", false)))).isEmpty();
    }

    @Test
    void aForcedLabelIsShownWhateverItCovers() {
        LabelPlacer tiny = new LabelPlacer(20, 10);

        List<Placed> placed = tiny.place(List.of(request(0, new double[] {10, 5, 4}, "Long name", "Long", true)));

        assertThat(placed).extracting(Placed::text).containsExactly("Long name");
    }

    @Test
    void aLabelGoesWhereItsNodesLinksAreNot() {
        LabelPlacer placer = new LabelPlacer(400, 400);

        Placed left = placer.place(List.of(new Request(0, 200, 200, 5, List.of(new Variant("West", 40)), 14, -1, 0,
                false))).get(0);

        assertThat(left.left() + left.width()).isLessThan(200);
    }

    @Test
    void obstaclesAreKeptClear() {
        LabelPlacer placer = new LabelPlacer(400, 400);
        placer.addObstacle(0, 195, 400, 10);

        Placed label = placer.place(List.of(request(0, new double[] {200, 200, 5}, "Label", "L", false))).get(0);

        assertThat(label.top() >= 205 || label.top() + label.height() <= 195).isTrue();
    }

    private static Request request(int id, double[] node, String full, String shortened, boolean forced) {
        return new Request(id, node[0], node[1], node[2],
                List.of(new Variant(full, full.length() * 7.0), new Variant(shortened, shortened.length() * 7.0)),
                15, 0, 0, forced);
    }

    private static boolean covers(Placed label, double[] node) {
        double nearestX = Math.max(label.left(), Math.min(node[0], label.left() + label.width()));
        double nearestY = Math.max(label.top(), Math.min(node[1], label.top() + label.height()));
        return Math.hypot(node[0] - nearestX, node[1] - nearestY) < node[2];
    }
}
