package org.brieflens.export.svg;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.brieflens.export.vector.TextStyle;
import org.brieflens.view.theme.Fonts;

/**
 * The bundled font, embedded in an SVG as CSS {@code @font-face} rules holding only the
 * characters the drawing uses, so that the file shows the same letters, at the same widths, on
 * a machine without Noto Sans. Readers that ignore embedded fonts fall back to the family
 * named, then to any sans-serif.
 */
final class SvgFontFaces {
    /** Characters used, per bundled face resource. */
    private final Map<String, Set<Integer>> used = new TreeMap<>();

    /** The font-family attribute for a style: the family, then the generic fallback. */
    static String familyList(String family) {
        return "'" + family + "', sans-serif";
    }

    void use(String text, TextStyle style) {
        if (!Fonts.isBundled(style.family())) {
            return;
        }
        Set<Integer> characters = used.computeIfAbsent(Fonts.faceResource(style.bold(), style.italic()),
                face -> new TreeSet<>());
        text.codePoints().forEach(characters::add);
    }

    boolean isEmpty() {
        return used.isEmpty();
    }

    /** The CSS rules, one per face used. */
    String css() throws IOException {
        StringBuilder css = new StringBuilder();
        for (Map.Entry<String, Set<Integer>> face : used.entrySet()) {
            boolean bold = face.getKey().equals(Fonts.faceResource(true, false));
            boolean italic = face.getKey().equals(Fonts.faceResource(false, true));
            css.append("\n@font-face { font-family: '").append(Fonts.FAMILY).append("'; font-weight: ")
                    .append(bold ? "bold" : "normal").append("; font-style: ").append(italic ? "italic" : "normal")
                    .append("; src: url(data:font/ttf;base64,")
                    .append(Base64.getEncoder().encodeToString(BundledFaces.of(face.getKey()).subset(face.getValue())))
                    .append(") format('truetype'); }");
        }
        // JavaFX does not kern: neither may the reader, or lines grow shorter than on screen.
        css.append("\ntext { font-kerning: none; }");
        return css.append('\n').toString();
    }
}
