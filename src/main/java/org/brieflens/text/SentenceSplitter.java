package org.brieflens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.brieflens.model.Span;

/**
 * Splits a brief's text into sentence spans. A line break always ends a sentence (briefs are
 * headlines and paragraphs); inside a line, a full stop, question or exclamation mark ends one
 * when a capitalised word follows, unless it closes a known abbreviation ("Adm.", "U.S.") or an
 * initial. A full stop glued to the next sentence ("threats.This", "2035.Washington",
 * "confrontation”.Australian") also ends one. Spans leave
 * out surrounding white space and list bullets.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "no", "nos", "vs", "etc", "e.g", "i.e",
            "gen", "lt", "col", "maj", "capt", "cmdr", "cdr", "adm", "vice", "rear", "sgt", "cpl", "pvt", "brig",
            "gov", "sen", "rep", "pres", "amb", "sec", "dept", "gov't", "govt",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "co", "corp", "inc", "ltd", "plc", "bros", "md", "va", "calif", "wash", "fla", "mass",
            "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "approx", "est", "fig", "vol", "op", "ft", "mt");
    private static final String BULLETS = "-*•–·";

    private SentenceSplitter() {
    }

    public static List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void splitLine(String text, int from, int to, List<Span> sentences) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\u2022' && i > start && i + 1 < to && Character.isWhitespace(text.charAt(i - 1))
                    && Character.isWhitespace(text.charAt(i + 1))) {
                // "• Japan, Philippines sign pact • Beijing slams Manila": headlines run together on one line.
                add(text, start, i, sentences);
                start = i;
                continue;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < to && isClosing(text.charAt(end))) {
                end++;
            }
            if (endsSentence(text, start, i, end, to)) {
                add(text, start, end, sentences);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, to, sentences);
    }

    private static boolean endsSentence(String text, int sentenceStart, int mark, int afterMark, int lineEnd) {
        if (afterMark >= lineEnd) {
            return true;
        }
        char next = text.charAt(afterMark);
        if (Character.isWhitespace(next)) {
            int word = afterMark;
            while (word < lineEnd && Character.isWhitespace(text.charAt(word))) {
                word++;
            }
            if (word >= lineEnd) {
                return true;
            }
            char first = text.charAt(word);
            boolean startsSentence = Character.isUpperCase(first) || Character.isDigit(first) || isOpening(first);
            return startsSentence && (text.charAt(mark) != '.' || !closesAbbreviation(text, sentenceStart, mark));
        }
        // "threats.This", "by 2035.Washington", "confrontation”.Australian": a word, a full stop, then a
        // capitalised word with no space.
        return text.charAt(mark) == '.' && mark >= 2 && endsAWord(text, mark)
                && Character.isUpperCase(next) && afterMark + 1 < lineEnd
                && Character.isLowerCase(text.charAt(afterMark + 1));
    }

    /**
     * Whether the full stop at {@code mark} ends a word rather than an abbreviation or a number:
     * two lowercase letters or two digits before it ("U.S.Navy" and "No.5" are not), or a closing
     * quotation mark or bracket after a lowercase letter.
     */
    private static boolean endsAWord(String text, int mark) {
        char one = text.charAt(mark - 1);
        char two = text.charAt(mark - 2);
        if (isClosing(one)) {
            return Character.isLowerCase(two);
        }
        return Character.isLowerCase(one) && Character.isLowerCase(two) || Character.isDigit(one) && Character.isDigit(two);
    }

    private static boolean closesAbbreviation(String text, int sentenceStart, int period) {
        int wordStart = period;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, period);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(String text, int from, int to, List<Span> sentences) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start + 1 < end && BULLETS.indexOf(text.charAt(start)) >= 0 && Character.isWhitespace(text.charAt(start + 1))) {
            start += 2;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Span(start, end));
        }
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019';
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\'' || c == '(' || c == '\u201C' || c == '\u2018';
    }
}
