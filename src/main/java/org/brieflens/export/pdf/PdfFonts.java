package org.brieflens.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.brieflens.export.vector.TextStyle;
import org.brieflens.view.theme.Fonts;

/**
 * The bundled font's faces, embedded in one PDF (subset to the characters used when the
 * document is saved). Every text is drawn in them, whatever family it names, so a PDF reads
 * the same everywhere; a character the font lacks is drawn as a question mark.
 */
final class PdfFonts {
    private static final String MISSING = "?";

    private final PDDocument document;
    private final Map<String, PDType0Font> faces = new HashMap<>();
    private final Map<String, Map<Integer, Boolean>> drawable = new HashMap<>();

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    PDType0Font face(TextStyle style) {
        return face(style.bold(), style.italic());
    }

    PDType0Font face(boolean bold, boolean italic) {
        return faces.computeIfAbsent(Fonts.faceResource(bold, italic), resource -> {
            try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + resource + " is missing from the build");
                }
                return PDType0Font.load(document, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The text with every character {@code font} cannot draw replaced by a question mark. */
    String drawableText(PDType0Font font, String text) {
        Map<Integer, Boolean> known = drawable.computeIfAbsent(font.getName(), name -> new HashMap<>());
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            boolean canDraw = known.computeIfAbsent(codePoint, point -> canEncode(font, character));
            kept.append(canDraw ? character : MISSING);
        });
        return kept.toString();
    }

    /** The width of {@code text} in {@code font} at {@code size}, in points. */
    double width(PDType0Font font, String text, double size) {
        try {
            return font.getStringWidth(drawableText(font, text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean canEncode(PDType0Font font, String character) {
        if (Character.isISOControl(character.codePointAt(0))) {
            return false;
        }
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
