package org.brieflens.export.svg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.brieflens.export.vector.VectorDrawing;
import org.brieflens.export.xml.XmlDocument;

/**
 * Writes a drawing as a standalone SVG 1.1 document: its size in pixels, the subset of the
 * bundled font it needs, then the drawing.
 */
public final class SvgWriter {
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String XLINK = "http://www.w3.org/1999/xlink";

    private SvgWriter() {
    }

    public static byte[] toBytes(VectorDrawing drawing, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(drawing, title, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void write(VectorDrawing drawing, String title, OutputStream out) throws IOException {
        SvgFontFaces fonts = new SvgFontFaces();
        drawing.texts().forEach(run -> fonts.use(run.text(), run.style()));
        String width = SvgSurface.number(drawing.width());
        String height = SvgSurface.number(drawing.height());
        XmlDocument xml = XmlDocument.start(out);
        xml.open("svg").attribute("xmlns", SVG).attribute("xmlns:xlink", XLINK).attribute("version", "1.1")
                .attribute("width", width).attribute("height", height)
                .attribute("viewBox", "0 0 " + width + " " + height)
                // Text is written as laid out on screen: keep its spaces as they are.
                .attribute("xml:space", "preserve");
        xml.element("title", title);
        if (!fonts.isEmpty()) {
            xml.open("style").attribute("type", "text/css").text(fonts.css()).close();
        }
        try {
            drawing.replay(new SvgSurface(xml));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        xml.finish();
    }
}
