package org.brieflens.export.svg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Locale;
import java.util.stream.Collectors;

import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;

import org.brieflens.export.image.PngEncoder;
import org.brieflens.export.image.RasterImage;
import org.brieflens.export.vector.Affine2D;
import org.brieflens.export.vector.StrokeStyle;
import org.brieflens.export.vector.TextStyle;
import org.brieflens.export.vector.VectorPath;
import org.brieflens.export.vector.VectorSurface;
import org.brieflens.export.xml.XmlDocument;
import org.brieflens.view.theme.Fonts;

/**
 * Draws on an SVG document: every transform and clip opens a group that {@link #restore()}
 * closes; paths, text and images become elements. Text is a {@code <text>} element naming its
 * font family, weight and style, so that it stays text (selectable, searchable, editable).
 */
final class SvgSurface implements VectorSurface {
    private final XmlDocument xml;
    private final Deque<State> states = new ArrayDeque<>();
    private int clips;

    /** What {@link #save()} keeps: how many groups were opened since, and the opacity. */
    private static final class State {
        int groups;
        double alpha;

        State(double alpha) {
            this.alpha = alpha;
        }
    }

    SvgSurface(XmlDocument xml) {
        this.xml = xml;
        states.push(new State(1));
    }

    @Override
    public void save() {
        states.push(new State(current().alpha));
    }

    @Override
    public void restore() {
        if (states.size() > 1) {
            State done = states.pop();
            write(() -> {
                for (int i = 0; i < done.groups; i++) {
                    xml.close();
                }
            });
        }
    }

    @Override
    public void transform(Affine2D t) {
        if (t.isIdentity()) {
            return;
        }
        String value = t.mxx() == 1 && t.myy() == 1 && t.mxy() == 0 && t.myx() == 0
                ? "translate(" + number(t.tx()) + " " + number(t.ty()) + ")"
                : "matrix(" + number(t.mxx()) + " " + number(t.myx()) + " " + number(t.mxy()) + " " + number(t.myy())
                        + " " + number(t.tx()) + " " + number(t.ty()) + ")";
        write(() -> xml.open("g").attribute("transform", value));
        current().groups++;
    }

    @Override
    public void clip(VectorPath path) {
        String id = "clip" + ++clips;
        write(() -> {
            xml.open("clipPath").attribute("id", id);
            xml.leaf("path").attribute("d", pathData(path));
            xml.close();
            xml.open("g").attribute("clip-path", "url(#" + id + ")");
        });
        current().groups++;
    }

    @Override
    public void multiplyAlpha(double alpha) {
        current().alpha *= alpha;
    }

    @Override
    public void fill(VectorPath path, Color color, FillRule rule) {
        if (path.isEmpty()) {
            return;
        }
        write(() -> {
            xml.leaf("path").attribute("d", pathData(path)).attribute("fill", hex(color));
            opacity("fill-opacity", color);
            if (rule == FillRule.EVEN_ODD) {
                xml.attribute("fill-rule", "evenodd");
            }
        });
    }

    @Override
    public void stroke(VectorPath path, Color color, StrokeStyle stroke) {
        if (path.isEmpty()) {
            return;
        }
        write(() -> {
            xml.leaf("path").attribute("d", pathData(path)).attribute("fill", "none")
                    .attribute("stroke", hex(color)).attribute("stroke-width", number(stroke.width()));
            opacity("stroke-opacity", color);
            switch (stroke.cap()) {
                case ROUND -> xml.attribute("stroke-linecap", "round");
                case SQUARE -> xml.attribute("stroke-linecap", "square");
                default -> { }
            }
            switch (stroke.join()) {
                case ROUND -> xml.attribute("stroke-linejoin", "round");
                case BEVEL -> xml.attribute("stroke-linejoin", "bevel");
                default -> xml.attribute("stroke-miterlimit", number(stroke.miterLimit()));
            }
            if (stroke.isDashed()) {
                xml.attribute("stroke-dasharray",
                        stroke.dashes().stream().map(SvgSurface::number).collect(Collectors.joining(" ")));
                if (stroke.dashOffset() != 0) {
                    xml.attribute("stroke-dashoffset", number(stroke.dashOffset()));
                }
            }
        });
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Color color) {
        write(() -> {
            xml.open("text").attribute("x", number(x)).attribute("y", number(y))
                    .attribute("font-family", SvgFontFaces.familyList(style.family()))
                    .attribute("font-size", number(style.size()));
            if (style.bold()) {
                xml.attribute("font-weight", "bold");
            }
            if (style.italic()) {
                xml.attribute("font-style", "italic");
            }
            xml.attribute("fill", hex(color));
            opacity("fill-opacity", color);
            if (Fonts.isBundled(style.family()) && text.indexOf(' ') > 0) {
                wordByWord(text, x, style);
            } else {
                xml.text(text);
            }
            xml.close();
        });
    }

