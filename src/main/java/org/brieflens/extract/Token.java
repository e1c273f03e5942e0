package org.brieflens.extract;

import java.util.Locale;

/**
 * A word, number or punctuation mark of the normalised text. {@code start} and {@code end} are
 * offsets into the original text; {@code sentence} is the index of the brief's sentence holding
 * it. What the recognisers ask of a token again and again (its lowercase form, whether it is a
 * capitalised word) is worked out once, when it is made.
 */
public final class Token {
    private final int index;
    private final String text;
    private final int start;
    private final int end;
    private final int sentence;
    private final String lower;
    private final boolean word;
    private final boolean number;
    private final boolean capitalised;
    private final boolean lowerCase;
    private final boolean allCaps;

    private Token(int index, String text, int start, int end, int sentence) {
        this.index = index;
        this.text = text;
        this.start = start;
        this.end = end;
        this.sentence = sentence;
        this.lower = text.toLowerCase(Locale.ROOT);
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        this.word = Character.isLetter(first);
        this.number = Character.isDigit(first) && Character.isDigit(text.charAt(text.length() - 1));
        this.capitalised = word && Character.isUpperCase(first);
        this.lowerCase = word && Character.isLowerCase(first);
        this.allCaps = word && text.length() >= 2 && noLowerCase(text);
    }

    public static Token of(int index, String text, int start, int end, int sentence) {
        return new Token(index, text, start, end, sentence);
    }

    private static boolean noLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public int index() {
        return index;
    }

    public String text() {
        return text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int sentence() {
        return sentence;
    }

    public String lower() {
        return lower;
    }

    public boolean isWord() {
        return word;
    }

    public boolean isNumber() {
        return number;
    }

    public boolean isCapitalised() {
        return capitalised;
    }

    public boolean isLowerCase() {
        return lowerCase;
    }

    /** An acronym such as "NATO" or "U.S.": two or more characters, a letter first, none lowercase. */
    public boolean isAllCaps() {
        return allCaps;
    }

    public boolean is(String other) {
        return text.equals(other);
    }

    public boolean isIgnoringCase(String other) {
        return text.equalsIgnoreCase(other);
    }

    @Override
    public String toString() {
        return text + "@" + start;
    }
}
