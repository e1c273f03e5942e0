package org.brieflens.extract;

import java.util.List;
import java.util.Set;

/**
 * Whether "one" counts something: in a list of counts ("one frigate, one submarine and 8 F-16
 * fighters"), after "only", or after a verb of harm ("wounded one of its servicemen"). Mostly it
 * does not: "one of the largest", "one day", "the one venue", "one senior official said".
 */
final class CountedOne {
    /** Words after "one" that make it no count: "one of", "one another", "one day", "one side". */
    private static final Set<String> ONE_NOT_COUNTED = Set.of("of", "another", "day", "time", "side", "reason", "way",
            "thing", "hand", "point", "more", "other", "such", "step", "option", "example", "hundred", "thousand",
            "dozen", "half", "third", "quarter", "year", "week", "month", "another's", "and", "or", "-", "in", "is",
            "estimate", "count", "account", "view");
    /** Words before "one" that make it no count: "the one venue", "at any one time", "no one". */
    private static final Set<String> NOT_COUNTING_BEFORE_ONE = Set.of("the", "any", "at", "no", "every", "each", "this",
            "that", "which", "as", "is", "was", "than", "no.", "'s", "someone", "anyone", "by", "on");
    /** Verbs of harm or loss after which "one" counts the harmed: "wounded one of its servicemen". */
    private static final Set<String> HARM_VERBS = Set.of("killed", "wounded", "injured", "injuring", "killing",
            "wounding", "lost", "losing", "sank", "sinking", "downed", "seized", "detained", "arrested", "captured");
    /** Verbs of saying after "one ..." that make it an unnamed source: "one senior official said". */
    private static final Set<String> UNNAMED_SOURCE_VERBS = Set.of("said", "says", "told", "noted", "called", "put",
            "estimated", "wrote", "added", "argued", "warned", "according");
    /** How far around "one" its clause and its list may reach: "one hull ... and the other". */
    private static final int REACH = 40;
    /** How far after "one" a verb of saying shows an unnamed source. */
    private static final int SOURCE_REACH = 8;

    private CountedOne() {
    }

    /** Whether "one" at token {@code i} was harmed or lost: "wounded one of its servicemen". */
    static boolean afterHarm(List<Token> t, int i, int first) {
        return i > first && HARM_VERBS.contains(t.get(i - 1).lower());
    }

    /** Whether "one" at token {@code i} counts what follows it. */
    static boolean counts(List<Token> t, int i, int first, int end) {
        String before = i > first ? t.get(i - 1).lower() : "";
        boolean harmed = afterHarm(t, i, first);
        if (i + 1 >= end || !t.get(i + 1).isWord() || NumberReader.scaleOf(t.get(i + 1)) != null
                || NOT_COUNTING_BEFORE_ONE.contains(before)) {
            return false;
        }
        String next = t.get(i + 1).lower();
        if (next.equals("of") ? !harmed : ONE_NOT_COUNTED.contains(next) || FigureRecogniser.STOP_WORDS.contains(next)) {
            return false;
        }
        for (int j = i + 2; j < Math.min(end, i + REACH); j++) {
            boolean source = j < i + SOURCE_REACH && UNNAMED_SOURCE_VERBS.contains(t.get(j).lower());
            boolean atATime = t.get(j).is("at") && j + 2 < end && t.get(j + 2).is("time");
            boolean theOther = t.get(j).is("the") && j + 1 < end && t.get(j + 1).is("other");
            if (source || atATime || theOther) {
                // "one senior official said", "one village at a time", "one hull ... and the other".
                return false;
            }
        }
        if (before.equals("only") && i - 2 >= first && t.get(i - 2).is("the")) {
            // "the only one carrying weapons": a pronoun.
            return false;
        }
        return harmed || before.equals("only") || anotherCountIn(t, i, first, end);
    }

    /** Whether the sentence counts something else near it, with digits or number words: a list of counts. */
    private static boolean anotherCountIn(List<Token> t, int i, int first, int end) {
        for (int j = Math.max(first, i - REACH); j < Math.min(end, i + REACH); j++) {
            Token token = t.get(j);
            if (j != i && (token.isNumber() && !FigureRecogniser.isYear(token) || NumberReader.isWordNumber(token))) {
                return true;
            }
        }
        return false;
    }
}
