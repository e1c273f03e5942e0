package org.brieflens.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.brieflens.model.ActorKind;

/**
 * The state a brief is mostly about, to which a title without a state ("Prime Minister Ishiba",
 * "the Cabinet") belongs: the state with the most mentions, each mention that opens a sentence
 * (where the subject stands) counting three times. Ties go to the state mentioned first.
 */
final class HomeState {
    private static final int SUBJECT_WEIGHT = 3;

    private HomeState() {
    }

    static Optional<ActorDraft> of(ActorTable table) {
        List<ActorDraft> ranked = ranked(table);
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
    }

    /** The brief's states, most salient first. */
    static List<ActorDraft> ranked(ActorTable table) {
        List<ActorDraft> states = new ArrayList<>();
        Map<String, Integer> scores = new HashMap<>();
        for (ActorDraft actor : table.actors()) {
            if (actor.kind() != ActorKind.STATE) {
                continue;
            }
            int score = 0;
            for (Mention mention : actor.mentions()) {
                score += mention.first() == table.tokens().firstOf(mention.sentence()) ? SUBJECT_WEIGHT : 1;
            }
            states.add(actor);
            scores.put(actor.key(), score);
        }
        // A stable sort keeps the order of first mention among equal scores.
        states.sort(Comparator.comparingInt((ActorDraft actor) -> scores.get(actor.key())).reversed());
        return states;
    }
}
