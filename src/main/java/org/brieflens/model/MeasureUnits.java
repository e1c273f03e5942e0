package org.brieflens.model;

import java.util.Set;

/** Units of measure whose codes could be mistaken for three-letter currency codes. */
final class MeasureUnits {
    private static final Set<String> THREE_LETTER_MEASURES = Set.of("ton", "day", "kph", "mph", "sqm");

    private MeasureUnits() {
    }

    static boolean isMeasure(String code) {
        return THREE_LETTER_MEASURES.contains(code);
    }
}
