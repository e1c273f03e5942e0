package org.brieflens.export.vector;

import java.util.Map;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ScrollBar;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Path;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;

import org.brieflens.export.image.RasterImage;
import org.brieflens.view.theme.Fonts;

/**
 * Converts a laid-out JavaFX scene graph into vectors: regions' backgrounds and borders,
 * shapes, and text as text in the bundled font, with each node's transform, clip and opacity.
 * What has no vector form here (a canvas, an image, text in a font that cannot be embedded, an
 * unknown kind of node) is embedded as an image of itself; scroll bars are left out. A node
 * that implements {@link VectorPaintable} paints itself. Runs on the JavaFX thread.
 */
public final class SceneToVectors {
    /** JavaFX's style class for the square where two scroll bars meet. */
    private static final String SCROLL_CORNER = "corner";

    private final double rasterScale;
    private final Map<Node, VectorPaintable> painters;
    private final TextPainter texts = new TextPainter();

    private SceneToVectors(double rasterScale, Map<Node, VectorPaintable> painters) {
        this.rasterScale = rasterScale;
        this.painters = Map.copyOf(painters);
    }

    /**
     * Records {@code root} in its own coordinates, cut to {@code width} x {@code height}.
     * Images of nodes without a vector form are taken at {@code rasterScale} pixels per unit.
     * The nodes in {@code painters} are painted by their painter (a view that paints itself).
     */
    public static VectorDrawing record(Node root, double width, double height, double rasterScale,
            Map<Node, VectorPaintable> painters) {
        SceneToVectors converter = new SceneToVectors(rasterScale, painters);
        return VectorDrawing.record(width, height, surface -> {
            surface.save();
            surface.clip(VectorPath.rectangle(0, 0, width, height));
            converter.paintContent(root, surface);
            surface.restore();
        });
    }

    private void paint(Node node, VectorSurface surface) {
        if (!node.isVisible() || node.getOpacity() <= 0 || isChrome(node)) {
            return;
        }
        if (painter(node) == null && !hasVectorForm(node)) {
            raster(node, surface);
            return;
        }
        surface.save();
        surface.transform(affine(node.getLocalToParentTransform()));
        paintContent(node, surface);
        surface.restore();
    }

    /** Paints the node in its own coordinates: opacity, clip, then what it draws. */
    private void paintContent(Node node, VectorSurface surface) {
        surface.multiplyAlpha(node.getOpacity());
        clip(node, surface);
        VectorPaintable painter = painter(node);
        if (painter != null) {
            painter.paintVectors(surface);
        } else if (node instanceof Text text) {
            texts.paint(text, surface);
        } else if (node instanceof Shape shape) {
            shape(shape, surface);
        } else {
            if (node instanceof Region region) {
                RegionPainter.paint(region, surface);
            }
            if (node instanceof Parent parent) {
                for (Node child : parent.getChildrenUnmodifiable()) {
                    paint(child, surface);
                }
            }
        }
    }

    private VectorPaintable painter(Node node) {
        VectorPaintable painter = painters.get(node);
        return painter != null ? painter : node instanceof VectorPaintable paintable ? paintable : null;
    }

    private static boolean hasVectorForm(Node node) {
        if (node instanceof Text text) {
            return Fonts.isBundled(text.getFont().getFamily());
        }
        if (node instanceof Shape shape) {
            return ShapeOutlines.of(shape) != null;
        }
        return node instanceof Parent;
    }

    private static boolean isChrome(Node node) {
        return node instanceof ScrollBar || node.getStyleClass().contains(SCROLL_CORNER);
    }

    private static void clip(Node node, VectorSurface surface) {
        Node clip = node.getClip();
        if (clip == null) {
            return;
        }
        VectorPath outline = clip instanceof Shape shape && !(clip instanceof Text) ? ShapeOutlines.of(shape) : null;
        if (outline == null) {
            Bounds bounds = clip.getBoundsInParent();
            outline = VectorPath.rectangle(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
        } else {
            outline = outline.transformed(affine(clip.getLocalToParentTransform()));
        }
        surface.clip(outline);
    }

    private static void shape(Shape shape, VectorSurface surface) {
        VectorPath outline = ShapeOutlines.of(shape);
        FillRule rule = shape instanceof Path path ? path.getFillRule()
                : shape instanceof SVGPath svg ? svg.getFillRule() : FillRule.NON_ZERO;
        Color fill = Paints.flat(shape.getFill());
        if (fill != null) {
            surface.fill(outline, fill, rule);
        }
        Color stroke = Paints.flat(shape.getStroke());
        if (stroke != null && shape.getStrokeWidth() > 0) {
            surface.stroke(outline, stroke, new StrokeStyle(shape.getStrokeWidth(), shape.getStrokeLineCap(),
                    shape.getStrokeLineJoin(), shape.getStrokeMiterLimit(), shape.getStrokeDashArray(),
                    shape.getStrokeDashOffset()));
        }
    }

    /**
     * The node as an image over its bounds in its parent: a snapshot renders the node with its
     * own transform, opacity and clip, so it is drawn in the parent's coordinates.
     */
    private void raster(Node node, VectorSurface surface) {
        Bounds bounds = node.getBoundsInParent();
        if (bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
            return;
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setTransform(Transform.scale(rasterScale, rasterScale));
        WritableImage image = node.snapshot(parameters, null);
        surface.image(RasterImage.of(image), bounds.getMinX(), bounds.getMinY(), bounds.getWidth(),
                bounds.getHeight());
    }

    static Affine2D affine(Transform transform) {
        return new Affine2D(transform.getMxx(), transform.getMxy(), transform.getTx(), transform.getMyx(),
                transform.getMyy(), transform.getTy());
    }
}
