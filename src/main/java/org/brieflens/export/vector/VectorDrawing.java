package org.brieflens.export.vector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;

import org.brieflens.export.image.RasterImage;

/**
 * A picture of a given size recorded as the calls made on a {@link VectorSurface}, to be
 * replayed on an SVG document or a PDF page later, on another thread. Recording is what happens
 * on the JavaFX thread; writing the files does not need it.
 */
public final class VectorDrawing {
    private final double width;
    private final double height;
    private final List<Consumer<VectorSurface>> calls;
    private final List<TextRun> texts;

    /** A piece of text the drawing holds, for writers that embed the characters of its font. */
    public record TextRun(String text, TextStyle style) {
    }

    private VectorDrawing(double width, double height, Recorder recorder) {
        this.width = width;
        this.height = height;
        this.calls = List.copyOf(recorder.calls);
        this.texts = List.copyOf(recorder.texts);
    }

    /** Records what {@code painter} draws on a surface of the given size. */
    public static VectorDrawing record(double width, double height, Consumer<VectorSurface> painter) {
        Recorder recorder = new Recorder();
        painter.accept(recorder);
        return new VectorDrawing(width, height, recorder);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public List<TextRun> texts() {
        return texts;
    }

    public void replay(VectorSurface surface) {
        for (Consumer<VectorSurface> call : calls) {
            call.accept(surface);
        }
    }

    /** A surface that keeps every call (its arguments are immutable) in order. */
    private static final class Recorder implements VectorSurface {
        private final List<Consumer<VectorSurface>> calls = new ArrayList<>();
        private final List<TextRun> texts = new ArrayList<>();

        @Override
        public void save() {
            calls.add(VectorSurface::save);
        }

        @Override
        public void restore() {
            calls.add(VectorSurface::restore);
        }

        @Override
        public void transform(Affine2D transform) {
            calls.add(surface -> surface.transform(transform));
        }

        @Override
        public void clip(VectorPath path) {
            calls.add(surface -> surface.clip(path));
        }

        @Override
        public void multiplyAlpha(double alpha) {
            calls.add(surface -> surface.multiplyAlpha(alpha));
        }

        @Override
        public void fill(VectorPath path, Color color, FillRule rule) {
            calls.add(surface -> surface.fill(path, color, rule));
        }

        @Override
        public void stroke(VectorPath path, Color color, StrokeStyle stroke) {
            calls.add(surface -> surface.stroke(path, color, stroke));
        }

        @Override
        public void text(String text, double x, double y, TextStyle style, Color color) {
            calls.add(surface -> surface.text(text, x, y, style, color));
            texts.add(new TextRun(text, style));
        }

        @Override
        public void image(RasterImage image, double x, double y, double width, double height) {
            calls.add(surface -> surface.image(image, x, y, width, height));
        }
    }
}
