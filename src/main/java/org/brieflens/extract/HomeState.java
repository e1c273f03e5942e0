package org.brieflens.extract;

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
        ActorDraft best = null;
        int bestScore = 0;
        for (ActorDraft actor : table.actors()) {
            if (actor.kind() != ActorKind.STATE) {
                continue;
            }
            int score = 0;
            for (Mention mention : actor.mentions()) {
                score += mention.first() == table.tokens().firstOf(mention.sentence()) ? SUBJECT_WEIGHT : 1;
            }
            if (score > bestScore) {
                best = actor;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
