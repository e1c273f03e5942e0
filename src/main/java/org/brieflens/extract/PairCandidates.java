package org.brieflens.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.brieflens.model.LinkKind;

/**
 * The pairs of actors a sentence names, each described by the words around and between them, for
 * a trained model to judge ({@link LinkPairModel}). The description says nothing about a sentence
 * in particular: the kinds of trigger before, between and after the two names, the words that
 * join them and stand around them, how far apart they are, what kinds of actor they are, and
 * whether the sentence hedges, denies or asks. It is what lets links be found in phrasing the
 * rules were never written for.
 */
final class PairCandidates {
    /** Words whose place next to a name says how it takes part: "from Y", "with Y", "Y and". */
    private static final Set<String> FUNCTION_WORDS = Set.of("with", "from", "to", "by", "against", "and", "of", "for",
            "between", "on", "at", "in", "into", "over", "toward", "towards", "alongside", "including", "as",
            "among", "via", "through", "under", "after", ",", ";", ":", "(", "\"", "—", "–", "'s", "which", "whose",
            "said", "says", "told", "the", "its", "their", "that", "while", "but");
    /** How near a word must be to the pair to describe it. */
    private static final int WORD_WINDOW = 10;

    /** Two actors of one sentence, the first named before the second, and what describes them. */
    record Candidate(String first, String second, Mention firstMention, Mention secondMention, List<String> features) {
    }

    private final ActorTable table;
    private final Function<String, String> lift;
    private final TriggerLexicon lexicon = TriggerLexicon.get();
    private final LinkWords words = LinkWords.get();

    /** {@code lift} gives the state or body an actor belongs to; two actors of one state are no pair. */
    PairCandidates(ActorTable table, Function<String, String> lift) {
        this.table = table;
        this.lift = lift;
    }

    List<Candidate> of(SentenceFrame frame) {
        return of(frame, (one, two) -> true);
    }

