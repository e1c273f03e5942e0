package org.brieflens.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.brieflens.model.BriefModel;
import org.brieflens.model.ModelIndex;
import org.brieflens.network.NetworkFigures;
import org.brieflens.network.NetworkFilter;
import org.brieflens.network.NetworkGraph;
import org.brieflens.network.NodeSizing;
import org.brieflens.network.labels.LabelPlacer;
import org.brieflens.network.layout.LayoutKind;
import org.brieflens.network.layout.Positions;
import org.brieflens.network.paint.Emphasis;
import org.brieflens.network.paint.NetworkPainter;
import org.brieflens.network.paint.NetworkPicture;
import org.brieflens.network.paint.Viewport;
import org.brieflens.network.paint.RecordingSurface;
import org.brieflens.network.paint.TestStyles;
import org.brieflens.testing.Briefs;
import org.brieflens.testing.SyntheticNetworks;

/**
 * How long the Network tab's work takes, on the bundled brief and on a synthetic model of
 * 2,000 actors and 10,000 links: building the graph, each layout, the figures, and one paint
 * (painter and label placement) onto a surface that only records, which is the CPU part of a
 * frame. Run: {@code mvn -q test-compile exec:exec@bench -Dbench="Network -wi 2 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class NetworkLayoutBenchmark {
    @Param({"bundled", "synthetic-2000"})
    public String model;

    private ModelIndex index;
    private NetworkGraph graph;
    private double[] radii;
    private Positions positions;

    @Setup
    public void setUp() {
        BriefModel brief = model.equals("bundled") ? Briefs.bundled() : SyntheticNetworks.large();
        index = ModelIndex.of(brief);
        graph = NetworkGraph.of(index, NetworkFilter.ALL);
        radii = NodeSizing.LINKS.radii(graph);
        positions = LayoutKind.FORCE.create().layout(graph, radii, Map.of());
    }

    @Benchmark
    public NetworkGraph buildGraph() {
        return NetworkGraph.of(index, NetworkFilter.ALL);
    }

    @Benchmark
    public Positions forceLayout() {
        return LayoutKind.FORCE.create().layout(graph, radii, Map.of());
    }

    @Benchmark
    public Positions circularLayout() {
        return LayoutKind.CIRCULAR.create().layout(graph, radii, Map.of());
    }

    @Benchmark
    public Positions byKindLayout() {
        return LayoutKind.BY_KIND.create().layout(graph, radii, Map.of());
    }

    @Benchmark
    public NetworkFigures figures() {
        return NetworkFigures.of(graph, graph.groupings(index));
    }

    /** One paint of the whole network fitted into 1280×800, onto a surface that only counts. */
    @Benchmark
    public List<LabelPlacer.Placed> paintFitted() {
        Viewport view = RecordingSurface.fit(graph, positions, radii, 1280, 800);
        NetworkPicture picture = new NetworkPicture(graph, positions, radii, NodeSizing.LINKS, view, Emphasis.NONE,
                null, TestStyles.LIGHT, true);
        return new NetworkPainter().paint(new RecordingSurface(), picture);
    }
}
