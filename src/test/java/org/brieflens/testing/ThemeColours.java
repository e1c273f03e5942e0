package org.brieflens.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.paint.Color;

import org.brieflens.view.theme.Theme;

/**
 * The looked-up colours a theme defines on {@code .root}, read from its stylesheets in the
 * order a scene applies them (AtlantaFX's, then BriefLens's), with references between
 * variables resolved: what the contrast test measures.
 */
public final class ThemeColours {
    private static final Pattern ROOT_BLOCK = Pattern.compile("(?m)^\\.root\\s*\\{([^}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("(-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern RGBA = Pattern.compile("rgba?\\(([^)]*)\\)");

    private final Map<String, String> values = new HashMap<>();

    private ThemeColours() {
    }

    public static ThemeColours of(Theme theme) throws IOException {
        ThemeColours colours = new ThemeColours();
        String base = theme.userAgentStylesheet().replace(".bss", ".css");
        colours.define(load(base.startsWith("/") ? base : "/" + base));
        for (String stylesheet : theme.stylesheets()) {
            colours.define(load(stylesheet.substring(stylesheet.indexOf("/org/brieflens/"))));
        }
        return colours;
    }

    public Color get(String variable) {
        return resolve(variable, 0);
    }

    private Color resolve(String variable, int depth) {
        String value = values.get(variable);
        if (value == null || depth > 20) {
            throw new IllegalArgumentException("undefined colour " + variable);
        }
        value = value.trim();
        if (value.startsWith("-")) {
            return resolve(value, depth + 1);
        }
        Matcher rgba = RGBA.matcher(value);
        if (rgba.matches()) {
            String[] parts = rgba.group(1).split(",");
            double alpha = parts.length > 3 ? Double.parseDouble(parts[3].trim()) : 1;
            return Color.rgb(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
                    Integer.parseInt(parts[2].trim()), alpha);
        }
        return Color.web(value);
    }

    private void define(String css) {
        Matcher block = ROOT_BLOCK.matcher(css);
        while (block.find()) {
            Matcher declaration = DECLARATION.matcher(block.group(1));
            while (declaration.find()) {
                values.put(declaration.group(1), declaration.group(2));
            }
        }
    }

    private static String load(String resource) throws IOException {
        try (InputStream in = ThemeColours.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no stylesheet " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {@code top} (possibly translucent) painted over the opaque {@code below}. */
    public static Color over(Color top, Color below) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + below.getRed() * (1 - a), top.getGreen() * a + below.getGreen() * (1 - a),
                top.getBlue() * a + below.getBlue() * (1 - a));
    }

    /** {@code colour} at {@code opacity}, painted over {@code below}. */
    public static Color tint(Color colour, double opacity, Color below) {
        return over(Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), opacity), below);
    }

    /** The WCAG 2 contrast ratio of two opaque colours, from 1 to 21. */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

}
