package org.brieflens.export.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV after RFC 4180: UTF-8, comma-separated, CRLF line ends, and a field
 * quoted (its quotes doubled) when it holds a comma, a quote or a line break, or starts or ends
 * with a space a spreadsheet would otherwise drop.
 */
public final class CsvWriter {
    private final Writer out;
    private final int columns;

    private CsvWriter(Writer out, int columns) {
        this.out = out;
        this.columns = columns;
    }

    /** Starts a table on {@code out} with its header row. */
    public static CsvWriter start(OutputStream out, List<String> header) throws IOException {
        CsvWriter writer = new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), header.size());
        writer.row(header);
        return writer;
    }

    public void row(List<String> fields) throws IOException {
        if (fields.size() != columns) {
            throw new IllegalArgumentException("a row of this table has " + columns + " fields, not " + fields.size());
        }
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** Flushes what was written; the stream stays open. */
    public void finish() throws IOException {
        out.flush();
    }

    static String quoted(String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || field.startsWith(" ") || field.endsWith(" ");
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
