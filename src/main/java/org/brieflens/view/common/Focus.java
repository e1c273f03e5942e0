package org.brieflens.view.common;

import java.util.Collection;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.brieflens.model.ModelIndex;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;

/**
 * The selection as the charts see it: the item selected and the actors to emphasise. View-models
 * keep one up to date with {@link #track(Workspace)}; views ask it how to draw each element.
 */
public record Focus(Set<String> actors, Selection selection) {
    public static final Focus NONE = new Focus(Set.of(), Selection.NONE);

    public Focus {
        actors = Set.copyOf(actors);
    }

    public static Focus of(Selection selection, ModelIndex index) {
        return new Focus(selection.focusActors(index), selection);
    }

    /** How to draw an element that stands for {@code item} and concerns {@code itemActors}. */
    public Emphasis emphasisOf(Collection<String> itemActors, Selection item) {
        return Emphasis.of(itemActors, actors, !selection.isEmpty() && selection.equals(item));
    }

    /** A property that follows the workspace's selection (and its model, whose ids it reads). */
    public static ReadOnlyObjectProperty<Focus> track(Workspace workspace) {
        ReadOnlyObjectWrapper<Focus> focus = new ReadOnlyObjectWrapper<>(of(workspace.selection(), workspace.index()));
        workspace.selectionProperty().addListener((observable, old, selection) ->
                focus.set(of(selection, workspace.index())));
        workspace.indexProperty().addListener((observable, old, index) -> focus.set(of(workspace.selection(), index)));
        return focus.getReadOnlyProperty();
    }
}
