package org.brieflens.view.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.brieflens.model.Figure;
import org.brieflens.model.ModelIndex;
import org.brieflens.model.UnitKind;
import org.brieflens.view.common.FigureChanges;
import org.brieflens.view.common.FigureFormat;
import org.brieflens.view.common.ItemDescriptions;

/**
 * Chooses the figures the Overview shows as tiles, and how: every figure in the brief's order,
 * amounts before dates, up to a limit; a figure that an other names as its value before is
 * shown on that figure's tile ("42%, up from 28%") rather than on its own.
 */
public final class HeadlineFigures {

    private HeadlineFigures() {
    }

    public static List<FigureTileSpec> choose(ModelIndex index, int limit) {
        Set<String> earlier = FigureChanges.earlierFigureIds(index);
        List<Figure> candidates = new ArrayList<>();
        for (Figure figure : index.model().figures()) {
            if (!earlier.contains(figure.id())) {
                candidates.add(figure);
            }
        }
        candidates.sort(Comparator.comparing(figure -> figure.unit().kind() == UnitKind.YEAR));
        return candidates.stream().limit(limit).map(figure -> spec(index, figure)).toList();
    }

    /** How many figures can be tiles at all: every figure not shown as another's value before. */
    public static int headlineCount(ModelIndex index) {
        return index.model().figures().size() - FigureChanges.earlierFigureIds(index).size();
    }

    static FigureTileSpec spec(ModelIndex index, Figure figure) {
        double value = figure.value();
        String unit;
        switch (figure.unit().kind()) {
            case PERCENT -> unit = "%";
            case MULTIPLE -> unit = "times";
            case YEAR, COUNT -> unit = "";
            case CURRENCY -> {
                FigureFormat.Scaled scaled = FigureFormat.scaled(value);
                value = scaled.mantissa();
                unit = (scaled.shortWord() + " " + figure.unit().code().toUpperCase(Locale.ROOT)).trim();
            }
            default -> unit = figure.unit().code().replace('_', ' ');
        }
        String title = figure.actors().isEmpty() ? "Not attributed" : ItemDescriptions.actorNames(index, figure.actors());
        return new FigureTileSpec(figure.id(), value, decimals(value), unit, title,
                ItemDescriptions.capitalised(figure.measure()), note(index, figure), figure.actors(),
                ItemDescriptions.of(index, figure));
    }

    private static String note(ModelIndex index, Figure figure) {
        List<String> parts = new ArrayList<>();
        FigureChanges.previousOf(index, figure).ifPresent(before -> parts.add("from " + FigureChanges.beforeText(before)));
        figure.optionalQualifier().ifPresent(qualifier -> parts.add(qualifier + " " + FigureFormat.value(figure)));
        figure.optionalBaselineYear().ifPresent(year -> parts.add("since " + year));
        if (figure.unit().kind() != UnitKind.YEAR) {
            figure.optionalYear().ifPresent(year -> parts.add(String.valueOf(year)));
        }
        figure.optionalPeriod().ifPresent(parts::add);
        return ItemDescriptions.capitalised(String.join(" · ", parts));
    }

    private static int decimals(double value) {
        if (value == Math.rint(value)) {
            return 0;
        }
        return Math.abs(value * 10 - Math.rint(value * 10)) < 1e-9 ? 1 : 2;
    }
}
