package org.brieflens.network.paint;

import org.brieflens.model.ActorKind;

/**
 * The shape of each actor kind, so that kinds differ by more than colour: states are circles,
 * alliances hexagons, groupings pentagons, organisations diamonds, people triangles and
 * companies squares. Shapes are scaled to about the area of a circle of the given radius.
 */
public final class NodeShapes {

    private NodeShapes() {
    }

    /** Adds the shape of {@code kind} centred on {@code (x, y)} to the surface's path. */
    public static void add(Surface surface, ActorKind kind, double x, double y, double radius) {
        switch (kind) {
            case STATE -> surface.circle(x, y, radius);
            case ALLIANCE -> polygon(surface, x, y, radius * 1.10, 6, 0);
            case GROUPING -> polygon(surface, x, y, radius * 1.15, 5, -Math.PI / 2);
            case ORGANISATION -> polygon(surface, x, y, radius * 1.25, 4, -Math.PI / 2);
            case PERSON -> polygon(surface, x, y + radius * 0.15, radius * 1.35, 3, -Math.PI / 2);
            case COMPANY -> polygon(surface, x, y, radius * 1.25, 4, -Math.PI / 4);
            default -> throw new IllegalArgumentException("no shape for " + kind);
        }
    }

    private static void polygon(Surface surface, double x, double y, double radius, int corners, double start) {
        for (int i = 0; i < corners; i++) {
            double angle = start + 2 * Math.PI * i / corners;
            double px = x + radius * Math.cos(angle);
            double py = y + radius * Math.sin(angle);
            if (i == 0) {
                surface.moveTo(px, py);
            } else {
                surface.lineTo(px, py);
            }
        }
        surface.closePath();
    }
}
