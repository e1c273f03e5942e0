package org.brieflens.extract.quality;

import java.util.List;

/**
 * How well one kind of item was extracted: how many of the answer key's items were matched
 * ({@code matched} of {@code expected}: recall) and how many of the extracted items matched one
 * ({@code matched} of {@code found}: precision), with what was missed and what was extra.
 */
public record Score(int matched, int expected, int found, List<String> missed, List<String> extra) {

    public Score {
        missed = List.copyOf(missed);
        extra = List.copyOf(extra);
    }

    /** Recall: 1 when the key has nothing to find. */
    public double recall() {
        return expected == 0 ? 1.0 : (double) matched / expected;
    }

    /** Precision: 1 when nothing was extracted. */
    public double precision() {
        return found == 0 ? 1.0 : (double) matched / found;
    }
}
