package org.brieflens.view.common;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import org.brieflens.model.ActorKind;
import org.brieflens.state.Selection;

/**
 * One row of a {@link DotPlot}, without nodes: who it is about and what it measures, its value
 * and, for a change, the value before ("42%, up from 28%"); the item it stands for (a click
 * selects it) and the actors it concerns (for emphasis). {@code kind} colours its mark.
 */
public record PlotRow(
        String id,
        String actorText,
        String measureText,
        double value,
        OptionalDouble previous,
        String valueText,
        ActorKind kind,
        Selection item,
        List<String> actors,
        String description) {

    public PlotRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(item, "item");
        actors = List.copyOf(actors);
    }

    public boolean isChange() {
        return previous.isPresent();
    }
}
