package org.brieflens.extract.quality;

import java.util.Locale;

/** Matched, expected and found items, summed over several comparisons (micro-averaged). */
public final class ScoreTally {
    private int matched;
    private int expected;
    private int found;

    public void add(Score score) {
        matched += score.matched();
        expected += score.expected();
        found += score.found();
    }

    /** "matched/expected/found precision recall", precision and recall in percent. */
    public String show() {
        return String.format(Locale.ROOT, "%3d/%3d/%3d %5.1f %5.1f", matched, expected, found,
                found == 0 ? 0.0 : 100.0 * matched / found, expected == 0 ? 0.0 : 100.0 * matched / expected);
    }
}
