package org.brieflens.view.network;

import java.util.List;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;

import org.brieflens.export.vector.VectorPaintable;
import org.brieflens.export.vector.VectorSurface;
import org.brieflens.network.NetworkGraph;
import org.brieflens.network.labels.LabelPlacer.Placed;
import org.brieflens.network.paint.Emphasis;
import org.brieflens.network.paint.NetworkPainter;
import org.brieflens.network.paint.NetworkPicture;
import org.brieflens.network.paint.NetworkStyle;
import org.brieflens.network.paint.Viewport;
import org.brieflens.view.theme.Theme;

/**
 * The network drawn on one canvas, and the view of it: where it is zoomed and panned to, what
 * the pointer is over, which node is being dragged ({@link NetworkGestures} turns the pointer
 * and keys into these). A canvas rather than a node per shape, because thousands of actors must
 * redraw within a frame; what is drawn is the painter's, so an export draws the same picture.
 *
 * <p>A small network is painted whole on every change. A large one is painted in layers: the
 * still scene is rendered once into an image; while the user pans or zooms that image is moved
 * and scaled, and while a node is dragged the scene leaves it out and only the node, its lines
 * and the highlights are painted over it on each frame. Once the pointer rests the scene is
 * rendered again, sharp, where the view now is.
 */
final class NetworkCanvas extends Region implements VectorPaintable {
    /** Room beside the outermost nodes for their labels, which mostly run sideways. */
    private static final double FIT_MARGIN_X = 80;
    private static final double FIT_MARGIN_Y = 28;
    /** Above these sizes a full paint no longer fits in a frame: the canvas paints in layers. */
    static final int LAYERED_NODES = 300;
    static final int LAYERED_EDGES = 1500;
    /** How long the view must rest after a pan or zoom before the scene is rendered again. */
    private static final Duration SETTLE = Duration.millis(160);

    private final NetworkViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final Canvas sceneCanvas = new Canvas();
    private final FxTextMetrics metrics = new FxTextMetrics();
    private final HairlineLayer hairlines = new HairlineLayer();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private WritableImage sceneImage;
    private Viewport sceneViewport;
    private boolean sceneValid;
    private long lastMoveNanos;
    private final NetworkPainter painter = new NetworkPainter();
    private NetworkStyle style;
    private Viewport viewport = new Viewport(1, 0, 0, 0, 0);
    private boolean fitted = true;
    private boolean paintPending;
    private int hoveredNode = -1;
    private int hoveredEdge = -1;
    private int draggedNode = -1;
    private List<Placed> labels = List.of();

    NetworkCanvas(NetworkViewModel viewModel, ObservableValue<Theme> theme) {
        this.viewModel = viewModel;
        getChildren().add(canvas);
        getStyleClass().add("bl-network-canvas");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        style = NetworkStyles.of(theme.getValue());
        theme.addListener((observable, old, now) -> {
            style = NetworkStyles.of(now);
            invalidateScene();
        });
        viewModel.revisionProperty().addListener((observable, old, now) -> {
            // While a node is dragged the scene leaves it out: moving it changes only the overlay.
            if (draggedNode < 0) {
                sceneValid = false;
            }
            requestPaint();
        });
        settle.setOnFinished(event -> requestPaint());
        viewModel.arrangementProperty().addListener((observable, old, now) -> fit());
        viewModel.graphProperty().addListener((observable, old, now) -> {
            hoveredNode = -1;
            hoveredEdge = -1;
            if (fitted) {
                fit();
            }
        });
        viewModel.emphasisProperty().addListener((observable, old, now) -> bringIntoView(now.selectedNode()));
        updateAccessibleText();
        viewModel.summaryProperty().addListener((observable, old, now) -> updateAccessibleText());
    }

    /** Paints the picture as it is now for a vector export (SVG, PDF): the same painter, on its surface. */
    @Override
    public void paintVectors(VectorSurface surface) {
        painter.paint(new VectorNetworkSurface(surface, metrics), picture());
    }

