package org.brieflens.export.vector;

import java.util.List;

import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;

/**
 * Turns JavaFX paints into the flat colours vector surfaces draw with. A gradient becomes its
 * colour at the middle of what it fills: the themes use gradients only for faint shading (a
 * text field's inner shadow a few pixels deep), which one colour renders as the eye sees it.
 */
final class Paints {

    private Paints() {
    }

    /** The colour to draw with, or null when the paint draws nothing we can express. */
    static Color flat(Paint paint) {
        return flat(paint, 0, 0);
    }

    /** As {@link #flat(Paint)}, for a paint filling a {@code width} x {@code height} box. */
    static Color flat(Paint paint, double width, double height) {
        Color color = null;
        if (paint instanceof Color plain) {
            color = plain;
        } else if (paint instanceof LinearGradient linear) {
            color = at(linear.getStops(), middleOf(linear, width, height));
        } else if (paint instanceof RadialGradient radial) {
            color = at(radial.getStops(), 0.5);
        }
        return color == null || color.getOpacity() == 0 ? null : color;
    }

    /** Where the middle of the box falls along the gradient, from 0 (its start) to 1 (its end). */
    private static double middleOf(LinearGradient gradient, double width, double height) {
        double scaleX = gradient.isProportional() ? 1 : width;
        double scaleY = gradient.isProportional() ? 1 : height;
        double middleX = gradient.isProportional() ? 0.5 : width / 2;
        double middleY = gradient.isProportional() ? 0.5 : height / 2;
        if (!gradient.isProportional() && (scaleX <= 0 || scaleY <= 0)) {
            return 0.5;
        }
        double dx = gradient.getEndX() - gradient.getStartX();
        double dy = gradient.getEndY() - gradient.getStartY();
        double length = dx * dx + dy * dy;
        if (length == 0) {
            return 0.5;
        }
        double t = ((middleX - gradient.getStartX()) * dx + (middleY - gradient.getStartY()) * dy) / length;
        return Math.max(0, Math.min(1, t));
    }

    private static Color at(List<Stop> stops, double t) {
        if (stops.isEmpty()) {
            return null;
        }
        Stop before = stops.get(0);
        for (Stop stop : stops) {
            if (stop.getOffset() >= t) {
                double span = stop.getOffset() - before.getOffset();
                double fraction = span <= 0 ? 0 : (t - before.getOffset()) / span;
                return before.getColor().interpolate(stop.getColor(), fraction);
            }
            before = stop;
        }
        return before.getColor();
    }
}
