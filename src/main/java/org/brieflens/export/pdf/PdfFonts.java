package org.brieflens.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import org.brieflens.export.vector.TextStyle;
import org.brieflens.view.theme.Fonts;

/**
 * The fonts of one PDF: the bundled font's faces, embedded (subset to the characters used when
 * the document is saved), for every text whatever family it names, so that a PDF reads the
 * same everywhere. Noto Sans has no arrows (the "→" of a directed link): characters it lacks
 * are drawn in the PDF standard Symbol or Dingbats font, which every reader has, and failing
 * those as a question mark.
 */
final class PdfFonts {
    private static final String MISSING = "?";
    private static final List<PDFont> FALLBACKS = List.of(new PDType1Font(Standard14Fonts.FontName.SYMBOL),
            new PDType1Font(Standard14Fonts.FontName.ZAPF_DINGBATS));

    /** A piece of a line drawn in one font. */
    record Run(PDFont font, String text) {
    }

    private final PDDocument document;
    private final Map<String, PDType0Font> faces = new HashMap<>();
    private final Map<PDFont, Map<Integer, Boolean>> drawable = new HashMap<>();

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

    /** The text cut into runs of characters that {@code face} draws and runs that a fallback draws. */
    List<Run> runs(PDType0Font face, String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = face;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            PDFont font = fontFor(face, codePoint, character);
            if (font == null) {
                font = face;
                character = MISSING;
            }
            if (font != currentFont && !current.isEmpty()) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.append(character);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    /** The width of {@code text} at {@code size}, in points, as {@link #runs} draw it. */
    double width(PDType0Font face, String text, double size) {
        try {
            double width = 0;
            for (Run run : runs(face, text)) {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            }
            return width;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDFont fontFor(PDType0Font face, int codePoint, String character) {
        if (Character.isISOControl(codePoint)) {
            return null;
        }
        if (canDraw(face, codePoint, character)) {
            return face;
        }
        return FALLBACKS.stream().filter(font -> canDraw(font, codePoint, character)).findFirst().orElse(null);
    }

    private boolean canDraw(PDFont font, int codePoint, String character) {
        return drawable.computeIfAbsent(font, key -> new HashMap<>()).computeIfAbsent(codePoint, key -> {
            try {
                // Symbol's letters are Greek: it only ever stands in outside ASCII.
                return font.encode(character).length > 0 && (font != FALLBACKS.get(0) || codePoint > 0x7F);
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
