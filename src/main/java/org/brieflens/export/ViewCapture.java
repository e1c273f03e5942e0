package org.brieflens.export;

import java.util.List;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

import org.brieflens.export.image.RasterImage;
import org.brieflens.export.vector.SceneToVectors;
import org.brieflens.export.vector.VectorDrawing;
import org.brieflens.export.vector.VectorPaintable;
import org.brieflens.model.Evidence;
import org.brieflens.tasks.FxThread;
import org.brieflens.view.BriefView;

/**
 * What an export takes of one view on the JavaFX thread, to be encoded on any other: its
 * image (if asked for), its drawing as vectors (if asked for) and the evidence it shows.
 */
public record ViewCapture(String id, String title, RasterImage image, VectorDrawing drawing,
        List<Evidence> evidence) {

    /** Pixels per unit of the images embedded in vector exports (canvases): sharp when printed. */
    static final double EMBEDDED_IMAGE_SCALE = 2;

    /**
     * Shows {@code view} at the rendering's layout size and captures it. Called from any
     * thread: the JavaFX work is done on the JavaFX thread, with a turn of its event queue
     * between showing the view and capturing it, for what the view put off until then (a canvas
     * painted in a later turn).
     */
    public static ViewCapture take(OffscreenViews views, BriefView view, ImageSize.Rendering rendering,
            boolean image, boolean vectors, boolean transparent) {
        OffscreenViews.ShownPage shown = FxThread.call(() -> views.show(view, rendering.layoutWidth(),
                rendering.layoutHeight(), transparent));
        try {
            FxThread.drainQueue();
        } catch (RuntimeException e) {
            FxThread.call(() -> {
                shown.close();
                return null;
            });
            throw e;
        }
        // Captured and taken down in one turn: each hand-over to the JavaFX thread costs a wake-up.
        return FxThread.call(() -> {
            try {
                shown.settle();
                Region page = shown.page();
                RasterImage picture = image ? snapshot(page, rendering) : null;
                VectorDrawing drawing = vectors ? SceneToVectors.record(page, rendering.layoutWidth(),
                        rendering.layoutHeight(), EMBEDDED_IMAGE_SCALE, painters(shown.view())) : null;
                return new ViewCapture(view.id(), view.title(), picture, drawing,
                        shown.view().evidenceShown(views.workspace().index()));
            } finally {
                shown.close();
            }
        });
    }

    public boolean hasImage() {
        return image != null;
    }

    public boolean hasDrawing() {
        return drawing != null;
    }

    private static RasterImage snapshot(Region page, ImageSize.Rendering rendering) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setTransform(Transform.scale(rendering.scale(), rendering.scale()));
        WritableImage image = new WritableImage(rendering.pixelWidth(), rendering.pixelHeight());
        return RasterImage.of(page.snapshot(parameters, image));
    }

    /** A view that paints itself as vectors does so in place of its node. */
    private static Map<Node, VectorPaintable> painters(BriefView view) {
        return view instanceof VectorPaintable paintable ? Map.of(view.node(), paintable) : Map.of();
    }
}
