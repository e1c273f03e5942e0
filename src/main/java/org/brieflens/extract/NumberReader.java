package org.brieflens.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads numbers as written: digits with separators ("25,000", "115.5"), words ("seven",
 * "twenty-five", "Two"), scale words after them ("5 billion", "1.2bn") and fractions of a scale
 * ("half a trillion", "a quarter-billion").
 */
final class NumberReader {
    /** A number read from tokens {@code [first, end)}. */
    record Read(double value, int first, int end) {
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12));
    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("thousand", 1e3), Map.entry("million", 1e6), Map.entry("billion", 1e9),
            Map.entry("trillion", 1e12), Map.entry("bn", 1e9), Map.entry("mn", 1e6), Map.entry("mln", 1e6),
            Map.entry("tn", 1e12), Map.entry("trn", 1e12), Map.entry("k", 1e3), Map.entry("m", 1e6),
            Map.entry("b", 1e9), Map.entry("millions", 1e6), Map.entry("billions", 1e9), Map.entry("crore", 1e7),
            Map.entry("crores", 1e7), Map.entry("lakh", 1e5), Map.entry("lakhs", 1e5), Map.entry("bln", 1e9),
            Map.entry("trln", 1e12));
    /** Scale words that are also ordinary words or letters: only taken glued to the number ("1.2bn"). */
    private static final List<String> GLUED_ONLY = List.of("k", "m", "b");
    private static final int HUNDRED = 100;
    private static final int DOZEN = 12;
    /** Digits in a group of thousands. */
    private static final int GROUP = 3;
    private static final Map<String, Double> FRACTIONS = Map.of("half", 0.5, "quarter", 0.25);

    private NumberReader() {
    }

    /**
     * The value of a number token: "25,000", "115.5", and "1.000.000" (full stops as thousands
     * separators, as some briefs write them).
     */
    static double valueOf(String digits) {
        String plain = digits.replace(",", "");
        if (plain.indexOf('.') != plain.lastIndexOf('.')) {
            plain = plain.replace(".", "");
        }
        return Double.parseDouble(plain);
    }

    /** A four-digit number without separators, as years are written. */
    static boolean isPlainInteger(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    static boolean isWordNumber(Token token) {
        return WORDS.containsKey(token.lower()) && !token.lower().equals("hundred") && !token.lower().equals("dozen");
    }

    static Double scaleOf(Token token) {
        return SCALES.get(token.lower());
    }

    static Double fractionOf(Token token) {
        return FRACTIONS.get(token.lower());
    }

    /**
     * Whether a number starts at token {@code i}: digits, a number word, or "one" or "a" before a
     * word that scales it ("one billion dollars", "a dozen vehicles", "a hundred troops").
     */
    static boolean startsNumber(List<Token> tokens, int i, int limit) {
        return tokens.get(i).isNumber() || isWordNumber(tokens.get(i)) || scaledOne(tokens, i, limit);
    }

    /** "one billion", "a dozen", "a hundred": one of what the next word counts in. */
    private static boolean scaledOne(List<Token> tokens, int i, int limit) {
        if (i + 1 >= limit) {
            return false;
        }
        String word = tokens.get(i).lower();
        String next = tokens.get(i + 1).lower();
        boolean scale = SCALES.containsKey(next) && !GLUED_ONLY.contains(next) && next.length() > 2;
        return word.equals("one") && (scale || next.equals("hundred"))
                || word.equals("a") && (next.equals("dozen") || next.equals("hundred") || scale);
    }

    /** The number starting at token {@code i}, without a scale word; null if there is none. */
    static Read plain(List<Token> tokens, int i, int limit) {
        Token token = tokens.get(i);
        if (token.isNumber()) {
            return spaceGrouped(tokens, i, limit);
        }
        if (scaledOne(tokens, i, limit)) {
            Token next = tokens.get(i + 1);
            if (SCALES.containsKey(next.lower())) {
                return new Read(1, i, i + 1);
            }
            return new Read(WORDS.get(next.lower()), i, i + 2);
        }
        Integer word = WORDS.get(token.lower());
        if (word == null || !isWordNumber(token)) {
            return null;
        }
        int end = i + 1;
        double value = word;
        // "twenty-five"
        if (word >= 20 && end + 1 < limit && tokens.get(end).is("-")) {
            // "one" alone is too often a pronoun to be read as a number, but not after "thirty-".
            String unit = tokens.get(end + 1).lower();
            Integer units = unit.equals("one") ? Integer.valueOf(1) : WORDS.get(unit);
            if (units != null && units < 10) {
                value += units;
                end += 2;
            }
        }
        if (value < HUNDRED && end < limit && tokens.get(end).lower().equals("hundred")) {
            // "three hundred tanks".
            value *= HUNDRED;
            end++;
        } else if (end < limit && tokens.get(end).lower().equals("dozen")) {
            // "two dozen ships".
            value *= DOZEN;
            end++;
        }
        return new Read(value, i, end);
    }

    /**
     * "1 700 km": groups of three digits after a space, as some briefs write thousands; else the
     * number token alone.
     */
    private static Read spaceGrouped(List<Token> tokens, int i, int limit) {
        Token token = tokens.get(i);
        boolean dialled = i > 0 && tokens.get(i - 1).is("+");
        if (!isPlainInteger(token.text()) || token.text().length() > GROUP || dialled) {
            return new Read(valueOf(token.text()), i, i + 1);
        }
        double value = valueOf(token.text());
        int end = i + 1;
        while (end < limit && tokens.get(end).isNumber() && tokens.get(end).text().length() == GROUP
                && isPlainInteger(tokens.get(end).text()) && tokens.get(end).start() == tokens.get(end - 1).end() + 1
                && !describesWhatFollows(tokens, end + 1, limit)) {
            value = value * 1000 + valueOf(tokens.get(end).text());
            end++;
        }
        if (end > i + 1 && end < limit && tokens.get(end).isNumber()) {
            // "601 266 0000": a telephone number, not thousands.
            return new Read(valueOf(token.text()), i, i + 1);
        }
        return new Read(value, i, end);
    }

    /** "58 154-foot cutters", "500 155 mm shells": the second number is a measure of what is counted. */
    private static boolean describesWhatFollows(List<Token> tokens, int after, int limit) {
        return after < limit && (tokens.get(after).is("-") && tokens.get(after).start() == tokens.get(after - 1).end()
                || tokens.get(after).lower().equals("mm"));
    }

    /** The number at {@code i} with a scale word after it ("5 billion", "1.2bn"), if there is one. */
    static Read scaled(List<Token> tokens, int i, int limit) {
        Read plain = plain(tokens, i, limit);
        if (plain == null) {
            return null;
        }
        int scaleAt = plain.end();
        if (scaleAt + 1 < limit && tokens.get(scaleAt).is("-") && tokens.get(scaleAt).start() == tokens.get(scaleAt - 1).end()
                && tokens.get(scaleAt + 1).start() == tokens.get(scaleAt).end() && tokens.get(scaleAt + 1).text().length() > 2
                && SCALES.containsKey(tokens.get(scaleAt + 1).lower())) {
            // "a $107-billion fund".
            scaleAt++;
        }
        if (scaleAt < limit) {
            Token next = tokens.get(scaleAt);
            Double scale = scaleOf(next);
            boolean glued = next.start() == tokens.get(scaleAt - 1).end();
            if (scale != null && (glued || !GLUED_ONLY.contains(next.lower()))) {
                // Decimal arithmetic: 8.7 trillion is 8700000000000, not 8699999999999.999.
                BigDecimal value = new BigDecimal(Double.toString(plain.value())).multiply(BigDecimal.valueOf(scale));
                int end = scaleAt + 1;
                // "6.81 lakh crore": a second scale word multiplies the first.
                Double second = end < limit && !GLUED_ONLY.contains(tokens.get(end).lower()) ? scaleOf(tokens.get(end)) : null;
                if (second != null) {
                    value = value.multiply(BigDecimal.valueOf(second));
                    end++;
                }
                return new Read(value.doubleValue(), i, end);
            }
        }
        return plain;
    }
}
