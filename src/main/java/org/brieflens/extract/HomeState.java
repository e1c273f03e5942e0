package org.brieflens.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.brieflens.model.ActorKind;

/**
 * The state a brief is mostly about, to which a title without a state ("Prime Minister Ishiba",
 * "the Cabinet") belongs: the state with the most mentions, each mention that opens a sentence
 * (where the subject stands) counting three times. Ties go to the state mentioned first.
 */
final class HomeState {
    private static final int SUBJECT_WEIGHT = 3;
    /** How many sentences from the top a dateline may open: a headline or two may come first. */
    private static final int DATELINE_REACH = 3;
    /** What follows a dateline's place: "SEOUL, Aug 29", "ADEN/BRUSSELS", "LONDON —". */
    private static final Set<String> DATELINE_ENDS = Set.of(",", "/", "—", "–", "-", ":");

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

    /**
     * The state whose capital opens the brief as a dateline, "SEOUL, Aug 29 (Reuters) -" or
     * "ADEN/BRUSSELS, Feb 18": where the brief was written, which places the bodies it names
     * without a state. The first capital of a shared dateline counts.
     */
    static Optional<KnownActor> ofDateline(TokenizedBrief tokens, Gazetteer gazetteer) {
        for (int s = 0; s < Math.min(DATELINE_REACH, tokens.sentenceCount()); s++) {
            int i = tokens.firstOf(s);
            List<Token> place = new ArrayList<>();
            while (i < tokens.endOf(s) && tokens.token(i).isAllCaps() && !tokens.token(i).text().contains(".")) {
                String word = tokens.token(i).text();
                place.add(Token.of(place.size(), word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT), 0, 0, 0));
                i++;
            }
            boolean dateline = !place.isEmpty() && i < tokens.endOf(s) && DATELINE_ENDS.contains(tokens.token(i).text());
            if (!dateline) {
                continue;
            }
            PhraseIndex.Match<Surface> match = gazetteer.surfaces().longestAt(place, 0, place.size());
            if (match != null && match.end() == place.size() && match.value().form() == SurfaceForm.CAPITAL) {
                return Optional.ofNullable(match.value().actor());
            }
        }
        return Optional.empty();
    }
}
