package org.brieflens.view.common;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.brieflens.model.Figure;
import org.brieflens.model.ModelIndex;

/**
 * Figures that changed from an earlier one ("42%, up from 28%"): every view draws the pair as
 * one change, and does not show the earlier figure again on its own.
 */
public final class FigureChanges {

    private FigureChanges() {
    }

    /** The earlier figure {@code figure} changed from, if it names one in the same unit. */
    public static Optional<Figure> previousOf(ModelIndex index, Figure figure) {
        return figure.optionalPrevious().flatMap(index::figure).filter(before -> before.unit().equals(figure.unit()));
    }

    /** The ids of the figures that are another's value before. */
    public static Set<String> earlierFigureIds(ModelIndex index) {
        Set<String> earlier = new HashSet<>();
        for (Figure figure : index.model().figures()) {
            previousOf(index, figure).ifPresent(before -> earlier.add(before.id()));
        }
        return earlier;
    }

    /** The earlier value and when it held: "28% (pre-pandemic)", "¥114.3 trillion (2024)". */
    public static String beforeText(Figure before) {
        return FigureFormat.value(before) + before.optionalPeriod().or(() -> before.optionalYear().map(String::valueOf))
                .map(when -> " (" + when + ")").orElse("");
    }
}