    /** The pairs {@code wanted} accepts, described; each pair's actors are given in the order named. */
    List<Candidate> of(SentenceFrame frame, BiPredicate<String, String> wanted) {
        List<Mention> mentions = new ArrayList<>();
        for (Mention mention : table.mentionsIn(frame.sentence)) {
            if (!mention.isPartOfAnother()) {
                mentions.add(mention);
            }
        }
        // The nearest two mentions of each pair of actors stand for the pair.
        Map<String, Mention[]> nearest = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            for (int j = i + 1; j < mentions.size(); j++) {
                Mention one = mentions.get(i);
                Mention two = mentions.get(j);
                if (one.actorKey().equals(two.actorKey()) || lift.apply(one.actorKey()).equals(lift.apply(two.actorKey()))
                        || !wanted.test(one.actorKey(), two.actorKey())) {
                    continue;
                }
                String pair = one.actorKey().compareTo(two.actorKey()) < 0 ? one.actorKey() + " " + two.actorKey()
                        : two.actorKey() + " " + one.actorKey();
                Mention[] best = nearest.get(pair);
                if (best == null || gap(one, two) < gap(best[0], best[1])) {
                    nearest.put(pair, new Mention[] {one, two});
                }
            }
        }
        if (nearest.isEmpty()) {
            return List.of();
        }
        List<TriggerAt> triggers = triggersOf(frame);
        Mood mood = moodOf(frame);
        List<Candidate> candidates = new ArrayList<>();
        for (Mention[] pair : nearest.values()) {
            candidates.add(new Candidate(pair[0].actorKey(), pair[1].actorKey(), pair[0], pair[1],
                    describe(frame, pair[0], pair[1], mentions, triggers, mood)));
        }
        return candidates;
    }

    private record TriggerAt(int first, int end, Trigger trigger) {
    }

    private List<TriggerAt> triggersOf(SentenceFrame frame) {
        List<TriggerAt> found = new ArrayList<>();
        List<Token> tokens = frame.tokens.tokens();
        int i = frame.first;
        while (i < frame.end) {
            PhraseIndex.Match<Trigger> match = lexicon.at(tokens, i, frame.end, i == frame.first);
            // "called" or "described" states a link only with a judgement after it, which the rules read.
            if (match == null || frame.isInMention(i) || match.value().evaluative()) {
                i++;
                continue;
            }
            found.add(new TriggerAt(match.first(), match.end(), match.value()));
            i = match.end();
        }
        return found;
    }

    private List<String> describe(SentenceFrame frame, Mention one, Mention two, List<Mention> mentions,
            List<TriggerAt> triggers, Mood mood) {
        TokenizedBrief tokens = frame.tokens;
        List<String> features = new ArrayList<>();
        features.add("bias");
        String kinds = kindOf(one.actorKey()) + "|" + kindOf(two.actorKey());
        features.add("kinds=" + kinds);
        int gap = gap(one, two);
        features.add("gap=" + bucket(gap));
        int between = 0;
        for (Mention mention : mentions) {
            if (mention.first() >= one.end() && mention.end() <= two.first()) {
                between++;
            }
        }
        features.add("names-between=" + Math.min(between, 3));
        ActorGroup groupOne = groupOf(frame, one);
        if (groupOne != null && groupOne == groupOf(frame, two)) {
            features.add("same-list");
        }
        if (one.possessive()) {
            features.add("first-possessive");
        }
        if (two.possessive()) {
            features.add("second-possessive");
        }
        features.add("before-first=" + wordAt(tokens, one.first() - 1, frame));
        features.add("before-second=" + wordAt(tokens, two.first() - 1, frame));
        features.add("after-second=" + wordAt(tokens, two.end(), frame));
        if (one.first() == firstWordOf(frame)) {
            features.add("first-opens-sentence");
        }
        Clause clause = frame.clauseOf(one.first());
        if (clause != null && clause.equals(frame.clauseOf(two.first()))) {
            features.add("same-clause");
        }
        boolean punctuationBetween = false;
        for (int i = one.end(); i < two.first(); i++) {
            String word = tokens.token(i).lower();
            if (word.equals(";") || word.equals("—") || word.equals("–") || word.equals(":")) {
                punctuationBetween = true;
            }
        }
        if (punctuationBetween) {
            features.add("break-between");
        }
        boolean triggered = false;
        TriggerAt nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (TriggerAt trigger : triggers) {
            String where = trigger.end() <= one.first() ? "before" : trigger.first() >= two.end() ? "after" : "between";
            int distance = where.equals("before") ? one.first() - trigger.end()
                    : where.equals("after") ? trigger.first() - two.end() : 0;
            if (distance > 2 * WORD_WINDOW) {
                continue;
            }
            if (distance < nearestDistance) {
                nearest = trigger;
                nearestDistance = distance;
            }
            triggered = true;
            String near = distance <= WORD_WINDOW / 2 ? "near" : "far";
            for (LinkKind kind : kindsOf(trigger.trigger())) {
                String name = kind.jsonName();
                features.add("trigger-" + where + "=" + name);
                features.add("trigger-" + where + "-" + near + "=" + name);
                features.add("trigger=" + name + "&kinds=" + kinds);
                if (gap <= WORD_WINDOW) {
                    features.add("trigger-close-pair=" + name);
                }
            }
        }
        addMood(features, mood, two);
        addWords(features, frame, one, two);
        if (nearest != null) {
            features.add("nearest-phrase=" + nearest.trigger().phrase());
        }
        if (!triggered) {
            features.add("no-trigger");
        } else {
            String where = nearest.end() <= one.first() ? "before" : nearest.first() >= two.end() ? "after" : "between";
            for (LinkKind kind : kindsOf(nearest.trigger())) {
                String name = kind.jsonName();
                features.add("nearest=" + name);
                features.add("nearest=" + name + "&" + where);
                features.add("nearest=" + name + "&before-second=" + wordAt(tokens, two.first() - 1, frame));
                features.add("nearest=" + name + "&gap=" + bucket(gap));
            }
        }
        return features;
    }

    /** Where the sentence's first hedge ends, whether it denies anything, and whether it asks. */
    private record Mood(int firstHedgeEnd, boolean negation, boolean question) {
    }

    private Mood moodOf(SentenceFrame frame) {
        List<Token> tokens = frame.tokens.tokens();
        int firstHedgeEnd = Integer.MAX_VALUE;
        for (int i = frame.first; i < frame.end && i < firstHedgeEnd; i++) {
            if (words.hedgeAt(tokens, i, frame.end)) {
                int end = i + 1;
                while (!words.hedgeAt(tokens, i, end)) {
                    end++;
                }
                firstHedgeEnd = Math.min(firstHedgeEnd, end);
            }
        }
        boolean negation = false;
        for (int i = frame.first; i < frame.end && !negation; i++) {
            negation = words.is(tokens.get(i), "negation");
        }
        return new Mood(firstHedgeEnd, negation, frame.tokens.token(frame.end - 1).is("?"));
    }

    /** A hedge or negation before the second name, or a question: the rules leave such pairs unlinked on purpose. */
    private static void addMood(List<String> features, Mood mood, Mention two) {
        if (mood.firstHedgeEnd() <= two.first()) {
            features.add("hedge-before-second");
        }
        if (mood.negation()) {
            features.add("negation-in-sentence");
        }
        if (mood.question()) {
            features.add("question");
        }
    }

    private static final int LEXICAL_WINDOW = 4;

    /** The words between the pair, and just outside it, by their first letters: phrasing no trigger names. */
    private static void addWords(List<String> features, SentenceFrame frame, Mention one, Mention two) {
        TokenizedBrief tokens = frame.tokens;
        if (gap(one, two) <= 2 * WORD_WINDOW) {
            for (int i = one.end(); i < two.first(); i++) {
                if (tokens.token(i).isWord() && !frame.isInMention(i)) {
                    features.add("between-word=" + stem(tokens.token(i).lower()));
                }
            }
        }
        for (int i = Math.max(frame.first, one.first() - LEXICAL_WINDOW); i < one.first(); i++) {
            if (tokens.token(i).isWord() && !frame.isInMention(i)) {
                features.add("before-word=" + stem(tokens.token(i).lower()));
            }
        }
        for (int i = two.end(); i < Math.min(frame.end, two.end() + LEXICAL_WINDOW); i++) {
            if (tokens.token(i).isWord() && !frame.isInMention(i)) {
                features.add("after-word=" + stem(tokens.token(i).lower()));
            }
        }
    }

    private static String stem(String word) {
        return word.length() <= 6 ? word : word.substring(0, 6);
    }

    private static List<LinkKind> kindsOf(Trigger trigger) {
        List<LinkKind> kinds = new ArrayList<>();
        kinds.add(trigger.kind());
        for (LinkKind sense : trigger.senses().values()) {
            if (!kinds.contains(sense)) {
                kinds.add(sense);
            }
        }
        return kinds;
    }

    private String kindOf(String key) {
        return table.actor(key).map(actor -> actor.kind().name().toLowerCase(Locale.ROOT)).orElse("unknown");
    }

    private static ActorGroup groupOf(SentenceFrame frame, Mention mention) {
        for (ActorGroup group : frame.groups) {
            if (group.members.contains(mention)) {
                return group;
            }
        }
        return null;
    }

    private static int firstWordOf(SentenceFrame frame) {
        for (int i = frame.first; i < frame.end; i++) {
            if (frame.tokens.token(i).isWord()) {
                return i;
            }
        }
        return frame.first;
    }

    private static String wordAt(TokenizedBrief tokens, int at, SentenceFrame frame) {
        if (at < frame.first || at >= frame.end) {
            return "<edge>";
        }
        String word = tokens.token(at).lower();
        return FUNCTION_WORDS.contains(word) ? word : tokens.token(at).isWord() ? "<word>" : "<mark>";
    }

    private static int gap(Mention one, Mention two) {
        return Math.max(0, two.first() - one.end());
    }

    private static String bucket(int gap) {
        if (gap <= 2) {
            return "0-2";
        }
        if (gap <= 5) {
            return "3-5";
        }
        if (gap <= 10) {
            return "6-10";
        }
        return gap <= 20 ? "11-20" : "21+";
    }
}