    /** The picture as it is now, for tests and exports. */
    NetworkPicture picture() {
        Emphasis emphasis = viewModel.emphasis().hovering(hoveredNode, hoveredEdge);
        return new NetworkPicture(viewModel.graph(), viewModel.positions(), viewModel.radii(),
                viewModel.sizingProperty().get(), viewport, emphasis, viewModel.pinned(), style, true);
    }

    Viewport viewport() {
        return viewport;
    }

    /** Whether this network is painted in layers (see the class comment). */
    boolean layered() {
        NetworkGraph graph = viewModel.graph();
        return graph.nodeCount() > LAYERED_NODES || graph.edgeCount() > LAYERED_EDGES;
    }

    /** The labels of the latest paint. */
    List<Placed> labels() {
        return labels;
    }

    /** Where a node is drawn, in this region's coordinates. */
    Point2D nodeCentre(int node) {
        return new Point2D(viewport.screenX(viewModel.positions().x(node)), viewport.screenY(viewModel.positions().y(node)));
    }

    /** Shows every node, as large as fits (but no larger than 1.5 times). */
    void fit() {
        fitted = true;
        NetworkGraph graph = viewModel.graph();
        double width = getWidth();
        double height = getHeight();
        if (graph.isEmpty() || width <= 0 || height <= 0) {
            requestPaint();
            return;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int node = 0; node < graph.nodeCount(); node++) {
            double r = viewModel.radii()[node];
            minX = Math.min(minX, viewModel.positions().x(node) - r);
            maxX = Math.max(maxX, viewModel.positions().x(node) + r);
            minY = Math.min(minY, viewModel.positions().y(node) - r);
            maxY = Math.max(maxY, viewModel.positions().y(node) + r);
        }
        for (var caption : viewModel.positions().captions()) {
            minY = Math.min(minY, caption.y() - 12);
        }
        viewport = new Viewport(1, 0, 0, width, height);
        double legend = NetworkPainter.legendHeight(picture(), metrics);
        viewport = Viewport.fitting(minX, minY, maxX, maxY, width, height, height - legend, FIT_MARGIN_X, FIT_MARGIN_Y);
        requestPaint();
    }

    void zoom(double factor, double x, double y) {
        viewport = viewport.zoomed(factor, x, y);
        fitted = false;
        moved();
    }

    void pan(double dx, double dy) {
        viewport = viewport.panned(dx, dy);
        fitted = false;
        moved();
    }

    /** Starts dragging a node: from now on the scene leaves it out. */
    void beginDrag(int node) {
        draggedNode = node;
        invalidateScene();
    }

    /** Moves the dragged node under the pointer at {@code (x, y)}; the view-model pins it there. */
    void dragTo(double x, double y) {
        viewModel.moveNode(draggedNode, viewport.worldX(x), viewport.worldY(y));
    }

    void endDrag() {
        if (draggedNode >= 0) {
            draggedNode = -1;
            invalidateScene();
        }
    }

    /** The view moved: a layered canvas shows its scene moved until the view rests. */
    private void moved() {
        lastMoveNanos = System.nanoTime();
        if (layered()) {
            settle.playFromStart();
        }
        requestPaint();
    }

    private void invalidateScene() {
        sceneValid = false;
        requestPaint();
    }

