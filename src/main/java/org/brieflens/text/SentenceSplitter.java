package org.brieflens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.brieflens.model.Span;

/**
 * Splits a brief's text into sentence spans. A line break ends a sentence (briefs are headlines
 * and paragraphs), except inside a paragraph wrapped at a fixed width, as text copied from a PDF
 * or an e-mail is, and before a line that goes on in lower case; there the break is a space.
 * Inside a line, a full stop, question or exclamation mark ends one
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
    /** Capital initials each with its full stop, the last one's at the word's end: "K.P", "J.R.R". */
    private static final Pattern DOTTED_INITIALS = Pattern.compile("(?:\\p{Lu}\\.){1,3}\\p{Lu}");
    /** How wide, against the widest line of its paragraph, a line must be to have been wrapped. */
    private static final double WRAPPED_SHARE = 0.6;
    private static final int MIN_WRAP_WIDTH = 40;
    /** Wider lines are paragraphs of their own, not a page's width. */
    private static final int MAX_WRAP_WIDTH = 120;
    private static final int MIN_WRAPPED_LINES = 3;

    private SentenceSplitter() {
    }

    public static List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        List<Span> lines = lines(text);
        boolean[] goesOn = goesOn(text, lines);
        int from = 0;
        for (int k = 0; k < lines.size(); k++) {
            if (goesOn[k]) {
                continue;
            }
            splitLine(text, from, lines.get(k).end(), sentences);
            from = k + 1 < lines.size() ? lines.get(k + 1).start() : text.length();
        }
        return sentences;
    }

    private static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            lines.add(new Span(lineStart, lineEnd));
            lineStart = lineEnd + 1;
        }
        return lines;
    }

    /**
     * For each line, whether it goes on in the next: the break between them is no sentence end.
     * Paragraphs (lines between blank ones) are measured once each, so the work stays linear.
     */
    private static boolean[] goesOn(String text, List<Span> lines) {
        boolean[] goesOn = new boolean[lines.size()];
        int[] widths = new int[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            widths[k] = text.substring(lines.get(k).start(), lines.get(k).end()).strip().length();
        }
        int first = 0;
        while (first < lines.size()) {
            int end = first;
            while (end < lines.size() && widths[end] > 0) {
                end++;
            }
            int widest = widest(widths, first, end);
            boolean wrapped = isWrapped(widths, first, end, widest);
            for (int k = first; k + 1 < end; k++) {
                String next = text.substring(lines.get(k + 1).start(), lines.get(k + 1).end()).strip();
                if (startsItem(next)) {
                    continue;
                }
                goesOn[k] = Character.isLowerCase(next.charAt(0)) || wrapped && widths[k] >= WRAPPED_SHARE * widest;
            }
            first = Math.max(end, first + 1);
        }
        return goesOn;
    }

    /** A bullet or a number opening a list item: "- ", "• ", "3. ", "2) ". */
    private static boolean startsItem(String line) {
        if (line.length() > 1 && BULLETS.indexOf(line.charAt(0)) >= 0 && Character.isWhitespace(line.charAt(1))) {
            return true;
        }
        int digits = 0;
        while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        return digits > 0 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
                && digits + 1 < line.length() && Character.isWhitespace(line.charAt(digits + 1));
    }

    private static int widest(int[] widths, int first, int end) {
        int widest = 0;
        for (int k = first; k < end; k++) {
            widest = Math.max(widest, widths[k]);
        }
        return widest;
    }

    /**
     * A paragraph of at least three lines, none wider than a page, most of them (all but its
     * last) nearly as wide as the widest: its line breaks were put in by the width, not the writer.
     */
    private static boolean isWrapped(int[] widths, int first, int end, int widest) {
        if (end - first < MIN_WRAPPED_LINES || widest < MIN_WRAP_WIDTH || widest > MAX_WRAP_WIDTH) {
            return false;
        }
        int wide = 0;
        for (int k = first; k < end; k++) {
            if (widths[k] >= WRAPPED_SHARE * widest) {
                wide++;
            }
        }
        return wide >= (end - first - 1) * 2 / 3.0;
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
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) || DOTTED_INITIALS.matcher(word).matches()) {
            // "S. Jaishankar", "K.P. Sharma Oli": initials, not a sentence's end.
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
