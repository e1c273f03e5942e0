package org.brieflens.extract;

import java.util.Set;

/**
 * Training given to another's forces, which supports them, told from training together, which is
 * an exercise: "will train some 200 Philippine coast guard officers", "trained its coast guard",
 * but not "trained with", "training exercises" or "trained together".
 */
final class Teaching {
    private static final Set<String> TRAIN_VERBS = Set.of("train", "trains", "trained", "training");
    /** The people one trains: "200 Philippine coast guard officers", "12 Mongolian pilots". */
    private static final Set<String> TRAINEES = Set.of("officers", "officer", "pilots", "crews", "crew", "cadets",
            "recruits", "sailors", "soldiers", "personnel", "police", "policemen", "guards", "commandos", "troops",
            "marines", "technicians", "engineers", "gunners", "instructors", "staff", "forces", "units");
    /** Words after a verb of training that make it a partnership or an event, not teaching. */
    private static final Set<String> NOT_TRAINEE_WORDS = Set.of("with", "alongside", "aboard", "together", "jointly", "in", "at",
            "on", "for", "during", "under", "from", "to", "by", "off", "near", "over", "across", "exercise", "exercises",
            "drill", "drills", "programme", "program", "programmes", "programs", "course", "courses", "mission",
            "missions", "session", "sessions", "exchange", "exchanges", "centre", "center", "facility", "camp",
            "and", "or", "as", "of");
    private static final Set<String> EQUIPPING = Set.of("equip", "equips", "equipped", "equipping", "advise", "mentor",
            "arm", "arms", "support");
    /** Nouns after "training" that make it something given: "a training package", "training assistance". */
    private static final Set<String> ASSISTANCE = Set.of("package", "packages", "assistance", "aid", "support", "grant",
            "grants", "team", "teams");
    /** How far after the verb the trained may be named. */
    private static final int TRAINEE_REACH = 8;

    private Teaching() {
    }

    /** Whether the word at {@code verb} is a verb of training whose object is the trained. */
    static boolean trainsOthers(SentenceFrame frame, int verb) {
        if (!TRAIN_VERBS.contains(frame.tokens.token(verb).lower())) {
            return false;
        }
        int from = verb + 1;
        if (from + 1 < frame.end && frame.tokens.token(from).is("and") && EQUIPPING.contains(frame.tokens.token(from + 1).lower())) {
            // "will train and equip the Libyan coast guard".
            from += 2;
        }
        if (from < frame.end && ASSISTANCE.contains(frame.tokens.token(from).lower())) {
            // "a training package to the Armed Forces of Ecuador": assistance, not an exercise.
            return true;
        }
        for (int i = from; i < Math.min(frame.end, from + TRAINEE_REACH); i++) {
            Token token = frame.tokens.token(i);
            if (frame.isInMention(i) || TRAINEES.contains(token.lower())) {
                return true;
            }
            boolean filler = token.isNumber() || token.is(",") || token.isLowerCase() && !NOT_TRAINEE_WORDS.contains(token.lower());
            if (!filler) {
                return false;
            }
        }
        return false;
    }
}
