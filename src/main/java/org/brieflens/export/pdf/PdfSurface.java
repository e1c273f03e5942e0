package org.brieflens.export.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

import org.brieflens.export.image.RasterImage;
import org.brieflens.export.vector.Affine2D;
import org.brieflens.export.vector.StrokeStyle;
import org.brieflens.export.vector.TextStyle;
import org.brieflens.export.vector.VectorPath;
import org.brieflens.export.vector.VectorSurface;

/**
 * Draws on a PDF page's content stream. The caller sets up a transform that makes y point down
 * (as on screen); text and images, which PDF draws y-up, are flipped back where they are drawn.
 * Opacity goes through graphics states, which PDF keeps with {@code q}/{@code Q} as this
 * surface keeps its own.
 */
final class PdfSurface implements VectorSurface {
    private final PDDocument document;
    private final PDPageContentStream content;
    private final PdfFonts fonts;
    private final Deque<State> states = new ArrayDeque<>();
    private final Map<String, PDExtendedGraphicsState> opacities = new HashMap<>();

    /** What q/Q keeps: the opacity multiplied in, and the fill and stroke opacity last set. */
    private static final class State {
        double alpha;
        double fillAlpha;
        double strokeAlpha;

        State(double alpha, double fillAlpha, double strokeAlpha) {
            this.alpha = alpha;
            this.fillAlpha = fillAlpha;
            this.strokeAlpha = strokeAlpha;
        }

        State copy() {
            return new State(alpha, fillAlpha, strokeAlpha);
        }
    }

    PdfSurface(PDDocument document, PDPageContentStream content, PdfFonts fonts) {
        this.document = document;
        this.content = content;
        this.fonts = fonts;
        states.push(new State(1, 1, 1));
    }

    @Override
    public void save() {
        write(content::saveGraphicsState);
        states.push(current().copy());
    }

    @Override
    public void restore() {
        if (states.size() > 1) {
            write(content::restoreGraphicsState);
            states.pop();
        }
    }

    @Override
    public void transform(Affine2D t) {
        if (!t.isIdentity()) {
            write(() -> content.transform(new Matrix((float) t.mxx(), (float) t.myx(), (float) t.mxy(),
                    (float) t.myy(), (float) t.tx(), (float) t.ty())));
        }
    }

    @Override
    public void clip(VectorPath path) {
        write(() -> {
            path(path);
            content.clip();
        });
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
            opacity(color.getOpacity() * current().alpha, current().strokeAlpha);
            content.setNonStrokingColor((float) color.getRed(), (float) color.getGreen(), (float) color.getBlue());
            path(path);
            if (rule == FillRule.EVEN_ODD) {
                content.fillEvenOdd();
            } else {
                content.fill();
            }
        });
    }

    @Override
    public void stroke(VectorPath path, Color color, StrokeStyle stroke) {
        if (path.isEmpty()) {
            return;
        }
        write(() -> {
            opacity(current().fillAlpha, color.getOpacity() * current().alpha);
            content.setStrokingColor((float) color.getRed(), (float) color.getGreen(), (float) color.getBlue());
            content.setLineWidth((float) stroke.width());
            content.setLineCapStyle(switch (stroke.cap()) {
                case BUTT -> 0;
                case ROUND -> 1;
                case SQUARE -> 2;
            });
            content.setLineJoinStyle(switch (stroke.join()) {
                case MITER -> 0;
                case ROUND -> 1;
                case BEVEL -> 2;
            });
            content.setMiterLimit((float) stroke.miterLimit());
            float[] dashes = new float[stroke.isDashed() ? stroke.dashes().size() : 0];
            for (int i = 0; i < dashes.length; i++) {
                dashes[i] = stroke.dashes().get(i).floatValue();
            }
            content.setLineDashPattern(dashes, (float) stroke.dashOffset());
            path(path);
            content.stroke();
        });
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Color color) {
        List<PdfFonts.Run> runs = fonts.runs(fonts.face(style), text);
        write(() -> {
            opacity(color.getOpacity() * current().alpha, current().strokeAlpha);
            content.setNonStrokingColor((float) color.getRed(), (float) color.getGreen(), (float) color.getBlue());
            content.beginText();
            // The page's y points down; flip the text back upright about its baseline.
            content.setTextMatrix(new Matrix(1, 0, 0, -1, (float) x, (float) y));
            // Each run starts where the one before it ended.
            for (PdfFonts.Run run : runs) {
                content.setFont(run.font(), (float) style.size());
                content.showText(run.text());
            }
            content.endText();
        });
    }

    @Override
    public void image(RasterImage image, double x, double y, double width, double height) {
        write(() -> {
            opacity(current().alpha, current().strokeAlpha);
            PDImageXObject xObject = LosslessFactory.createFromImage(document, image.toBufferedImage());
            content.drawImage(xObject, new Matrix((float) width, 0, 0, (float) -height, (float) x,
                    (float) (y + height)));
        });
    }

    private State current() {
        return states.peek();
    }

    /** Sets the fill and stroke opacity through a graphics state, when they change. */
    private void opacity(double fill, double stroke) throws IOException {
        State state = current();
        if (Math.abs(fill - state.fillAlpha) < 1e-3 && Math.abs(stroke - state.strokeAlpha) < 1e-3) {
            return;
        }
        String key = Math.round(fill * 1000) + "/" + Math.round(stroke * 1000);
        PDExtendedGraphicsState graphicsState = opacities.computeIfAbsent(key, k -> {
            PDExtendedGraphicsState created = new PDExtendedGraphicsState();
            created.setNonStrokingAlphaConstant((float) fill);
            created.setStrokingAlphaConstant((float) stroke);
            return created;
        });
        content.setGraphicsStateParameters(graphicsState);
        state.fillAlpha = fill;
        state.strokeAlpha = stroke;
    }

    private void path(VectorPath path) throws IOException {
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        for (VectorPath.Segment segment : path.segments()) {
            if (segment instanceof VectorPath.MoveTo m) {
                content.moveTo((float) m.x(), (float) m.y());
                x = startX = m.x();
                y = startY = m.y();
            } else if (segment instanceof VectorPath.LineTo l) {
                content.lineTo((float) l.x(), (float) l.y());
                x = l.x();
                y = l.y();
            } else if (segment instanceof VectorPath.QuadTo q) {
                // PDF has only cubic curves: raise the quadratic's degree.
                content.curveTo((float) (x + 2.0 / 3 * (q.cx() - x)), (float) (y + 2.0 / 3 * (q.cy() - y)),
                        (float) (q.x() + 2.0 / 3 * (q.cx() - q.x())), (float) (q.y() + 2.0 / 3 * (q.cy() - q.y())),
                        (float) q.x(), (float) q.y());
                x = q.x();
                y = q.y();
            } else if (segment instanceof VectorPath.CubicTo c) {
                content.curveTo((float) c.c1x(), (float) c.c1y(), (float) c.c2x(), (float) c.c2y(), (float) c.x(),
                        (float) c.y());
                x = c.x();
                y = c.y();
            } else {
                content.closePath();
                x = startX;
                y = startY;
            }
        }
    }

    @FunctionalInterface
    private interface PdfWrite {
        void run() throws IOException;
    }

    private static void write(PdfWrite write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
