package org.brieflens.extract;

import java.util.Set;

/** English verb forms the stages read without a tagger: pasts and past participles. */
final class VerbForms {
    /** Pasts and past participles not in "-ed" that briefs use: "sold", "built", "fought", "taken". */
    private static final Set<String> IRREGULAR = Set.of("sold", "sent", "built", "gave", "given", "held", "led", "paid",
            "bought", "kept", "took", "taken", "made", "met", "won", "struck", "shot", "brought", "began", "begun", "ran",
            "run", "flew", "flown", "sought", "spent", "told", "lent", "became", "left", "put", "set", "cut", "shut", "hit",
            "beat", "drew", "drawn", "chose", "chosen", "sank", "sunk", "fought", "threw", "thrown", "laid", "withdrew",
            "withdrawn", "undertook", "undertaken", "oversaw", "overseen", "saw", "seen", "came", "went", "gone", "grew",
            "grown", "rose", "risen", "fell", "fallen", "stood", "got", "broke", "broken");

    private VerbForms() {
    }

    /** Whether a lowercase word reads as a past or a past participle: "signed", "sold", "taken". */
    static boolean isPastOrParticiple(String word) {
        return word.endsWith("ed") || IRREGULAR.contains(word);
    }
}
