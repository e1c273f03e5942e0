package org.brieflens.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;

import org.brieflens.export.vector.StrokeStyle;
import org.brieflens.export.vector.TextStyle;
import org.brieflens.export.vector.VectorDrawing;
import org.brieflens.export.vector.VectorPath;
import org.brieflens.model.Brief;
import org.brieflens.model.Evidence;
import org.brieflens.model.ModelEvidence;
import org.brieflens.view.theme.Fonts;

/**
 * A PDF to hand out after a briefing: one A4 landscape page per view, each with the view's
 * title, a caption naming the brief and its date, the view as vectors, and the sentences of the
 * brief behind what it shows, set as large as the page allows.
 */
public final class PdfDeckWriter {
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final double MARGIN = 36;
    private static final double TITLE_SIZE = 18;
    private static final double CAPTION_SIZE = 9.5;
    private static final double HEADING_SIZE = 9;
    private static final double FOOTER_SIZE = 7.5;
    private static final double GAP = 10;
    private static final double COLUMN_GAP = 18;
    /** Sentence sizes tried, largest first, before columns are added; below the last, sentences are cut. */
    private static final double[] SENTENCE_SIZES = {8.5, 8, 7.5, 7, 6.5, 6};
    private static final int[] COLUMN_COUNTS = {2, 3};
    /** The view keeps at least this share of the height left for view and sentences. */
    private static final double MIN_DRAWING_SHARE = 0.62;
    /** Room for a sentence's number, in ems of its size, before its hanging text. */
    private static final double NUMBER_GUTTER = 2.2;
    private static final double LEADING = 1.3;
    private static final Color TEXT = Color.web("#1f2328");
    private static final Color MUTED = Color.web("#59636e");
    private static final Color RULE = Color.web("#d1d9e0");

    /** One page: a view's title, its drawing and the evidence it shows. */
    public record Page(String title, VectorDrawing drawing, List<Evidence> evidence) {
    }

    private PdfDeckWriter() {
    }

