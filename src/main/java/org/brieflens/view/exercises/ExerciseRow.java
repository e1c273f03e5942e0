package org.brieflens.view.exercises;

import java.util.List;

/** One row of the exercises table: what the columns show, and the actors it concerns. */
public record ExerciseRow(String id, String name, String participants, String domain, String frequency,
        String source, List<String> actors) {
    public ExerciseRow {
        actors = List.copyOf(actors);
    }
}
