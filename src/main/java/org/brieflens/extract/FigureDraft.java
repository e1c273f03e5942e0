package org.brieflens.extract;

import org.brieflens.model.Unit;

/** A figure as recognised: tokens {@code [first, end)} are its label, the rest describes it. */
final class FigureDraft {
    final int sentence;
    final int first;
    final int end;
    final double value;
    final Unit unit;
    final String qualifier;
    final String rule;
    final double confidence;
    /** "the 29 participating countries": a figure already stated, kept only to add evidence to it. */
    final boolean anaphoric;
    /** Stated in a headline, which the body usually states again. */
    boolean inHeadline;
    String measure = "";
    int measureEnd;
    Integer year;
    Integer baselineYear;
    String period;
    FigureDraft previous;

    FigureDraft(int sentence, int first, int end, double value, Unit unit, String qualifier, String rule,
            double confidence, boolean anaphoric) {
        this.sentence = sentence;
        this.first = first;
        this.end = end;
        this.value = value;
        this.unit = unit;
        this.qualifier = qualifier;
        this.rule = rule;
        this.confidence = confidence;
        this.anaphoric = anaphoric;
        this.measureEnd = end;
    }
}