    public static byte[] toBytes(Brief brief, List<Page> pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            PDDocumentOutline outline = new PDDocumentOutline();
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    // Everything below is laid out with y pointing down from the top of the page.
                    content.transform(new Matrix(1, 0, 0, -1, 0, PAGE.getHeight()));
                    new PageLayout(brief, pages.get(i), new PdfSurface(document, content, fonts), fonts, i + 1,
                            pages.size()).draw();
                }
                PDOutlineItem bookmark = new PDOutlineItem();
                bookmark.setTitle(pages.get(i).title());
                bookmark.setDestination(page);
                outline.addLast(bookmark);
            }
            document.getDocumentCatalog().setDocumentOutline(outline);
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(brief.title());
            information.setCreator("BriefLens");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A sentence as set: its number, and its text broken into lines. */
    private record SetSentence(String number, List<String> lines) {
    }

    /**
     * The sentences set at one size in columns, each sentence whole in one column; and how many
     * were left out for want of room.
     */
    private record SentenceSetting(double size, int columnCount, List<List<SetSentence>> columns, int leftOut) {
        double leading() {
            return size * LEADING;
        }

        double height() {
            int lines = columns.stream().mapToInt(SentenceSetting::lines).max().orElse(0) + (leftOut > 0 ? 1 : 0);
            return HEADING_SIZE * 1.6 + lines * leading();
        }

        static int lines(List<SetSentence> column) {
            return column.stream().mapToInt(sentence -> sentence.lines().size()).sum();
        }
    }

    /** Lays out and draws one page. */
    private static final class PageLayout {
        private final Brief brief;
        private final Page page;
        private final PdfSurface surface;
        private final PdfFonts fonts;
        private final int number;
        private final int count;
        private final double width = PAGE.getWidth() - 2 * MARGIN;

        PageLayout(Brief brief, Page page, PdfSurface surface, PdfFonts fonts, int number, int count) {
            this.brief = brief;
            this.page = page;
            this.surface = surface;
            this.fonts = fonts;
            this.number = number;
            this.count = count;
        }

        void draw() {
            double y = MARGIN + TITLE_SIZE;
            text(page.title(), MARGIN, y, TITLE_SIZE, true, TEXT);
            y += CAPTION_SIZE + 6;
            text(fitted(caption(), CAPTION_SIZE, width), MARGIN, y, CAPTION_SIZE, false, MUTED);
            y += GAP;
            surface.fill(VectorPath.rectangle(MARGIN, y, width, 0.75), RULE, FillRule.NON_ZERO);
            y += GAP;
            double bottom = PAGE.getHeight() - MARGIN - FOOTER_SIZE - GAP;
            double available = bottom - y;
            VectorDrawing drawing = page.drawing();
            double fullHeight = Math.min(available, width * drawing.height() / drawing.width());
            List<String[]> sentences = sentences();
            SentenceSetting setting = sentences.isEmpty() ? null
                    : setting(sentences, available - Math.min(fullHeight, available * MIN_DRAWING_SHARE) - GAP);
            double drawingHeight = setting == null ? fullHeight
                    : Math.min(fullHeight, available - setting.height() - GAP);
            drawView(y, drawingHeight);
            if (setting != null) {
                drawSentences(setting, sentences.size(), y + drawingHeight + GAP);
            }
            text("BriefLens · " + number + " of " + count, MARGIN, PAGE.getHeight() - MARGIN, FOOTER_SIZE, false,
                    MUTED);
        }

        private String caption() {
            String date = brief.optionalDate().orElse("undated");
            String source = brief.source().isBlank() ? "" : " · " + brief.source();
            return brief.title() + " · " + date + source;
        }

        /** The view, scaled to fit the box and centred in it, framed by a hairline. */
        private void drawView(double top, double boxHeight) {
            VectorDrawing drawing = page.drawing();
            double scale = Math.min(width / drawing.width(), boxHeight / drawing.height());
            double drawnWidth = drawing.width() * scale;
            double drawnHeight = drawing.height() * scale;
            double left = MARGIN + (width - drawnWidth) / 2;
            surface.save();
            surface.translate(left, top);
            surface.scale(scale, scale);
            surface.clip(VectorPath.rectangle(0, 0, drawing.width(), drawing.height()));
            drawing.replay(surface);
            surface.restore();
            surface.stroke(VectorPath.rectangle(left, top, drawnWidth, drawnHeight), RULE, StrokeStyle.solid(0.75));
        }

        /** The brief's sentences behind the view, each once, in order, with its 1-based number. */
        private List<String[]> sentences() {
            List<String[]> sentences = new ArrayList<>();
            for (int index : ModelEvidence.sentences(page.evidence())) {
                if (index < brief.sentences().size()) {
                    sentences.add(new String[] {Integer.toString(index + 1),
                            brief.sentenceText(index).replaceAll("\\s+", " ").strip()});
                }
            }
            return sentences;
        }

        /**
         * The largest setting of the sentences that fits {@code height}; if none does, the
         * smallest, with as many sentences as fit and a line saying how many were left out.
         */
        private SentenceSetting setting(List<String[]> sentences, double height) {
            List<SetSentence> smallest = null;
            int columnCount = COLUMN_COUNTS[COLUMN_COUNTS.length - 1];
            double size = SENTENCE_SIZES[SENTENCE_SIZES.length - 1];
            for (double each : SENTENCE_SIZES) {
                for (int columns : COLUMN_COUNTS) {
                    List<SetSentence> set = set(sentences, each, columns);
                    int lines = (int) Math.floor((height - HEADING_SIZE * 1.6) / (each * LEADING));
                    List<List<SetSentence>> arranged = balanced(set, columns, lines);
                    if (arranged != null) {
                        return new SentenceSetting(each, columns, arranged, 0);
                    }
                    smallest = set;
                }
            }
            int lines = Math.max(1, (int) Math.floor((height - HEADING_SIZE * 1.6) / (size * LEADING)) - 1);
            return cut(smallest, size, columnCount, lines);
        }

        /**
         * The sentences in at most {@code columns} columns of at most {@code maxLines} lines, the
         * columns as even as whole sentences allow; null if they do not fit.
         */
        private static List<List<SetSentence>> balanced(List<SetSentence> set, int columns, int maxLines) {
            int total = set.stream().mapToInt(sentence -> sentence.lines().size()).sum();
            for (int target = (total + columns - 1) / columns; target <= maxLines; target++) {
                List<List<SetSentence>> arranged = new ArrayList<>();
                List<SetSentence> column = new ArrayList<>();
                for (SetSentence sentence : set) {
                    if (!column.isEmpty() && SentenceSetting.lines(column) + sentence.lines().size() > target) {
                        arranged.add(column);
                        column = new ArrayList<>();
                    }
                    column.add(sentence);
                }
                arranged.add(column);
                boolean fits = arranged.size() <= columns
                        && arranged.stream().allMatch(each -> SentenceSetting.lines(each) <= maxLines);
                if (fits) {
                    return arranged;
                }
            }
            return null;
        }

        private static SentenceSetting cut(List<SetSentence> set, double size, int columns, int maxLines) {
            List<List<SetSentence>> arranged = new ArrayList<>();
            List<SetSentence> column = new ArrayList<>();
            int shown = 0;
            for (SetSentence sentence : set) {
                if (SentenceSetting.lines(column) + sentence.lines().size() > maxLines) {
                    if (arranged.size() + 1 == columns) {
                        break;
                    }
                    arranged.add(column);
                    column = new ArrayList<>();
                }
                column.add(sentence);
                shown++;
            }
            arranged.add(column);
            return new SentenceSetting(size, columns, arranged, set.size() - shown);
        }

        private List<SetSentence> set(List<String[]> sentences, double size, int columns) {
            PDType0Font font = fonts.face(false, false);
            double textWidth = columnWidth(columns) - NUMBER_GUTTER * size;
            List<SetSentence> set = new ArrayList<>();
            for (String[] sentence : sentences) {
                set.add(new SetSentence(sentence[0],
                        LineWrapper.wrap(sentence[1], textWidth, line -> fonts.width(font, line, size))));
            }
            return set;
        }

        private double columnWidth(int columns) {
            return (width - COLUMN_GAP * (columns - 1)) / columns;
        }

        private void drawSentences(SentenceSetting setting, int sentenceCount, double top) {
            String heading = "The brief's sentences behind this view (" + sentenceCount + ")";
            text(heading, MARGIN, top + HEADING_SIZE, HEADING_SIZE, true, TEXT);
            double firstBaseline = top + HEADING_SIZE * 1.6 + setting.size();
            double columnWidth = columnWidth(setting.columnCount());
            double lastBaseline = firstBaseline;
            for (int c = 0; c < setting.columns().size(); c++) {
                double x = MARGIN + c * (columnWidth + COLUMN_GAP);
                double baseline = firstBaseline;
                for (SetSentence sentence : setting.columns().get(c)) {
                    text(sentence.number(), x, baseline, setting.size(), true, MUTED);
                    for (String line : sentence.lines()) {
                        text(line, x + NUMBER_GUTTER * setting.size(), baseline, setting.size(), false, TEXT);
                        baseline += setting.leading();
                    }
                }
                lastBaseline = Math.max(lastBaseline, baseline);
            }
            if (setting.leftOut() > 0) {
                int left = setting.leftOut();
                text("… and " + left + " more sentence" + (left == 1 ? "" : "s") + ", in the Source view.", MARGIN,
                        lastBaseline, setting.size(), false, MUTED);
            }
        }

        private String fitted(String text, double size, double maxWidth) {
            PDType0Font font = fonts.face(false, false);
            if (fonts.width(font, text, size) <= maxWidth) {
                return text;
            }
            String cut = text;
            while (cut.length() > 1 && fonts.width(font, cut + "…", size) > maxWidth) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut.strip() + "…";
        }

        private void text(String text, double x, double baseline, double size, boolean bold, Color color) {
            surface.text(text, x, baseline, new TextStyle(Fonts.FAMILY, size, bold, false), color);
        }
    }
}
