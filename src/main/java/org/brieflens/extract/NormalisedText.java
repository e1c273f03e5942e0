package org.brieflens.extract;

/**
 * A brief's text after normalisation, with the offset in the original text of every character,
 * so that whatever is found in the normalised text can point back at the words as written.
 * A character the normaliser inserted (a missing space) maps to the original character after it.
 */
public record NormalisedText(String text, int[] originalOffsets, int originalLength) {

    /** The original offset of the normalised character at {@code index}. */
    public int originalStart(int index) {
        return index < originalOffsets.length ? originalOffsets[index] : originalLength;
    }

    /** The original offset just after the normalised range that ends (exclusively) at {@code end}. */
    public int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        return originalOffsets[end - 1] + 1;
    }
}
