package org.brieflens.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The evidence a whole model rests on: every mention, link, figure and exercise's. */
public final class ModelEvidence {

    private ModelEvidence() {
    }

    /** Each piece of evidence once, in the order of the text. */
    public static List<Evidence> of(BriefModel model) {
        Set<Evidence> all = new LinkedHashSet<>();
        model.actors().forEach(actor -> all.addAll(actor.mentions()));
        model.links().forEach(link -> all.addAll(link.evidence()));
        model.figures().forEach(figure -> all.addAll(figure.evidence()));
        model.exercises().forEach(exercise -> all.addAll(exercise.evidence()));
        List<Evidence> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Evidence::start).thenComparingInt(Evidence::end));
        return sorted;
    }

    /** The indexes of the sentences {@code evidence} lies in, each once, in order. */
    public static List<Integer> sentences(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::sentence).distinct().sorted().toList();
    }
}
