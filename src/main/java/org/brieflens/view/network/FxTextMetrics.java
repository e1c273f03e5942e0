package org.brieflens.view.network;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import org.brieflens.network.paint.FontSpec;
import org.brieflens.network.paint.TextMetrics;

/**
 * Text sizes as JavaFX lays text out, measured once per text and font: a canvas of thousands
 * of labels asks for the same widths on every frame.
 */
final class FxTextMetrics implements TextMetrics {
    private static final int MAX_CACHED = 20_000;

    private final Text probe = new Text();
    private final Map<FontSpec, Font> fonts = new HashMap<>();
    private final Map<FontSpec, Map<String, Double>> widths = new HashMap<>();
    private final Map<FontSpec, double[]> lines = new HashMap<>();

    Font font(FontSpec spec) {
        return fonts.computeIfAbsent(spec, key -> Font.font(key.family(),
                key.bold() ? FontWeight.BOLD : FontWeight.NORMAL, key.size()));
    }

    @Override
    public double width(String text, FontSpec font) {
        Map<String, Double> cache = widths.computeIfAbsent(font, key -> new HashMap<>());
        Double width = cache.get(text);
        if (width == null) {
            if (cache.size() > MAX_CACHED) {
                cache.clear();
            }
            probe.setFont(font(font));
            probe.setText(text);
            width = probe.getLayoutBounds().getWidth();
            cache.put(text, width);
        }
        return width;
    }

    @Override
    public double ascent(FontSpec font) {
        return line(font)[0];
    }

    @Override
    public double lineHeight(FontSpec font) {
        return line(font)[1];
    }

    private double[] line(FontSpec spec) {
        return lines.computeIfAbsent(spec, key -> {
            probe.setFont(font(key));
            probe.setText("Ág");
            return new double[] {probe.getBaselineOffset(), probe.getLayoutBounds().getHeight()};
        });
    }
}
