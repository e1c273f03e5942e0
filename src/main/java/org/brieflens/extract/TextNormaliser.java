package org.brieflens.extract;

import java.util.BitSet;
import java.util.Set;

/**
 * The first stage: rewrites the real-world noise of copied news text into something the
 * recognisers can read, keeping every character's original offset. Typographic quotes and
 * hyphens become ASCII; a missing space after a comma or full stop between words is put back
 * ("dangerous,Rutte"), as is the last full stop of "U.S"; a common noun run into a hyphenated name
 * is split off ("NATO-Plusmodel");
 * runs of three or more ALL-CAPS words (captions, shouted headlines) are written in title case
 * so that names in them are recognised.
 */
public final class TextNormaliser {
    /**
     * Nouns that follow a name in this genre ("the NATO-Plus model", "a Quad-style framework")
     * and are found run into it when a space was lost.
     */
    private static final Set<String> RUN_ON_NOUNS = Set.of("model", "framework", "format", "style", "type",
            "plan", "concept", "initiative", "mechanism", "arrangement", "strategy", "pact", "grouping",
            "partnership", "alliance", "agreement", "deal", "bloc", "treaty");
    private static final int MIN_CAPS_RUN = 3;

    private TextNormaliser() {
    }

    public static NormalisedText normalise(String original) {
        String mapped = mapCharacters(original);
        BitSet runOns = runOnNounStarts(mapped);
        StringBuilder out = new StringBuilder(original.length() + 16);
        int[] offsets = new int[original.length() + 16];
        int length = 0;
        for (int i = 0; i < mapped.length(); i++) {
            char c = mapped.charAt(i);
            if (runOns.get(i) || needsSpaceBefore(mapped, i)) {
                offsets = ensure(offsets, length + 1);
                out.append(' ');
                offsets[length++] = i;
            }
            offsets = ensure(offsets, length + 1);
            out.append(c);
            offsets[length++] = i;
            if (lacksItsLastStop(mapped, i)) {
                // "between the U.S and PNG": the dotted acronym's last full stop, lost, is put back.
                offsets = ensure(offsets, length + 1);
                out.append('.');
                offsets[length++] = i;
            }
        }
        int[] exact = new int[length];
        System.arraycopy(offsets, 0, exact, 0, length);
        String text = titleCaseShoutedRuns(out.toString());
        return new NormalisedText(text, exact, original.length());
    }

    private static int[] ensure(int[] array, int size) {
        if (size <= array.length) {
            return array;
        }
        int[] bigger = new int[Math.max(size, array.length * 2)];
        System.arraycopy(array, 0, bigger, 0, array.length);
        return bigger;
    }

    /** One character for one: the length does not change, so offsets stay put. */
    private static String mapCharacters(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = switch (chars[i]) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012' -> '-';
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A' -> ' ';
                default -> chars[i];
            };
        }
        return new String(chars);
    }

    /** "U.S" or "U.K" written without the last full stop, ending at {@code i}. */
    private static boolean lacksItsLastStop(String text, int i) {
        if (i < 2 || !Character.isUpperCase(text.charAt(i)) || text.charAt(i - 1) != '.' || !Character.isUpperCase(text.charAt(i - 2))) {
            return false;
        }
        boolean startsWord = i < 3 || !Character.isLetterOrDigit(text.charAt(i - 3)) && text.charAt(i - 3) != '.';
        boolean endsWord = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i + 1) == ','
                || text.charAt(i + 1) == '\'';
        return startsWord && endsWord;
    }

    private static boolean needsSpaceBefore(String text, int i) {
        if (i < 2 || !Character.isLetter(text.charAt(i))) {
            return false;
        }
        char previous = text.charAt(i - 1);
        char beforePunctuation = text.charAt(i - 2);
        if ((previous == ',' || previous == ';') && Character.isLowerCase(beforePunctuation)) {
            return true;
        }
        // "threats.This": two lowercase letters, a full stop, then a capitalised word; "U.S." and "e.g." stay.
        if (previous == '.' && Character.isUpperCase(text.charAt(i)) && i >= 3
                && Character.isLowerCase(beforePunctuation) && Character.isLowerCase(text.charAt(i - 3))
                && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1))) {
            return true;
        }
        return false;
    }

    /**
     * "NATO-Plusmodel": where a noun of the list starts inside a capitalised word after a hyphen,
     * leaving at least three letters before it. One pass over the text.
     */
    private static BitSet runOnNounStarts(String text) {
        BitSet starts = new BitSet();
        for (int hyphen = text.indexOf('-'); hyphen >= 0; hyphen = text.indexOf('-', hyphen + 1)) {
            int wordStart = hyphen + 1;
            if (wordStart >= text.length() || !Character.isUpperCase(text.charAt(wordStart))) {
                continue;
            }
            int wordEnd = wordStart;
            while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            for (String noun : RUN_ON_NOUNS) {
                int nounStart = wordEnd - noun.length();
                if (nounStart - wordStart >= 3 && text.startsWith(noun, nounStart)
                        && Character.isLowerCase(text.charAt(nounStart - 1))) {
                    starts.set(nounStart);
                }
            }
        }
        return starts;
    }

    /** "POLISH DEFENCE MINISTER, MARIUSZ BLASZCZAK" becomes "Polish Defence Minister, Mariusz Blaszczak". */
    private static String titleCaseShoutedRuns(String text) {
        char[] chars = text.toCharArray();
        int i = 0;
        while (i < chars.length) {
            int runStart = i;
            int words = 0;
            int runEnd = i;
            int j = i;
            while (j < chars.length) {
                while (j < chars.length && !Character.isLetter(chars[j]) && chars[j] != '\n') {
                    j++;
                }
                int wordStart = j;
                while (j < chars.length && (Character.isLetter(chars[j]) || chars[j] == '\'')) {
                    j++;
                }
                if (j - wordStart >= 2 && isShouted(chars, wordStart, j)) {
                    if (words == 0) {
                        runStart = wordStart;
                    }
                    words++;
                    runEnd = j;
                } else {
                    break;
                }
            }
            if (words >= MIN_CAPS_RUN) {
                titleCase(chars, runStart, runEnd);
                i = runEnd;
            } else {
                i = Math.max(j, i + 1);
            }
        }
        return new String(chars);
    }

    private static boolean isShouted(char[] chars, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLowerCase(chars[k])) {
                return false;
            }
        }
        return true;
    }

    /** Short words stay as they are: in a shouted run they are mostly acronyms ("US", "EU", "PLA"). */
    private static void titleCase(char[] chars, int from, int to) {
        int k = from;
        while (k < to) {
            while (k < to && !Character.isLetter(chars[k])) {
                k++;
            }
            int wordStart = k;
            while (k < to && Character.isLetter(chars[k])) {
                k++;
            }
            if (k - wordStart >= 4) {
                for (int m = wordStart + 1; m < k; m++) {
                    chars[m] = Character.toLowerCase(chars[m]);
                }
            }
        }
    }
}
