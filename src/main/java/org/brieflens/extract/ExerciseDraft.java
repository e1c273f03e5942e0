package org.brieflens.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.brieflens.model.ExerciseDomain;

/** An exercise as the exercise stage builds it up from the sentences that state it. */
final class ExerciseDraft {
    /** One place the brief states the exercise: tokens {@code [first, end)} of a sentence. */
    record Place(int sentence, int first, int end) {
    }

    String name;
    String baseName;
    final Set<String> participants = new LinkedHashSet<>();
    ExerciseDomain domain = ExerciseDomain.GENERAL;
    String frequency;
    String trend;
    final List<FigureDraft> figures = new ArrayList<>();
    final List<Place> evidence = new ArrayList<>();
    String host;
    Place hostEvidence;
    final String rule;
    final double confidence;

    ExerciseDraft(String name, String rule, double confidence) {
        this.name = name;
        this.baseName = name;
        this.rule = rule;
        this.confidence = confidence;
    }

    int lastSentence() {
        return evidence.isEmpty() ? -1 : evidence.get(evidence.size() - 1).sentence();
    }
}
