package org.brieflens.view.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A value axis: where a value falls (0 at the left end, 1 at the right) and which ticks to
 * label. Values that span orders of magnitude get a logarithmic scale of whole decades, so that
 * $5 billion and $3.4 trillion are both readable; the rest a linear scale from zero.
 */
public final class PlotScale {
    /** From this ratio of largest to smallest value on, a linear scale squashes the small ones. */
    static final double LOG_RATIO = 20;

    private final boolean logarithmic;
    private final double low;
    private final double high;
    private final List<Double> ticks;

    private PlotScale(boolean logarithmic, double low, double high, List<Double> ticks) {
        this.logarithmic = logarithmic;
        this.low = low;
        this.high = high;
        this.ticks = List.copyOf(ticks);
    }

    /** The scale that shows all of {@code values}; percentages keep 0–100 unless they exceed it. */
    public static PlotScale fitting(Collection<Double> values, boolean percent) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (!percent && min > 0 && max / min >= LOG_RATIO) {
            return logarithmic(min, max);
        }
        double top = percent ? Math.max(100, max) : max;
        return linear(Math.min(0, min), top <= 0 ? 1 : top);
    }

    public static PlotScale logarithmic(double min, double max) {
        int lowDecade = (int) Math.floor(Math.log10(min));
        int highDecade = (int) Math.ceil(Math.log10(max));
        if (highDecade == lowDecade) {
            highDecade++;
        }
        int step = (highDecade - lowDecade) > 10 ? 2 : 1;
        List<Double> ticks = new ArrayList<>();
        for (int decade = lowDecade; decade <= highDecade; decade += step) {
            ticks.add(Math.pow(10, decade));
        }
        return new PlotScale(true, Math.pow(10, lowDecade), Math.pow(10, highDecade), ticks);
    }

    public static PlotScale linear(double min, double max) {
        double step = niceStep((max - min) / 5);
        double top = Math.ceil(max / step) * step;
        double bottom = Math.floor(min / step) * step;
        List<Double> ticks = new ArrayList<>();
        for (double tick = bottom; tick <= top + step / 2; tick += step) {
            ticks.add(tick);
        }
        return new PlotScale(false, bottom, top, ticks);
    }

    /** Where {@code value} falls between the ends, from 0 to 1. */
    public double fraction(double value) {
        double fraction = logarithmic
                ? (Math.log10(Math.max(value, low)) - Math.log10(low)) / (Math.log10(high) - Math.log10(low))
                : (value - low) / (high - low);
        return Math.max(0, Math.min(1, fraction));
    }

    public List<Double> ticks() {
        return ticks;
    }

    public boolean isLogarithmic() {
        return logarithmic;
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    private static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double residual = rough / magnitude;
        double nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
