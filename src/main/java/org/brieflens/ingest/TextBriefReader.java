package org.brieflens.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.brieflens.model.Brief;
import org.brieflens.text.SentenceSplitter;

/**
 * Turns the text of a plain-text or Markdown brief into a {@link Brief}. A first line that is a
 * web address (a brief copied from a news site, "https://... - Outlet, 2024-11-14") is the
 * brief's source, not its text; a date at its end is the brief's date. The title is the first
 * line of the text, without list bullets or Markdown heading marks, or the file name.
 */
public final class TextBriefReader {
    private static final Pattern SOURCE_LINE = Pattern.compile("^(https?://\\S+).*$");
    private static final Pattern TRAILING_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}|\\d{4}-\\d{2})\\s*$");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{4})\\b");
    private static final int MAX_TITLE_LENGTH = 140;

    private TextBriefReader() {
    }

    public static Brief read(String fileName, String content) {
        String source = "";
        String date = null;
        String text = content;
        int firstBreak = content.indexOf('\n');
        String firstLine = (firstBreak < 0 ? content : content.substring(0, firstBreak)).strip();
        if (SOURCE_LINE.matcher(firstLine).matches()) {
            source = firstLine;
            date = dateIn(firstLine);
            text = firstBreak < 0 ? "" : content.substring(firstBreak + 1);
        }
        return new Brief(titleOf(fileName, text), source, date, text, SentenceSplitter.split(text));
    }

    private static String dateIn(String sourceLine) {
        Matcher iso = TRAILING_DATE.matcher(sourceLine);
        if (iso.find()) {
            return iso.group(1);
        }
        Matcher monthYear = MONTH_YEAR.matcher(sourceLine);
        if (monthYear.find()) {
            int month = java.time.Month.valueOf(monthYear.group(1).toUpperCase(Locale.ROOT)).getValue();
            return String.format(Locale.ROOT, "%s-%02d", monthYear.group(2), month);
        }
        return null;
    }

    private static String titleOf(String fileName, String text) {
        for (String line : text.split("\n")) {
            String title = line.strip().replaceFirst("^(#+|[-*•])\\s*", "").strip();
            if (!title.isEmpty()) {
                return title.length() <= MAX_TITLE_LENGTH ? title : title.substring(0, MAX_TITLE_LENGTH - 1) + "…";
            }
        }
        return fileName;
    }
}
