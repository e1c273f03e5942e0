package org.brieflens.network.layout;

import java.util.Arrays;
import java.util.List;

/**
 * Where each node of a graph sits, by node index, in world coordinates, and any captions the
 * layout adds. Mutable, because dragging moves a node; a layout always returns a fresh one.
 */
public final class Positions {
    private final double[] x;
    private final double[] y;
    private final List<Caption> captions;

    public Positions(double[] x, double[] y, List<Caption> captions) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
        }
        this.x = x;
        this.y = y;
        this.captions = List.copyOf(captions);
    }

    public static Positions empty(int count) {
        return new Positions(new double[count], new double[count], List.of());
    }

    public int size() {
        return x.length;
    }

    public double x(int node) {
        return x[node];
    }

    public double y(int node) {
        return y[node];
    }

    public Point point(int node) {
        return new Point(x[node], y[node]);
    }

    public void move(int node, double newX, double newY) {
        x[node] = newX;
        y[node] = newY;
    }

    public List<Caption> captions() {
        return captions;
    }

    /** Whether both hold the same coordinates, bit for bit: the same picture. */
    public boolean sameAs(Positions other) {
        return Arrays.equals(x, other.x) && Arrays.equals(y, other.y);
    }
}
