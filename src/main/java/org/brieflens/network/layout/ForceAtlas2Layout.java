package org.brieflens.network.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.brieflens.network.NetworkGraph;
import org.brieflens.network.NetworkGraph.Edge;

/**
 * ForceAtlas2 (Jacomy et al., 2014, as in Gephi): linked nodes attract in proportion to their
 * distance, all nodes repel in proportion to their degrees over their distance, gravity keeps
 * unlinked parts near, and each node's speed adapts to how much it swings, so the layout
 * settles without a cooling schedule to tune. Above {@value #BARNES_HUT_ABOVE} nodes the
 * repulsion is approximated with a Barnes–Hut quadtree, and attraction grows with the logarithm
 * of the distance (ForceAtlas2's LinLog mode): a large network then falls into visible clusters
 * instead of one even disc, while a brief's few dozen actors read best spread out linearly.
 *
 * <p>Start positions come from each actor's id through a fixed seed, so the same model always
 * gives the same picture, and hiding an actor does not reshuffle the others' starting points.
 * The result is scaled so that the median link is {@value #EDGE_LENGTH} units long and turned
 * to lie widthwise, the parts no link joins are packed in rows under the largest
 * ({@link ComponentPacking}), then overlapping nodes are pushed apart. Pinned actors are honoured by a second, shorter run in
 * world units from that result with the pins held fixed.
 */
public final class ForceAtlas2Layout implements NetworkLayout {
    static final int BARNES_HUT_ABOVE = 250;
    static final double EDGE_LENGTH = 120;
    private static final long SEED = 0x5EED_B41E_F1E5L;
    /**
     * How far a cell must be, relative to its size, to push as one body. Coarser than Gephi's
     * 1.2: at the sizes it applies to the picture does not visibly change, and the layout of
     * 2,000 actors takes half the time.
     */
    private static final double THETA = 2.0;
    private static final double GRAVITY = 1.0;
    private static final double JITTER_TOLERANCE = 1.0;

    private final int iterations;

    public ForceAtlas2Layout() {
        this(0);
    }

    /** @param iterations how many steps to run, or 0 for as many as the graph's size calls for */
    public ForceAtlas2Layout(int iterations) {
        this.iterations = iterations;
    }

    @Override
    public Positions layout(NetworkGraph graph, double[] radii, Map<String, Point> pins) {
        int n = graph.nodeCount();
        if (n == 0) {
            return Positions.empty(0);
        }
        double[] x = new double[n];
        double[] y = new double[n];
        double spread = Math.sqrt(n) * 10;
        for (int i = 0; i < n; i++) {
            SplittableRandom random = new SplittableRandom(SEED ^ graph.node(i).actorId().hashCode() * 0x9E3779B97F4A7C15L);
            x[i] = (random.nextDouble() - 0.5) * spread;
            y[i] = (random.nextDouble() - 0.5) * spread;
        }
        int steps = iterations > 0 ? iterations : defaultIterations(n);
        boolean[] fixed = new boolean[n];
        double scaling = n >= 100 ? 2.0 : 10.0;
        new Simulation(graph, x, y, fixed, scaling, GRAVITY).run(steps);
        double scale = EDGE_LENGTH / Math.max(1e-9, medianEdgeLength(graph, x, y));
        centreAndScale(x, y, scale);
        alignWithWidth(x, y);
        if (pins.isEmpty()) {
            ComponentPacking.apply(graph, x, y, radii);
        }
        if (applyPins(graph, pins, x, y, fixed)) {
            // Forces scale with the picture when repulsion grows with the square of the scale and
            // gravity with the scale itself: the same layout, run where the pins are.
            new Simulation(graph, x, y, fixed, scaling * scale * scale, GRAVITY * scale).run(Math.max(50, steps / 3));
        }
        OverlapRemoval.apply(x, y, radii, fixed);
        return new Positions(x, y, List.of());
    }

