package org.brieflens.view.exercises;

import java.util.List;

import org.brieflens.model.ActorKind;

/** How many of the brief's exercises an actor takes part in, and which. */
public record PartnerCount(String actorId, String name, ActorKind kind, List<String> exerciseNames) {
    public PartnerCount {
        exerciseNames = List.copyOf(exerciseNames);
    }

    public int count() {
        return exerciseNames.size();
    }
}
