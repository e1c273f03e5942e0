package org.brieflens.export.vector;

import java.util.Locale;
import java.util.Objects;

import javafx.scene.text.Font;

/** The face and size a run of text is drawn in. The size is in the surface's units (pixels). */
public record TextStyle(String family, double size, boolean bold, boolean italic) {

    public TextStyle {
        Objects.requireNonNull(family, "family");
    }

    /** The style of a JavaFX font, read from the face JavaFX actually chose ("Noto Sans Bold"). */
    public static TextStyle of(Font font) {
        String style = font.getStyle().toLowerCase(Locale.ROOT);
        boolean bold = style.contains("bold") || style.contains("black") || style.contains("heavy");
        boolean italic = style.contains("italic") || style.contains("oblique");
        return new TextStyle(font.getFamily(), font.getSize(), bold, italic);
    }
}
