package org.brieflens.view.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.brieflens.model.Evidence;
import org.brieflens.model.ModelIndex;
import org.brieflens.state.Selection;

/**
 * The evidence behind the items a view shows, each once and in the order of the text: what a
 * view answers for {@link org.brieflens.view.BriefView#evidenceShown}. A figure shown with the
 * value it changed from brings that value's evidence too.
 */
public final class ShownEvidence {

    private ShownEvidence() {
    }

    public static List<Evidence> of(ModelIndex index, Stream<Selection> items) {
        Set<Evidence> all = new LinkedHashSet<>();
        items.forEach(item -> {
            all.addAll(item.evidence(index));
            if (item instanceof Selection.OfFigure figure) {
                index.figure(figure.id()).flatMap(found -> found.optionalPrevious()).flatMap(index::figure)
                        .ifPresent(previous -> all.addAll(previous.evidence()));
            }
        });
        List<Evidence> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Evidence::start).thenComparingInt(Evidence::end));
        return sorted;
    }
}
