package org.brieflens.network.labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Places node labels so that none overlaps another label or another node: each label, in
 * order of priority, tries its text in full and then shortened, at eight positions around its
 * node (starting on the side away from the node's links), and takes the first that is free;
 * a label with no free place is left out, unless it is forced (the hovered or selected node),
 * when it takes its first place regardless. Free space is tracked in a grid of cells over the
 * view, so each try looks only at what lies near it.
 */
public final class LabelPlacer {
    /** Space between a node's edge and its label. */
    static final double GAP = 3;
    private static final double CELL = 48;
    private static final double[][] DIRECTIONS = {
        {1, 0}, {-1, 0}, {0, 1}, {0, -1}, {0.7071, -0.7071}, {-0.7071, -0.7071}, {0.7071, 0.7071}, {-0.7071, 0.7071}
    };

    /** One way to write a label: its text and its measured width. */
    public record Variant(String text, double width) {
    }

    /**
     * A node asking for a label: its centre and radius on screen, its texts (full first), the
     * text height, the direction it would rather put its label in (0, 0 for none), and whether it
     * must be shown whatever it covers.
     */
    public record Request(int id, double x, double y, double radius, List<Variant> variants, double height,
            double preferX, double preferY, boolean forced) {
        public Request {
            variants = List.copyOf(variants);
        }
    }

    /** A label placed: the node it belongs to, the text chosen and its box. */
    public record Placed(int id, String text, double left, double top, double width, double height) {
        public boolean overlaps(Placed other) {
            return left < other.left + other.width && other.left < left + width
                    && top < other.top + other.height && other.top < top + height;
        }
    }

    private final double width;
    private final double height;
    private final int columns;
    private final int rows;
    private final List<List<double[]>> boxes;
    private final List<List<double[]>> discs;

    /** A placer for a view of this size; labels must lie wholly inside it. */
    public LabelPlacer(double width, double height) {
        this.width = width;
        this.height = height;
        columns = Math.max(1, (int) Math.ceil(width / CELL));
        rows = Math.max(1, (int) Math.ceil(height / CELL));
        boxes = new ArrayList<>(columns * rows);
        discs = new ArrayList<>(columns * rows);
        for (int i = 0; i < columns * rows; i++) {
            boxes.add(new ArrayList<>(2));
            discs.add(new ArrayList<>(2));
        }
    }

    /** Marks a node's disc as space no label may cover (other than its own). */
    public void addNode(int id, double x, double y, double radius) {
        double[] disc = {x, y, radius, id};
        forCells(x - radius, y - radius, x + radius, y + radius, cell -> discs.get(cell).add(disc));
    }

    /** Marks a box (a legend, a caption) as space no label may cover. */
    public void addObstacle(double left, double top, double boxWidth, double boxHeight) {
        occupy(new double[] {left, top, left + boxWidth, top + boxHeight});
    }

    /** Places the requests in the order given (highest priority first). */
    public List<Placed> place(List<Request> requests) {
        List<Placed> placed = new ArrayList<>();
        for (Request request : requests) {
            Placed label = place(request);
            if (label != null) {
                placed.add(label);
                occupy(new double[] {label.left(), label.top(), label.left() + label.width(),
                    label.top() + label.height()});
            }
        }
        return placed;
    }

    private Placed place(Request request) {
        int[] order = order(request.preferX(), request.preferY());
        for (Variant variant : request.variants()) {
            for (int direction : order) {
                double[] box = box(request, variant.width(), DIRECTIONS[direction]);
                if (inside(box) && free(box, request.id())) {
                    return new Placed(request.id(), variant.text(), box[0], box[1], box[2] - box[0], box[3] - box[1]);
                }
            }
        }
        if (request.forced() && !request.variants().isEmpty()) {
            Variant full = request.variants().get(0);
            double[] box = box(request, full.width(), DIRECTIONS[order[0]]);
            return new Placed(request.id(), full.text(), box[0], box[1], box[2] - box[0], box[3] - box[1]);
        }
        return null;
    }

    /** The eight directions, the preferred one first, then by closeness to it; right first when none. */
    private static int[] order(double preferX, double preferY) {
        Integer[] order = {0, 1, 2, 3, 4, 5, 6, 7};
        double length = Math.hypot(preferX, preferY);
        if (length > 1e-9) {
            double px = preferX / length;
            double py = preferY / length;
            Arrays.sort(order, (a, b) -> Double.compare(
                    -(DIRECTIONS[a][0] * px + DIRECTIONS[a][1] * py), -(DIRECTIONS[b][0] * px + DIRECTIONS[b][1] * py)));
        }
        int[] result = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            result[i] = order[i];
        }
        return result;
    }

    /** The label's box {left, top, right, bottom} beside the node in {@code direction}. */
    private static double[] box(Request request, double labelWidth, double[] direction) {
        double reach = request.radius() + GAP;
        double h = request.height();
        double left;
        double top;
        if (direction[1] == 0) {
            left = direction[0] > 0 ? request.x() + reach : request.x() - reach - labelWidth;
            top = request.y() - h / 2;
        } else if (direction[0] == 0) {
            left = request.x() - labelWidth / 2;
            top = direction[1] > 0 ? request.y() + reach : request.y() - reach - h;
        } else {
            double cornerX = request.x() + direction[0] * reach;
            double cornerY = request.y() + direction[1] * reach;
            left = direction[0] > 0 ? cornerX : cornerX - labelWidth;
            top = direction[1] > 0 ? cornerY : cornerY - h;
        }
        return new double[] {left, top, left + labelWidth, top + h};
    }

    private boolean inside(double[] box) {
        return box[0] >= 0 && box[1] >= 0 && box[2] <= width && box[3] <= height;
    }

    private boolean free(double[] box, int owner) {
        boolean[] free = {true};
        forCells(box[0], box[1], box[2], box[3], cell -> {
            if (!free[0]) {
                return;
            }
            for (double[] other : boxes.get(cell)) {
                if (box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]) {
                    free[0] = false;
                    return;
                }
            }
            for (double[] disc : discs.get(cell)) {
                if ((int) disc[3] != owner && circleMeetsBox(disc, box)) {
                    free[0] = false;
                    return;
                }
            }
        });
        return free[0];
    }

    private static boolean circleMeetsBox(double[] disc, double[] box) {
        double nearestX = Math.max(box[0], Math.min(disc[0], box[2]));
        double nearestY = Math.max(box[1], Math.min(disc[1], box[3]));
        double dx = disc[0] - nearestX;
        double dy = disc[1] - nearestY;
        return dx * dx + dy * dy < disc[2] * disc[2];
    }

    private void occupy(double[] box) {
        forCells(box[0], box[1], box[2], box[3], cell -> boxes.get(cell).add(box));
    }

    private void forCells(double left, double top, double right, double bottom, IntConsumer action) {
        int firstColumn = clamp((int) Math.floor(left / CELL), columns);
        int lastColumn = clamp((int) Math.floor(right / CELL), columns);
        int firstRow = clamp((int) Math.floor(top / CELL), rows);
        int lastRow = clamp((int) Math.floor(bottom / CELL), rows);
        if (right < 0 || bottom < 0 || left > width || top > height) {
            return;
        }
        for (int row = firstRow; row <= lastRow; row++) {
            for (int column = firstColumn; column <= lastColumn; column++) {
                action.accept(row * columns + column);
            }
        }
    }

    private static int clamp(int value, int count) {
        return Math.max(0, Math.min(count - 1, value));
    }
}
