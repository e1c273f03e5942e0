package org.brieflens.network.paint;

/** A colour with opacity, each channel in [0, 1]: what a {@link Surface} paints with. */
public record Rgba(double red, double green, double blue, double alpha) {

    public Rgba {
        if (!(in(red) && in(green) && in(blue) && in(alpha))) {
            throw new IllegalArgumentException("channels must lie in [0, 1]: " + red + ", " + green + ", " + blue
                    + ", " + alpha);
        }
    }

    /** "#0072B2" or "#0072B2CC". */
    public static Rgba hex(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        if (digits.length() != 6 && digits.length() != 8) {
            throw new IllegalArgumentException("not a colour: " + hex);
        }
        int red = Integer.parseInt(digits.substring(0, 2), 16);
        int green = Integer.parseInt(digits.substring(2, 4), 16);
        int blue = Integer.parseInt(digits.substring(4, 6), 16);
        int alpha = digits.length() == 8 ? Integer.parseInt(digits.substring(6, 8), 16) : 255;
        return new Rgba(red / 255.0, green / 255.0, blue / 255.0, alpha / 255.0);
    }

    public Rgba withAlpha(double newAlpha) {
        return new Rgba(red, green, blue, newAlpha);
    }

    /** This colour moved {@code amount} (0–1) of the way towards {@code other}. */
    public Rgba mix(Rgba other, double amount) {
        return new Rgba(red + (other.red - red) * amount, green + (other.green - green) * amount,
                blue + (other.blue - blue) * amount, alpha + (other.alpha - alpha) * amount);
    }

    /** Relative luminance (WCAG), for choosing outlines and text that stand out. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static boolean in(double value) {
        return value >= 0 && value <= 1;
    }
}