    /** Redraws at once: for the frame-time probe and tests, which time or inspect one paint. */
    void paintNow() {
        paintPending = false;
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        GraphicsContext context = canvas.getGraphicsContext2D();
        context.clearRect(0, 0, width, height);
        if (width <= 0 || height <= 0) {
            return;
        }
        FxSurface surface = new FxSurface(context, metrics, hairlines);
        NetworkPicture picture = picture();
        if (!layered()) {
            labels = painter.paint(surface, picture);
            surface.flushHairlines();
            return;
        }
        // Resting is judged when painting, not when a timer fires: after a slow frame the timer may
        // be due although the pointer is still moving, and a render then would slow the next frame.
        boolean resting = System.nanoTime() - lastMoveNanos >= SETTLE.toMillis() * 1_000_000;
        if (!sceneValid || resting && !viewport.equals(sceneViewport)) {
            renderScene(picture);
        }
        context.setFill(Color.color(style.background().red(), style.background().green(), style.background().blue()));
        context.fillRect(0, 0, width, height);
        double scale = viewport.scale() / sceneViewport.scale();
        // A moving scene is redrawn sharp once it rests; until then the cheapest scaling will do.
        context.setImageSmoothing(scale == 1);
        context.drawImage(sceneImage, viewport.offsetX() - scale * sceneViewport.offsetX(),
                viewport.offsetY() - scale * sceneViewport.offsetY(), sceneImage.getWidth() * scale,
                sceneImage.getHeight() * scale);
        painter.paintOverlay(surface, picture, draggedNode, labels);
        if (picture.legend()) {
            painter.paintLegend(surface, picture);
        }
        surface.flushHairlines();
    }

    /** Renders the still scene (no hover, no dragged node, no legend) into an image. */
    private void renderScene(NetworkPicture picture) {
        sceneCanvas.setWidth(canvas.getWidth());
        sceneCanvas.setHeight(canvas.getHeight());
        GraphicsContext context = sceneCanvas.getGraphicsContext2D();
        context.clearRect(0, 0, sceneCanvas.getWidth(), sceneCanvas.getHeight());
        FxSurface surface = new FxSurface(context, metrics, hairlines);
        Emphasis still = picture.emphasis().hovering(-1, -1);
        labels = painter.paintScene(surface, new NetworkPicture(picture.graph(), picture.positions(), picture.radii(),
                picture.sizing(), picture.viewport(), still, picture.pinned(), picture.style(), picture.legend()),
                draggedNode);
        surface.flushHairlines();
        int imageWidth = (int) Math.ceil(sceneCanvas.getWidth());
        int imageHeight = (int) Math.ceil(sceneCanvas.getHeight());
        if (sceneImage == null || sceneImage.getWidth() != imageWidth || sceneImage.getHeight() != imageHeight) {
            sceneImage = new WritableImage(imageWidth, imageHeight);
        }
        sceneCanvas.snapshot(null, sceneImage);
        sceneViewport = viewport;
        sceneValid = true;
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            viewport = viewport.resized(width, height);
            sceneValid = false;
            if (fitted) {
                fit();
            } else {
                requestPaint();
            }
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 400;
    }

    /** Several changes in one event (a selection and a hover) draw once. */
    private void requestPaint() {
        if (!paintPending) {
            paintPending = true;
            Platform.runLater(() -> {
                if (paintPending) {
                    paintNow();
                }
            });
        }
    }

    /** Pans just enough to show a node the selection focused that lies outside the view. */
    private void bringIntoView(int node) {
        if (node < 0 || node >= viewModel.graph().nodeCount() || getWidth() <= 0) {
            return;
        }
        Point2D centre = nodeCentre(node);
        double margin = 40;
        if (centre.getX() < margin || centre.getX() > getWidth() - margin || centre.getY() < margin
                || centre.getY() > getHeight() - margin) {
            viewport = viewport.centredOn(viewModel.positions().x(node), viewModel.positions().y(node), getHeight());
            fitted = false;
            requestPaint();
        }
    }

    /** What the pointer is over; a change repaints the highlights. */
    void hover(int node, int edge) {
        if (node == hoveredNode && edge == hoveredEdge) {
            return;
        }
        hoveredNode = node;
        hoveredEdge = edge;
        requestPaint();
    }

    int hoveredNode() {
        return hoveredNode;
    }

    int hoveredEdge() {
        return hoveredEdge;
    }

    private void updateAccessibleText() {
        setAccessibleText("Network of " + viewModel.summaryProperty().get());
    }
}
