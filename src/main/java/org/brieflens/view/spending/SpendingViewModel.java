package org.brieflens.view.spending;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectProperty;

import org.brieflens.model.ActorKind;
import org.brieflens.model.Figure;
import org.brieflens.model.ModelIndex;
import org.brieflens.model.Unit;
import org.brieflens.model.UnitKind;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.view.common.DerivedContent;
import org.brieflens.view.common.FigureChanges;
import org.brieflens.view.common.FigureFormat;
import org.brieflens.view.common.Focus;
import org.brieflens.view.common.ItemDescriptions;
import org.brieflens.view.common.PlotRow;
import org.brieflens.view.common.PlotScale;

/**
 * What the Spending tab charts, without nodes: one panel per currency (money is never converted
 * or mixed across currencies), one for shares and rates (percent), and one per other unit
 * (counts, multiples, distances). Each figure is a row, grouped by the actors it concerns and
 * then by measure; a figure that names the value it changed from is drawn as that change, and
 * the earlier figure is not repeated. Years are dates, not amounts, and are not charted here.
 */
public final class SpendingViewModel {
    private final DerivedContent<List<FigurePanel>> panels;
    private final ReadOnlyObjectProperty<Focus> focus;

    public SpendingViewModel(Workspace workspace) {
        this.focus = Focus.track(workspace);
        this.panels = new DerivedContent<>(workspace, SpendingViewModel::panelsOf);
    }

    public ReadOnlyObjectProperty<List<FigurePanel>> panelsProperty() {
        return panels.property();
    }

    public List<FigurePanel> panels() {
        return panels.get();
    }

    public ReadOnlyObjectProperty<Focus> focusProperty() {
        return focus;
    }


    static List<FigurePanel> panelsOf(ModelIndex index) {
        Set<String> shownAsBefore = FigureChanges.earlierFigureIds(index);
        Map<Unit, List<Figure>> byUnit = new LinkedHashMap<>();
        for (Figure figure : index.model().figures()) {
            if (figure.unit().kind() != UnitKind.YEAR && !shownAsBefore.contains(figure.id())) {
                byUnit.computeIfAbsent(figure.unit(), unit -> new ArrayList<>()).add(figure);
            }
        }
        List<FigurePanel> result = new ArrayList<>();
        byUnit.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Unit, List<Figure>> entry) -> panelOrder(entry.getKey()))
                        .thenComparing(entry -> -entry.getValue().size()))
                .forEach(entry -> result.add(panel(index, entry.getKey(), entry.getValue())));
        return List.copyOf(result);
    }

    private static int panelOrder(Unit unit) {
        return switch (unit.kind()) {
            case CURRENCY -> 0;
            case PERCENT -> 1;
            case COUNT -> 2;
            case MULTIPLE -> 3;
            default -> 4;
        };
    }

    private static FigurePanel panel(ModelIndex index, Unit unit, List<Figure> figures) {
        List<PlotRow> rows = figures.stream().map(figure -> row(index, figure))
                .sorted(Comparator.comparing(PlotRow::actorText).thenComparing(PlotRow::measureText))
                .toList();
        List<Double> values = new ArrayList<>();
        for (PlotRow row : rows) {
            values.add(row.value());
            row.previous().ifPresent(values::add);
        }
        boolean percent = unit.kind() == UnitKind.PERCENT;
        PlotScale scale = PlotScale.fitting(values, percent);
        return new FigurePanel(title(unit), caption(unit, scale), unit, scale, rows);
    }

    private static String title(Unit unit) {
        return switch (unit.kind()) {
            case CURRENCY -> "Money in " + FigureFormat.currencyName(unit);
            case PERCENT -> "Shares and rates (percent)";
            case COUNT -> "Counts";
            case MULTIPLE -> "Multiples";
            default -> "Measures in " + unit.code().replace('_', ' ');
        };
    }

    private static String caption(Unit unit, PlotScale scale) {
        String what = switch (unit.kind()) {
            case CURRENCY -> FigureFormat.currencyName(unit) + ", as stated in the brief, not converted";
            case PERCENT -> "Percent; a ring and an arrow show the value before a change";
            default -> title(unit);
        };
        return what + (scale.isLogarithmic() ? " — logarithmic scale: each gridline is ten times the last" : "");
    }

    static PlotRow row(ModelIndex index, Figure figure) {
        Optional<Figure> before = FigureChanges.previousOf(index, figure);
        String qualifier = figure.optionalQualifier().map(text -> text + " ").orElse("");
        String value = before.map(earlier -> FigureFormat.value(earlier) + " → " + FigureFormat.value(figure))
                .orElse(qualifier + FigureFormat.value(figure));
        String description = ItemDescriptions.of(index, figure)
                + before.map(earlier -> "; before: " + FigureChanges.beforeText(earlier)).orElse("");
        ActorKind kind = figure.actors().stream().map(index::actor).flatMap(Optional::stream)
                .map(actor -> actor.kind()).findFirst().orElse(null);
        return new PlotRow(figure.id(), figure.actors().isEmpty() ? "Not attributed to an actor" : ItemDescriptions.actorNames(index, figure.actors()), ItemDescriptions.capitalised(figure.measure()),
                figure.value(), before.map(earlier -> OptionalDouble.of(earlier.value())).orElse(OptionalDouble.empty()),
                value, kind, Selection.figure(figure.id()), figure.actors(), description);
    }
}
