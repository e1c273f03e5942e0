package org.brieflens.view;

import java.util.List;

import javafx.scene.Node;

import org.brieflens.model.Evidence;
import org.brieflens.model.ModelEvidence;
import org.brieflens.model.ModelIndex;

/**
 * One tab of the window. A view observes the workspace it was made with and draws itself; it
 * never reaches into another view. Its id names it on the command line and in file names.
 *
 * <p>Every view exports as it is: images are snapshots of its node, vectors are converted from
 * its scene graph. A view that draws on a canvas should also implement
 * {@link org.brieflens.export.vector.VectorPaintable} (on itself or on the canvas's node), or
 * its canvas is exported as an image.
 */
public interface BriefView {

    /** A stable lowercase name: "overview", "network", "source". */
    String id();

    /** The tab's title. */
    String title();

    /** The node shown in the tab. */
    Node node();

    /**
     * Whether an export must draw this view in a window of its own, the only one showing: TilesFX
     * tiles lay out when their own window first shows, not when they join a window already
     * showing. Other views share one window, and the styling JavaFX works out for it.
     */
    default boolean needsAWindowOfItsOwn() {
        return false;
    }

    /**
     * The evidence behind what this view shows of {@code index}'s model, which a PDF export
     * quotes beneath the view. By default everything in the model; a view showing less (one
     * chart of figures, only the selection) says so.
     */
    default List<Evidence> evidenceShown(ModelIndex index) {
        return ModelEvidence.of(index.model());
    }
}