    /** Small graphs settle in a few hundred steps; large ones get fewer, each far more costly. */
    static int defaultIterations(int n) {
        if (n <= 100) {
            return 800;
        }
        return n <= 1000 ? 500 : 300;
    }

    static boolean applyPins(NetworkGraph graph, Map<String, Point> pins, double[] x, double[] y, boolean[] fixed) {
        boolean any = false;
        for (Map.Entry<String, Point> pin : pins.entrySet()) {
            Integer node = graph.nodeOf(pin.getKey()).orElse(null);
            if (node != null) {
                x[node] = pin.getValue().x();
                y[node] = pin.getValue().y();
                fixed[node] = true;
                any = true;
            }
        }
        return any;
    }

    static double medianEdgeLength(NetworkGraph graph, double[] x, double[] y) {
        if (graph.edgeCount() == 0) {
            return EDGE_LENGTH;
        }
        double[] lengths = new double[graph.edgeCount()];
        for (Edge edge : graph.edges()) {
            lengths[edge.index()] = Math.hypot(x[edge.source()] - x[edge.target()], y[edge.source()] - y[edge.target()]);
        }
        Arrays.sort(lengths);
        return lengths[lengths.length / 2];
    }

    private static void centreAndScale(double[] x, double[] y, double scale) {
        double meanX = Arrays.stream(x).average().orElse(0);
        double meanY = Arrays.stream(y).average().orElse(0);
        for (int i = 0; i < x.length; i++) {
            x[i] = (x[i] - meanX) * scale;
            y[i] = (y[i] - meanY) * scale;
        }
    }

    /**
     * Turns the picture so that its longest extent runs across: screens and slides are wider
     * than tall, and a force layout's orientation is arbitrary anyway.
     */
    static void alignWithWidth(double[] x, double[] y) {
        double xx = 0;
        double yy = 0;
        double xy = 0;
        for (int i = 0; i < x.length; i++) {
            xx += x[i] * x[i];
            yy += y[i] * y[i];
            xy += x[i] * y[i];
        }
        double angle = -0.5 * Math.atan2(2 * xy, xx - yy);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        for (int i = 0; i < x.length; i++) {
            double turnedX = x[i] * cos - y[i] * sin;
            y[i] = x[i] * sin + y[i] * cos;
            x[i] = turnedX;
        }
    }

    /** One run of the algorithm over arrays, following Gephi's ForceAtlas2 step by step. */
    private static final class Simulation {
        private final int n;
        private final double[] x;
        private final double[] y;
        private final boolean[] fixed;
        private final double[] mass;
        private final int[] sources;
        private final int[] targets;
        private final double[] dx;
        private final double[] dy;
        private final double[] oldDx;
        private final double[] oldDy;
        private final double scaling;
        private final double gravity;
        private final BarnesHutTree tree;
        private final boolean linLog;
        private final double[] force = new double[2];
        private double speed = 1;
        private double speedEfficiency = 1;

        Simulation(NetworkGraph graph, double[] x, double[] y, boolean[] fixed, double scaling, double gravity) {
            this.n = graph.nodeCount();
            this.x = x;
            this.y = y;
            this.fixed = fixed;
            this.scaling = scaling;
            this.gravity = gravity;
            mass = new double[n];
            for (int i = 0; i < n; i++) {
                mass[i] = graph.degree(i) + 1;
            }
            sources = new int[graph.edgeCount()];
            targets = new int[graph.edgeCount()];
            for (Edge edge : graph.edges()) {
                sources[edge.index()] = edge.source();
                targets[edge.index()] = edge.target();
            }
            dx = new double[n];
            dy = new double[n];
            oldDx = new double[n];
            oldDy = new double[n];
            tree = n > BARNES_HUT_ABOVE ? new BarnesHutTree() : null;
            linLog = n > BARNES_HUT_ABOVE;
        }

        void run(int steps) {
            for (int step = 0; step < steps; step++) {
                step();
            }
        }

