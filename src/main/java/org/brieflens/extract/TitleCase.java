package org.brieflens.extract;

import java.util.List;
import java.util.Set;

/** Headlines written in title case, where capitals say nothing about names or designations. */
final class TitleCase {
    /** Words a headline in title case leaves in lower case. */
    private static final Set<String> LOWER_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "to",
            "of", "in", "on", "at", "by", "for", "with", "from", "as", "over", "into", "vs", "via");
    private static final int MIN_HEADLINE_WORDS = 4;
    /** Headlines are short: a longer sentence is not read as one, which also keeps the work linear. */
    private static final int MAX_HEADLINE_TOKENS = 40;

    private TitleCase() {
    }

    /**
     * Whether the tokens from {@code first} to {@code end} are a headline in title case: every word
     * capitalised but short function words.
     */
    static boolean isHeadline(List<Token> t, int first, int end) {
        if (end - first > MAX_HEADLINE_TOKENS) {
            return false;
        }
        int words = 0;
        for (int j = first; j < end; j++) {
            Token token = t.get(j);
            if (!token.isWord() || j > first && t.get(j - 1).end() == token.start()) {
                // "F-16s": what is glued to the token before is part of that word.
                continue;
            }
            words++;
            if (token.isLowerCase() && !LOWER_WORDS.contains(token.text())) {
                return false;
            }
        }
        return words >= MIN_HEADLINE_WORDS;
    }
}
