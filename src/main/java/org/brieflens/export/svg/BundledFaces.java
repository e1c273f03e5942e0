package org.brieflens.export.svg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled font's faces as SVG export needs them: their advance widths, which are the ones
 * JavaFX lays text out with (it does not kern), and subsets of them to embed. Each face is
 * parsed once; FontBox fonts are not thread-safe, so each is used under its own lock.
 */
final class BundledFaces {
    /** The tables a browser needs to use an embedded TrueType font; layout tables are left out. */
    private static final List<String> WEB_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp", "name", "OS/2", "post", "cmap");
    private static final Map<String, BundledFaces> FACES = new ConcurrentHashMap<>();

    private final TrueTypeFont font;
    private final CmapLookup characters;
    private final float unitsPerEm;

    private BundledFaces(TrueTypeFont font) throws IOException {
        this.font = font;
        this.characters = font.getUnicodeCmapLookup();
        this.unitsPerEm = font.getUnitsPerEm();
    }

    static BundledFaces of(String resource) {
        return FACES.computeIfAbsent(resource, name -> {
            try (InputStream in = BundledFaces.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + name + " is missing from the build");
                }
                return new BundledFaces(new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The width of {@code text} at {@code size}, as JavaFX lays it out: the sum of its advances. */
    synchronized double width(String text, double size) {
        try {
            double units = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                units += font.getAdvanceWidth(characters.getGlyphId(text.codePointAt(i)));
            }
            return units / unitsPerEm * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the face has a glyph for every character of {@code text}. */
    synchronized boolean covers(String text) {
        return text.codePoints().allMatch(codePoint -> characters.getGlyphId(codePoint) != 0);
    }

    /** A TrueType font holding only these characters, for an {@code @font-face} rule. */
    synchronized byte[] subset(Set<Integer> codePoints) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(font, WEB_TABLES);
        subsetter.addAll(codePoints);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }
}
