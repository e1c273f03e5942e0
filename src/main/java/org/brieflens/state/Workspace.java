package org.brieflens.state;

import java.util.Objects;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.brieflens.ingest.LoadedBrief;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Evidence;
import org.brieflens.model.ModelIndex;

/**
 * The one observable state of a BriefLens window: the open brief, its index, the selection, and
 * the latest request to show a sentence in the source. It changes only through its commands;
 * every view observes it and none pushes into another.
 *
 * <p>Views that draw the model observe {@link #indexProperty()}: it changes after the brief,
 * so when it fires, {@link #brief()} and {@link #index()} agree.
 */
public final class Workspace {
    private final ReadOnlyObjectWrapper<LoadedBrief> brief = new ReadOnlyObjectWrapper<>(this, "brief");
    private final ReadOnlyObjectWrapper<ModelIndex> index = new ReadOnlyObjectWrapper<>(this, "index");
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection", Selection.NONE);
    private final ReadOnlyObjectWrapper<Evidence> revealed = new ReadOnlyObjectWrapper<>(this, "revealed");

    public Workspace(LoadedBrief initial) {
        open(initial);
    }

    /** Shows another brief; the selection is cleared, as its ids belong to the old model. */
    public void open(LoadedBrief loaded) {
        Objects.requireNonNull(loaded, "loaded");
        selection.set(Selection.NONE);
        revealed.set(null);
        brief.set(loaded);
        index.set(ModelIndex.of(loaded.model()));
    }

    /** Replaces the model of the open brief (an edit), keeping the selection if it still exists. */
    public void replaceModel(BriefModel model) {
        LoadedBrief current = brief.get();
        ModelIndex newIndex = ModelIndex.of(model);
        if (!selection.get().existsIn(newIndex)) {
            selection.set(Selection.NONE);
        }
        brief.set(new LoadedBrief(model, current.file(), current.origin(), current.notices()));
        index.set(newIndex);
    }

    public void select(Selection newSelection) {
        selection.set(Objects.requireNonNull(newSelection, "newSelection"));
    }

    public void selectActor(String actorId) {
        select(Selection.actor(actorId));
    }

    public void clearSelection() {
        select(Selection.NONE);
    }

    /** Asks the source view to show this evidence; it is the latest such request. */
    public void reveal(Evidence evidence) {
        // Set through null so that revealing the same sentence twice still notifies.
        revealed.set(null);
        revealed.set(Objects.requireNonNull(evidence, "evidence"));
    }

    public ReadOnlyObjectProperty<LoadedBrief> briefProperty() {
        return brief.getReadOnlyProperty();
    }

    public LoadedBrief brief() {
        return brief.get();
    }

    public BriefModel model() {
        return brief.get().model();
    }

    public ReadOnlyObjectProperty<ModelIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ModelIndex index() {
        return index.get();
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public Selection selection() {
        return selection.get();
    }

    public ReadOnlyObjectProperty<Evidence> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }
}
