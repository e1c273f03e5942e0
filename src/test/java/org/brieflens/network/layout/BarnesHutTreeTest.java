package org.brieflens.network.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BarnesHutTreeTest {

    @Test
    void withoutApproximationItAddsUpEveryPairExactly() {
        int n = 300;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] mass = new double[n];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble() * 1000;
            y[i] = random.nextDouble() * 1000;
            mass[i] = 1 + random.nextInt(5);
        }
        BarnesHutTree tree = new BarnesHutTree();
        tree.build(x, y, mass, n);
        for (int i = 0; i < n; i += 17) {
            double[] approximate = new double[2];
            tree.repulse(i, x[i], y[i], mass[i], 2.0, 0, approximate);
            double[] exact = exact(i, x, y, mass, 2.0);
            assertThat(approximate[0]).isCloseTo(exact[0], within(1e-6 * (1 + Math.abs(exact[0]))));
            assertThat(approximate[1]).isCloseTo(exact[1], within(1e-6 * (1 + Math.abs(exact[1]))));
        }
    }

    @Test
    void farGroupsPushAboutAsHardAsTheirMembers() {
        // A tight cluster far away: its pull is close to the sum of its members'.
        double[] x = {0, 1000, 1001, 1000, 1001};
        double[] y = {0, 1000, 1000, 1001, 1001};
        double[] mass = {1, 1, 1, 1, 1};
        BarnesHutTree tree = new BarnesHutTree();
        tree.build(x, y, mass, 5);
        double[] force = new double[2];

        tree.repulse(0, 0, 0, 1, 1.0, 1.2, force);

        double[] exact = exact(0, x, y, mass, 1.0);
        assertThat(force[0]).isCloseTo(exact[0], within(Math.abs(exact[0]) * 0.01));
        assertThat(force[1]).isCloseTo(exact[1], within(Math.abs(exact[1]) * 0.01));
    }

    @Test
    void coincidentPointsDoNotRecurseForever() {
        double[] x = new double[100];
        double[] y = new double[100];
        double[] mass = new double[100];
        Arrays.fill(mass, 1);
        BarnesHutTree tree = new BarnesHutTree();

        tree.build(x, y, mass, 100);
        double[] force = new double[2];
        tree.repulse(0, 0, 0, 1, 1, 1.2, force);

        assertThat(force).containsExactly(0, 0);
    }

    private static double[] exact(int i, double[] x, double[] y, double[] mass, double coefficient) {
        double[] force = new double[2];
        for (int j = 0; j < x.length; j++) {
            if (j != i) {
                double dx = x[i] - x[j];
                double dy = y[i] - y[j];
                double distance2 = dx * dx + dy * dy;
                force[0] += dx * coefficient * mass[i] * mass[j] / distance2;
                force[1] += dy * coefficient * mass[i] * mass[j] / distance2;
            }
        }
        return force;
    }
}