    /**
     * The words of a line, each placed where JavaFX placed it. Readers that kern, or that lack
     * the embedded font, then misplace letters within a word at most, never a whole line's end.
     * A word the font has no glyph for (an arrow, which JavaFX takes from another font) is
     * placed by the reader, and so is the rest of its line.
     */
    private void wordByWord(String text, double x, TextStyle style) throws IOException {
        BundledFaces face = BundledFaces.of(Fonts.faceResource(style.bold(), style.italic()));
        int start = 0;
        double wordX = x;
        while (start < text.length()) {
            int end = text.indexOf(' ', start);
            while (end >= 0 && end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
            end = end < 0 ? text.length() : end;
            String word = text.substring(start, end);
            if (!face.covers(word)) {
                xml.openInline("tspan").text(text.substring(start)).close();
                return;
            }
            xml.openInline("tspan").attribute("x", number(wordX)).text(word).close();
            wordX += face.width(word, style.size());
            start = end;
        }
    }

    @Override
    public void image(RasterImage image, double x, double y, double width, double height) {
        String png = Base64.getEncoder().encodeToString(PngEncoder.encode(image, image.width() / width));
        write(() -> {
            xml.leaf("image").attribute("x", number(x)).attribute("y", number(y))
                    .attribute("width", number(width)).attribute("height", number(height))
                    .attribute("preserveAspectRatio", "none")
                    .attribute("xlink:href", "data:image/png;base64," + png);
            if (current().alpha < 1) {
                xml.attribute("opacity", number(current().alpha));
            }
        });
    }

    private State current() {
        return states.peek();
    }

    private void opacity(String attribute, Color color) throws IOException {
        double alpha = color.getOpacity() * current().alpha;
        if (alpha < 1) {
            xml.attribute(attribute, number(alpha));
        }
    }

    static String pathData(VectorPath path) {
        StringBuilder d = new StringBuilder();
        for (VectorPath.Segment segment : path.segments()) {
            if (segment instanceof VectorPath.MoveTo m) {
                d.append('M').append(number(m.x())).append(' ').append(number(m.y()));
            } else if (segment instanceof VectorPath.LineTo l) {
                d.append('L').append(number(l.x())).append(' ').append(number(l.y()));
            } else if (segment instanceof VectorPath.QuadTo q) {
                d.append('Q').append(number(q.cx())).append(' ').append(number(q.cy())).append(' ')
                        .append(number(q.x())).append(' ').append(number(q.y()));
            } else if (segment instanceof VectorPath.CubicTo c) {
                d.append('C').append(number(c.c1x())).append(' ').append(number(c.c1y())).append(' ')
                        .append(number(c.c2x())).append(' ').append(number(c.c2y())).append(' ')
                        .append(number(c.x())).append(' ').append(number(c.y()));
            } else {
                d.append('Z');
            }
        }
        return d.toString();
    }

    static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }

    /** At most three decimals, no trailing zeros: a thousandth of a pixel is finer than any screen. */
    static String number(double value) {
        long thousandths = Math.round(value * 1000);
        StringBuilder text = new StringBuilder(12);
        if (thousandths < 0) {
            text.append('-');
            thousandths = -thousandths;
        }
        text.append(thousandths / 1000);
        long fraction = thousandths % 1000;
        if (fraction != 0) {
            text.append('.').append((char) ('0' + fraction / 100));
            if (fraction % 100 != 0) {
                text.append((char) ('0' + fraction / 10 % 10));
                if (fraction % 10 != 0) {
                    text.append((char) ('0' + fraction % 10));
                }
            }
        }
        return text.toString();
    }

    /** XML writing inside surface calls, whose signatures cannot throw. */
    @FunctionalInterface
    private interface XmlWrite {
        void run() throws IOException;
    }

    private static void write(XmlWrite write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
