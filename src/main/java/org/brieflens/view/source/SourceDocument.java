package org.brieflens.view.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.brieflens.model.Actor;
import org.brieflens.model.ActorKind;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Evidence;
import org.brieflens.model.Figure;

/**
 * The brief's text cut into paragraphs (its lines) with the marks to draw on them: each actor
 * mention, coloured by the actor's kind, and each figure's number. Plain data, so that what the
 * Source tab shows can be tested without a window.
 */
public final class SourceDocument {

    /** What a mark stands for. */
    public enum MarkType { MENTION, FIGURE }

    /** A marked span of the text; offsets are into the whole text. */
    public record Mark(int start, int end, MarkType type, String itemId, ActorKind actorKind) {
    }

    /** One line of the text that holds something, with the marks that fall inside it. */
    public record Paragraph(int index, int start, int end, List<Mark> marks) {
        public Paragraph {
            marks = List.copyOf(marks);
        }

        public boolean contains(int offset) {
            return start <= offset && offset < end;
        }
    }

    private final String text;
    private final List<Paragraph> paragraphs;

    private SourceDocument(String text, List<Paragraph> paragraphs) {
        this.text = text;
        this.paragraphs = List.copyOf(paragraphs);
    }

    public static SourceDocument of(BriefModel model) {
        String text = model.brief().text();
        List<Mark> marks = marksOf(model);
        List<Paragraph> paragraphs = new ArrayList<>();
        int markIndex = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int end = lineEnd;
            while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > lineStart) {
                while (markIndex < marks.size() && marks.get(markIndex).end() <= lineStart) {
                    markIndex++;
                }
                List<Mark> inside = new ArrayList<>();
                for (int i = markIndex; i < marks.size() && marks.get(i).start() < end; i++) {
                    Mark mark = marks.get(i);
                    if (mark.end() > lineStart) {
                        // A mark across a line break, in a paragraph wrapped at a fixed width, is drawn on each line.
                        inside.add(new Mark(Math.max(mark.start(), lineStart), Math.min(mark.end(), end), mark.type(),
                                mark.itemId(), mark.actorKind()));
                    }
                }
                paragraphs.add(new Paragraph(paragraphs.size(), lineStart, end, inside));
            }
            lineStart = lineEnd + 1;
        }
        return new SourceDocument(text, paragraphs);
    }

    private static List<Mark> marksOf(BriefModel model) {
        List<Mark> marks = new ArrayList<>();
        for (Actor actor : model.actors()) {
            for (Evidence mention : actor.mentions()) {
                marks.add(new Mark(mention.start(), mention.end(), MarkType.MENTION, actor.id(), actor.kind()));
            }
        }
        String text = model.brief().text();
        for (Figure figure : model.figures()) {
            // The label as written, in any case and across a line break: "14.6 Billion Kroner" in a
            // headline, "14.6 billion\nkroner" where the body says it again.
            Pattern label = Pattern.compile(String.join("\\s+", Stream.of(figure.label().trim().split("\\s+"))
                    .map(Pattern::quote).toList()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (Evidence evidence : figure.evidence()) {
                Matcher found = label.matcher(text).region(evidence.start(), evidence.end());
                if (found.find()) {
                    marks.add(new Mark(found.start(), found.end(), MarkType.FIGURE, figure.id(), null));
                }
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        return marks;
    }

    public String text() {
        return text;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** The paragraph holding {@code offset}, or -1. */
    public int paragraphAt(int offset) {
        int low = 0;
        int high = paragraphs.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Paragraph paragraph = paragraphs.get(mid);
            if (offset < paragraph.start()) {
                high = mid - 1;
            } else if (offset >= paragraph.end()) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * The pieces a paragraph is drawn as: runs of plain text and runs covered by a mark (the
     * mark that starts first, and of those the longest, wins where marks overlap).
     */
    public List<Piece> pieces(Paragraph paragraph) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(paragraph.start());
        cuts.add(paragraph.end());
        for (Mark mark : paragraph.marks()) {
            cuts.add(mark.start());
            cuts.add(mark.end());
        }
        List<Integer> sorted = cuts.stream().distinct().sorted().toList();
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i + 1 < sorted.size(); i++) {
            int from = sorted.get(i);
            int to = sorted.get(i + 1);
            Mark cover = null;
            for (Mark mark : paragraph.marks()) {
                if (mark.start() <= from && to <= mark.end()) {
                    cover = mark;
                    break;
                }
            }
            pieces.add(new Piece(from, to, cover));
        }
        return pieces;
    }

    /** A run of text [start, end), with the mark covering it or null. */
    public record Piece(int start, int end, Mark mark) {
    }
}
