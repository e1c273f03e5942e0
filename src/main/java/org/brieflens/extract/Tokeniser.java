package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

/**
 * Cuts normalised text into tokens: words (with digits inside, "IP4", "K2"), dotted acronyms
 * ("U.S."), numbers with their separators ("25,000", "115.5"), ordinals ("3rd"), the possessive
 * "'s", currency signs with their country prefix ("A$", "US$", "Tw$"), currency codes and signs written
 * as words onto their amount ("EUR5", "Rs58,000") and single punctuation marks.
 * Hyphens are tokens of their own, so "China-Russia" is three tokens and "Self-Defense" matches
 * however it is written next to other words.
 */
public final class Tokeniser {
    private static final String CURRENCY_SIGNS = "$¥€£₩₹₵";
    /** The length of an ISO 4217 currency code. */

    private Tokeniser() {
    }

    /** Tokens of the whole text; {@code sentenceOf} gives the sentence of an original offset, or -1. */
    public static List<Token> tokenise(NormalisedText normalised, IntUnaryOperator sentenceOf) {
        List<Token> tokens = new ArrayList<>();
        String text = normalised.text();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end = tokenEnd(text, i);
            int start = normalised.originalStart(i);
            int sentence = sentenceOf.applyAsInt(start);
            if (sentence >= 0) {
                tokens.add(Token.of(tokens.size(), text.substring(i, end), start, normalised.originalEnd(end), sentence));
            }
            i = end;
        }
        return tokens;
    }

    /** The token texts of a short phrase, as a gazetteer surface is matched. */
    public static List<String> words(String phrase) {
        NormalisedText normalised = TextNormaliser.normalise(phrase);
        List<String> words = new ArrayList<>();
        for (Token token : tokenise(normalised, offset -> 0)) {
            words.add(token.text());
        }
        return words;
    }

    private static int tokenEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == 's'
                && (i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
            return i + 2;
        }
        if (Character.isDigit(c)) {
            return numberEnd(text, i);
        }
        if (Character.isLetter(c)) {
            int acronym = dottedAcronymEnd(text, i);
            if (acronym > 0) {
                return acronym;
            }
            int letters = signOntoAmountEnd(text, i);
            if (letters > 0) {
                return letters;
            }
            int j = i;
            while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || isInnerApostrophe(text, j))) {
                j++;
            }
            if (j < text.length() && CURRENCY_SIGNS.indexOf(text.charAt(j)) >= 0 && j - i <= 3
                    && (isUpper(text, i, j) || Currencies.isSign(text.substring(i, j + 1)))) {
                // "A$", "US$", and the few signs written in mixed case: "Tw$".
                return j + 1;
            }
            return j;
        }
        return i + 1;
    }

    private static int numberEnd(String text, int i) {
        int j = i;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (Character.isDigit(c)) {
                j++;
            } else if ((c == ',' || c == '.') && j + 1 < text.length() && Character.isDigit(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        // Ordinals: "3rd", "21st", "7th".
        if (j + 2 <= text.length()) {
            String suffix = text.substring(j, j + 2).toLowerCase(Locale.ROOT);
            boolean wordEnds = j + 2 == text.length() || !Character.isLetter(text.charAt(j + 2));
            if (wordEnds && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
                return j + 2;
            }
        }
        return j;
    }

    /** "U.S.", "U.K.", "D.C.": single letters each followed by a full stop, at least two. */
    private static int dottedAcronymEnd(String text, int i) {
        int j = i;
        int letters = 0;
        while (j + 1 < text.length() && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.') {
            letters++;
            j += 2;
        }
        return letters >= 2 ? j : -1;
    }

    private static boolean isInnerApostrophe(String text, int j) {
        if (text.charAt(j) != '\'' || j + 1 >= text.length() || !Character.isLetter(text.charAt(j + 1))) {
            return false;
        }
        // "'s" at a word's end is the possessive, a token of its own.
        boolean possessive = text.charAt(j + 1) == 's' && (j + 2 >= text.length() || !Character.isLetter(text.charAt(j + 2)));
        return !possessive;
    }

    /**
     * Where a currency code or a sign written as a word ends when it is written onto its amount,
     * "EUR5 billion (USD5.95 billion)", "Rs58,000 crore"; or -1.
     */
    private static int signOntoAmountEnd(String text, int i) {
        int letters = i;
        while (letters < text.length() && Character.isLetter(text.charAt(letters))) {
            letters++;
        }
        if (letters >= text.length() || !Character.isDigit(text.charAt(letters))
                || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return -1;
        }
        String prefix = text.substring(i, letters);
        boolean code = Currencies.isCodeSign(prefix);
        return code || Currencies.isGluedSign(prefix) ? letters : -1;
    }

    private static boolean isUpper(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
