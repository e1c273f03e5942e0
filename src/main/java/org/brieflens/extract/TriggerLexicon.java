package org.brieflens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.brieflens.model.LinkKind;
import org.brieflens.model.Vocabulary;

/**
 * The trigger words of links, read from {@code triggers.tsv}: the phrase, the kind of link it
 * states, which end its subject is ({@code source}, {@code target} or {@code either}), whether it
 * counts only as a verb ({@code form} {@code verb}) or only before a word of judgement ({@code form}
 * {@code evaluative}), and its other senses by the class of the
 * words after it ({@code troops=support|envoys=dialogue}, classes from {@code link-words.tsv}).
 * A word ending in "*" matches any word it begins ("condemn*": "condemns", "condemnation"), and
 * "~" stands for a few modifiers ("share ~ data": "share mine-threat data", "entered ~ airspace":
 * "entered Romanian airspace").
 * Triggers match lowercase words only, so names such as "Cold War" or "Freedom Shield" trigger
 * nothing.
 */
final class TriggerLexicon {
    private record Phrase(List<String> words, Trigger trigger) {
    }

    private static final int KEY_LENGTH = 3;
    /** A gap in a phrase, "share ~ data": up to {@link #MAX_GAP} lowercase words or hyphens. */
    private static final String GAP = "~";
    private static final int MAX_GAP = 6;
    private final Map<String, List<Phrase>> byPrefix = new HashMap<>();

    private static final class Holder {
        private static final TriggerLexicon INSTANCE = new TriggerLexicon();
    }

    private TriggerLexicon() {
        for (Map<String, String> row : TsvTable.load("/org/brieflens/extract/triggers.tsv").rows()) {
            LinkKind kind = Vocabulary.parse(LinkKind.class, row.get("kind"))
                    .orElseThrow(() -> new IllegalStateException("unknown link kind in triggers.tsv: " + row.get("kind")));
            Trigger.Role role = Trigger.Role.valueOf(row.get("subject").toUpperCase(Locale.ROOT));
            Map<String, LinkKind> senses = new HashMap<>();
            for (String sense : TsvTable.list(row.get("senses"))) {
                String[] parts = sense.split("=");
                senses.put(parts[0], Vocabulary.parse(LinkKind.class, parts[1])
                        .orElseThrow(() -> new IllegalStateException("unknown link kind in triggers.tsv: " + sense)));
            }
            boolean verbOnly = "verb".equals(row.get("form"));
            boolean evaluative = "evaluative".equals(row.get("form"));
            String text = row.get("phrase");
            List<String> words = new ArrayList<>();
            for (String word : text.split(" ")) {
                if (word.equals(GAP)) {
                    words.add(GAP);
                    continue;
                }
                boolean stem = word.endsWith("*");
                String bare = stem ? word.substring(0, word.length() - 1) : word;
                List<String> parts = Tokeniser.words(bare);
                for (int k = 0; k < parts.size(); k++) {
                    words.add(parts.get(k) + (stem && k == parts.size() - 1 ? "*" : ""));
                }
            }
            byPrefix.computeIfAbsent(key(words.get(0)), prefix -> new ArrayList<>())
                    .add(new Phrase(words, new Trigger(text, kind, role, verbOnly, evaluative, senses)));
        }
        byPrefix.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
    }

    static TriggerLexicon get() {
        return Holder.INSTANCE;
    }

    /** The longest trigger starting at token {@code i} and ending before {@code limit}, or null. */
    PhraseIndex.Match<Trigger> at(List<Token> tokens, int i, int limit) {
        return at(tokens, i, limit, false);
    }

    /**
     * As {@link #at(List, int, int)}; where {@code opensSentence}, a first word capitalised only
     * because it opens the sentence also counts ("Tensions between ...", "Talks with ...").
     */
    PhraseIndex.Match<Trigger> at(List<Token> tokens, int i, int limit, boolean opensSentence) {
        Token first = tokens.get(i);
        boolean capitalisedOpening = opensSentence && first.isCapitalised() && !first.isAllCaps()
                && first.text().substring(1).equals(first.text().substring(1).toLowerCase(Locale.ROOT));
        if (!first.isLowerCase() && !capitalisedOpening) {
            return null;
        }
        List<Phrase> candidates = byPrefix.get(key(first.lower()));
        if (candidates == null) {
            return null;
        }
        for (Phrase phrase : candidates) {
            int end = matchEnd(tokens, i, limit, phrase.words());
            if (end > 0) {
                return new PhraseIndex.Match<>(phrase.trigger(), i, end);
            }
        }
        return null;
    }

    /** Where the phrase matching at {@code i} ends, or -1; a gap ("~") takes the fewest modifiers that let the rest match. */
    private static int matchEnd(List<Token> tokens, int i, int limit, List<String> words) {
        int at = i;
        for (int k = 0; k < words.size(); k++) {
            String word = words.get(k);
            if (word.equals(GAP)) {
                for (int skip = 0; skip <= MAX_GAP && at + skip < limit; skip++) {
                    if (skip > 0 && !isModifier(tokens.get(at + skip - 1))) {
                        return -1;
                    }
                    int end = matchEnd(tokens, at + skip, limit, words.subList(k + 1, words.size()));
                    if (end > 0) {
                        return end;
                    }
                }
                return -1;
            }
            if (at >= limit) {
                return -1;
            }
            String token = at == i && k == 0 ? tokens.get(at).lower() : tokens.get(at).text();
            boolean ok = word.endsWith("*") ? token.startsWith(word.substring(0, word.length() - 1)) : token.equals(word);
            if (!ok) {
                return -1;
            }
            at++;
        }
        return at;
    }

    /**
     * A word that may stand in a gap: "share mine-threat data", "entered Romanian airspace", "keep
     * about 4,500 troops in", 'launched “more than 20” drones at'; a demonym or name in the gap is
     * the trigger's object, which the argument finder reads there.
     */
    private static boolean isModifier(Token token) {
        return token.isLowerCase() || token.is("-") || token.isCapitalised() || token.is("'s") || token.isNumber()
                || token.is("\"");
    }

    private static String key(String word) {
        String bare = word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
        return bare.length() <= KEY_LENGTH ? bare : bare.substring(0, KEY_LENGTH);
    }
}
