package org.brieflens.view.actors;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;

import org.brieflens.model.Actor;
import org.brieflens.model.ActorKind;
import org.brieflens.model.ModelIndex;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.view.common.ItemDescriptions;

/**
 * What the Actors tab shows, without any nodes: the rows, the filter (words and kinds), how
 * many rows pass it, and the actor whose details are open. The detail actor follows the
 * selection: the selected actor, or for a link, figure or exercise the actor already shown if
 * it takes part, else the first that does; nothing when nothing is selected.
 */
public final class ActorsViewModel {
    private final Workspace workspace;
    private final ObservableList<ActorRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ActorRow> visibleRows = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObservableSet<ActorKind> kinds = FXCollections.observableSet(EnumSet.allOf(ActorKind.class));
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText");
    private final ReadOnlyObjectWrapper<Actor> detailActor = new ReadOnlyObjectWrapper<>(this, "detailActor");

    public ActorsViewModel(Workspace workspace) {
        this.workspace = workspace;
        filterText.addListener((observable, old, text) -> refilter());
        kinds.addListener((SetChangeListener<ActorKind>) change -> refilter());
        workspace.indexProperty().addListener((observable, old, index) -> load(index));
        workspace.selectionProperty().addListener((observable, old, selection) -> follow(selection));
        load(workspace.index());
    }

    public ObservableList<ActorRow> visibleRows() {
        return visibleRows;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** The kinds shown; all of them until the user narrows it. */
    public ObservableSet<ActorKind> kinds() {
        return kinds;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Actor> detailActorProperty() {
        return detailActor.getReadOnlyProperty();
    }

    public Optional<ActorRow> rowOf(String actorId) {
        return rows.stream().filter(row -> row.id().equals(actorId)).findFirst();
    }

    /** The user picked a row: that actor becomes the selection everywhere. */
    public void select(ActorRow row) {
        Selection current = workspace.selection();
        if (!(current instanceof Selection.OfActor actor && actor.id().equals(row.id()))) {
            workspace.selectActor(row.id());
        }
    }

    public void selectActor(String actorId) {
        workspace.selectActor(actorId);
    }

    private void load(ModelIndex index) {
        rows.setAll(index.model().actors().stream().map(actor -> ActorRow.of(index, actor)).toList());
        refilter();
        detailActor.set(null);
        follow(workspace.selection());
    }

    private void refilter() {
        String query = filterText.get();
        Set<ActorKind> shown = Set.copyOf(kinds);
        visibleRows.setPredicate(row -> shown.contains(row.kind()) && row.matches(query));
        int total = rows.size();
        int visible = visibleRows.size();
        countText.set(visible == total ? ItemDescriptions.count(total, "actor")
                : visible + " of " + ItemDescriptions.count(total, "actor"));
    }

    private void follow(Selection selection) {
        ModelIndex index = workspace.index();
        if (selection instanceof Selection.OfActor actor) {
            detailActor.set(index.actor(actor.id()).orElse(null));
            return;
        }
        if (selection.isEmpty()) {
            detailActor.set(null);
            return;
        }
        Set<String> focus = selection.focusActors(index);
        Actor shown = detailActor.get();
        if (focus.isEmpty() || shown != null && focus.contains(shown.id())) {
            return;
        }
        index.model().actors().stream().filter(actor -> focus.contains(actor.id())).findFirst()
                .ifPresent(detailActor::set);
    }
}
