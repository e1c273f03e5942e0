package org.brieflens.view.exercises;

import java.util.List;

import org.brieflens.model.ExerciseDomain;

/** The brief's exercises in one domain, by id, with their names. */
public record DomainCount(ExerciseDomain domain, List<String> exerciseIds, List<String> exerciseNames,
        List<String> participants) {
    public DomainCount {
        exerciseIds = List.copyOf(exerciseIds);
        exerciseNames = List.copyOf(exerciseNames);
        participants = List.copyOf(participants);
    }

    public int count() {
        return exerciseIds.size();
    }
}
