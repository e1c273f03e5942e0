package org.brieflens.export.vector;

/**
 * Something that can paint itself as vectors rather than be converted from its scene graph:
 * a canvas that knows what it drew (a network graph), or a whole view. Exports look for it on
 * the view first, then on each node of the view's scene graph; a node that implements it is
 * painted by it, children included, in its own local coordinates.
 *
 * <p>A view that draws on a {@code Canvas} through a small drawing interface of its own
 * implements this by drawing the same picture through an adapter of that interface to a
 * {@link VectorSurface}; without it, the canvas is exported as an image.
 */
@FunctionalInterface
public interface VectorPaintable {

    /**
     * Paints onto {@code surface}, whose origin is this node's (or view's) top left and whose
     * units are its pixels. Called on the JavaFX thread.
     */
    void paintVectors(VectorSurface surface);
}
