package org.brieflens.export.vector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;

/**
 * Draws a JavaFX {@code Text} as text: one text element per line, where JavaFX laid it out.
 * Lines are found from JavaFX's own caret positions, so wrapped labels, centred lines and runs
 * of a {@code TextFlow} land where they are on screen rather than being wrapped again by
 * whatever reads the file.
 */
final class TextPainter {
    /** Carets this far apart vertically are on different lines. */
    private static final double SAME_LINE = 0.5;
    /** Strikethrough position above the baseline and line thickness, in ems (Noto Sans's metrics). */
    private static final double STRIKE_HEIGHT = 0.32;
    private static final double RULE_THICKNESS = 0.05;

    private final Map<Font, Double> ascents = new HashMap<>();

    /** One line of a text node: the characters [start, end) with their baseline at (x, baseline). */
    record Line(int start, int end, String text, double x, double baseline) {
    }

    void paint(Text text, VectorSurface surface) {
        Color color = Paints.flat(text.getFill());
        String content = text.getText();
        if (color == null || content == null || content.isEmpty()) {
            return;
        }
        TextStyle style = TextStyle.of(text.getFont());
        List<Line> lines = lines(text);
        for (Line line : lines) {
            if (isJustified(text)) {
                // JavaFX widens the spaces of a justified line: place each word where it put it.
                paintWordByWord(text, line, style, color, surface);
            } else {
                surface.text(line.text(), line.x(), line.baseline(), style, color);
            }
        }
        if (text.isUnderline()) {
            surface.fill(underline(text), color, FillRule.NON_ZERO);
        }
        if (text.isStrikethrough()) {
            double size = text.getFont().getSize();
            for (Line line : lines) {
                double end = caret(text, line.end()).getX();
                surface.fill(VectorPath.rectangle(line.x(), line.baseline() - STRIKE_HEIGHT * size, end - line.x(),
                        RULE_THICKNESS * size), color, FillRule.NON_ZERO);
            }
        }
    }

    private static boolean isJustified(Text text) {
        TextAlignment alignment = text.getParent() instanceof TextFlow flow ? flow.getTextAlignment()
                : text.getTextAlignment();
        return alignment == TextAlignment.JUSTIFY;
    }

    private static void paintWordByWord(Text text, Line line, TextStyle style, Color color, VectorSurface surface) {
        String content = text.getText();
        int start = line.start();
        while (start < line.end()) {
            int end = start;
            while (end < line.end() && !Character.isWhitespace(content.charAt(end))) {
                end++;
            }
            if (end > start) {
                surface.text(content.substring(start, end), caret(text, start).getX(), line.baseline(), style, color);
            }
            start = end + 1;
        }
    }

    List<Line> lines(Text text) {
        String content = text.getText();
        double ascent = text.getParent() instanceof TextFlow ? ascent(text.getFont()) : text.getBaselineOffset();
        List<Line> lines = new ArrayList<>();
        int start = 0;
        Point2D first = caret(text, 0);
        for (int i = 1; i <= content.length(); i++) {
            Point2D at = i == content.length() ? null : caret(text, i);
            if (at == null || Math.abs(at.getY() - first.getY()) > SAME_LINE) {
                addLine(lines, content, start, i, first, ascent);
                if (at != null) {
                    start = i;
                    first = at;
                }
            }
        }
        return lines;
    }

    private static void addLine(List<Line> lines, String content, int start, int end, Point2D first, double ascent) {
        int visibleEnd = end;
        while (visibleEnd > start && Character.isWhitespace(content.charAt(visibleEnd - 1))) {
            visibleEnd--;
        }
        if (visibleEnd > start) {
            lines.add(new Line(start, visibleEnd, content.substring(start, visibleEnd), first.getX(),
                    first.getY() + ascent));
        }
    }

    /** The top of the caret before character {@code index}, in the text's own coordinates. */
    private static Point2D caret(Text text, int index) {
        if (text.getParent() instanceof TextFlow flow) {
            // A Text inside a TextFlow answers caret questions about the whole flow's text, so ask
            // the flow, at this run's offset, and bring the answer into the run's coordinates.
            PathElement[] shape = flow.caretShape(offsetInFlow(flow, text) + index, true);
            MoveTo top = (MoveTo) shape[0];
            return text.parentToLocal(top.getX(), top.getY());
        }
        MoveTo top = (MoveTo) text.caretShape(index, true)[0];
        return new Point2D(top.getX(), top.getY());
    }

    private static VectorPath underline(Text text) {
        if (text.getParent() instanceof TextFlow flow) {
            int offset = offsetInFlow(flow, text);
            Point2D origin = text.parentToLocal(0, 0);
            return ShapeOutlines.path(List.of(flow.underlineShape(offset, offset + text.getText().length())))
                    .transformed(Affine2D.translation(origin.getX(), origin.getY()));
        }
        return ShapeOutlines.path(List.of(text.underlineShape(0, text.getText().length())));
    }

    /** Where a run starts in its flow's text: Text children count their characters, other nodes one. */
    private static int offsetInFlow(TextFlow flow, Text text) {
        int offset = 0;
        for (Node child : flow.getChildren()) {
            if (child == text) {
                return offset;
            }
            offset += child instanceof Text run ? run.getText().length() : 1;
        }
        return offset;
    }

    private double ascent(Font font) {
        return ascents.computeIfAbsent(font, key -> {
            Text probe = new Text("Hg");
            probe.setFont(key);
            return probe.getBaselineOffset();
        });
    }
}
