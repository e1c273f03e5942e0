package org.brieflens.extract;

/**
 * A word, number or punctuation mark of the normalised text. {@code start} and {@code end} are
 * offsets into the original text; {@code sentence} is the index of the brief's sentence holding it.
 */
public record Token(int index, String text, int start, int end, int sentence) {

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetter(text.charAt(0));
    }

    public boolean isNumber() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0)) && Character.isDigit(text.charAt(text.length() - 1));
    }

    public boolean isCapitalised() {
        return isWord() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isLowerCase() {
        return isWord() && Character.isLowerCase(text.charAt(0));
    }

    /** An acronym such as "NATO" or "U.S.": two or more letters, none lowercase. */
    public boolean isAllCaps() {
        if (!isWord() || text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public boolean is(String word) {
        return text.equals(word);
    }

    public boolean isIgnoringCase(String word) {
        return text.equalsIgnoreCase(word);
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