        private void step() {
            System.arraycopy(dx, 0, oldDx, 0, n);
            System.arraycopy(dy, 0, oldDy, 0, n);
            Arrays.fill(dx, 0);
            Arrays.fill(dy, 0);
            repulse();
            attract();
            pullTowardsCentre();
            adjustSpeed();
            move();
        }

        private void repulse() {
            if (tree != null) {
                tree.build(x, y, mass, n);
                for (int i = 0; i < n; i++) {
                    force[0] = 0;
                    force[1] = 0;
                    tree.repulse(i, x[i], y[i], mass[i], scaling, THETA, force);
                    dx[i] += force[0];
                    dy[i] += force[1];
                }
                return;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double xDist = x[i] - x[j];
                    double yDist = y[i] - y[j];
                    double distance2 = xDist * xDist + yDist * yDist;
                    if (distance2 > 0) {
                        double factor = scaling * mass[i] * mass[j] / distance2;
                        dx[i] += xDist * factor;
                        dy[i] += yDist * factor;
                        dx[j] -= xDist * factor;
                        dy[j] -= yDist * factor;
                    }
                }
            }
        }

        private void attract() {
            for (int e = 0; e < sources.length; e++) {
                int a = sources[e];
                int b = targets[e];
                double xDist = x[a] - x[b];
                double yDist = y[a] - y[b];
                double factor = 1;
                if (linLog) {
                    double distance = Math.sqrt(xDist * xDist + yDist * yDist);
                    factor = distance > 0 ? Math.log(1 + distance) / distance : 0;
                }
                dx[a] -= xDist * factor;
                dy[a] -= yDist * factor;
                dx[b] += xDist * factor;
                dy[b] += yDist * factor;
            }
        }

        private void pullTowardsCentre() {
            for (int i = 0; i < n; i++) {
                double distance = Math.sqrt(x[i] * x[i] + y[i] * y[i]);
                if (distance > 0) {
                    double factor = gravity * mass[i] / distance;
                    dx[i] -= x[i] * factor;
                    dy[i] -= y[i] * factor;
                }
            }
        }

        /** Gephi's adaptive speed: faster while nodes move steadily, slower while they swing. */
        private void adjustSpeed() {
            double totalSwinging = 0;
            double totalTraction = 0;
            for (int i = 0; i < n; i++) {
                if (!fixed[i]) {
                    totalSwinging += mass[i] * Math.hypot(oldDx[i] - dx[i], oldDy[i] - dy[i]);
                    totalTraction += mass[i] * 0.5 * Math.hypot(oldDx[i] + dx[i], oldDy[i] + dy[i]);
                }
            }
            if (totalSwinging == 0 || totalTraction == 0) {
                return;
            }
            double estimatedJitter = 0.05 * Math.sqrt(n);
            double minJitter = Math.sqrt(estimatedJitter);
            double jitter = JITTER_TOLERANCE * Math.max(minJitter,
                    Math.min(10, estimatedJitter * totalTraction / ((double) n * n)));
            double minSpeedEfficiency = 0.05;
            if (totalSwinging / totalTraction > 2.0) {
                if (speedEfficiency > minSpeedEfficiency) {
                    speedEfficiency *= 0.5;
                }
                jitter = Math.max(jitter, JITTER_TOLERANCE);
            }
            double targetSpeed = jitter * speedEfficiency * totalTraction / totalSwinging;
            if (totalSwinging > jitter * totalTraction) {
                if (speedEfficiency > minSpeedEfficiency) {
                    speedEfficiency *= 0.7;
                }
            } else if (speed < 1000) {
                speedEfficiency *= 1.3;
            }
            speed = speed + Math.min(targetSpeed - speed, 0.5 * speed);
        }

        private void move() {
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    continue;
                }
                double swinging = mass[i] * Math.hypot(oldDx[i] - dx[i], oldDy[i] - dy[i]);
                double factor = speed / (1 + Math.sqrt(speed * swinging));
                x[i] += dx[i] * factor;
                y[i] += dy[i] * factor;
            }
        }
    }
}
