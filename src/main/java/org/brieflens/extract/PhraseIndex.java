package org.brieflens.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Phrases (sequences of token texts) with a value each, matched against tokens longest first:
 * "South China Sea" wins over "China". Lookup costs a hash probe per token, so matching a brief
 * grows linearly with its length.
 */
public final class PhraseIndex<T> {
    /** A phrase found at a token: its value and the token after its last word. */
    public record Match<T>(T value, int first, int end) {
    }

    private record Entry<T>(List<String> words, T value) {
    }

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();
    private final Function<Token, String> keyOf;

    /** An index matching token texts exactly. */
    public PhraseIndex() {
        this(Token::text);
    }

    /** An index matching what {@code keyOf} makes of each token (lowercase, say). */
    public PhraseIndex(Function<Token, String> keyOf) {
        this.keyOf = keyOf;
    }

    public void add(List<String> words, T value) {
        if (words.isEmpty()) {
            return;
        }
        List<Entry<T>> entries = byFirstWord.computeIfAbsent(words.get(0), word -> new ArrayList<>());
        for (Entry<T> entry : entries) {
            if (entry.words().equals(words)) {
                return;
            }
        }
        entries.add(new Entry<>(List.copyOf(words), value));
        entries.sort(Comparator.comparingInt((Entry<T> entry) -> entry.words().size()).reversed());
    }

    /** The longest phrase starting at token {@code first} and ending before token {@code limit}. */
    public Match<T> longestAt(List<Token> tokens, int first, int limit) {
        List<Entry<T>> entries = byFirstWord.get(keyOf.apply(tokens.get(first)));
        if (entries == null) {
            return null;
        }
        for (Entry<T> entry : entries) {
            int end = first + entry.words().size();
            if (end <= limit && matches(tokens, first, entry.words())) {
                return new Match<>(entry.value(), first, end);
            }
        }
        return null;
    }

    private boolean matches(List<Token> tokens, int first, List<String> words) {
        for (int k = 1; k < words.size(); k++) {
            if (!keyOf.apply(tokens.get(first + k)).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
