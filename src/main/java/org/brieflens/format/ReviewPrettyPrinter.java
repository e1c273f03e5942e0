package org.brieflens.format;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;

/**
 * Indents JSON two spaces a level, except values marked with {@link #compactNext()}, which are
 * written on one line: a model file then shows one evidence span or one alias list per line,
 * which is what a person reviewing it wants to read.
 */
final class ReviewPrettyPrinter implements PrettyPrinter {
    private int nesting;
    private int compactFrom = -1;
    private boolean compactNext;

    /** The next object or array, and everything inside it, goes on one line. */
    void compactNext() {
        compactNext = true;
    }

    private boolean compact() {
        return compactFrom >= 0 && nesting >= compactFrom;
    }

    private void open(JsonGenerator out, char bracket) throws IOException {
        out.writeRaw(bracket);
        nesting++;
        if (compactNext && compactFrom < 0) {
            compactFrom = nesting;
        }
        compactNext = false;
    }

    private void close(JsonGenerator out, char bracket, int entries) throws IOException {
        if (!compact() && entries > 0) {
            newLine(out, nesting - 1);
        }
        out.writeRaw(bracket);
        if (compactFrom == nesting) {
            compactFrom = -1;
        }
        nesting--;
    }

    private void separate(JsonGenerator out) throws IOException {
        out.writeRaw(',');
        if (compact()) {
            out.writeRaw(' ');
        } else {
            newLine(out, nesting);
        }
    }

    private void first(JsonGenerator out) throws IOException {
        if (!compact()) {
            newLine(out, nesting);
        }
    }

    private static void newLine(JsonGenerator out, int level) throws IOException {
        out.writeRaw('\n');
        for (int i = 0; i < level; i++) {
            out.writeRaw("  ");
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator out) {
        // A model file holds a single root value.
    }

    @Override
    public void writeStartObject(JsonGenerator out) throws IOException {
        open(out, '{');
    }

    @Override
    public void writeEndObject(JsonGenerator out, int entries) throws IOException {
        close(out, '}', entries);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator out) throws IOException {
        separate(out);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator out) throws IOException {
        out.writeRaw(": ");
    }

    @Override
    public void writeStartArray(JsonGenerator out) throws IOException {
        open(out, '[');
    }

    @Override
    public void writeEndArray(JsonGenerator out, int values) throws IOException {
        close(out, ']', values);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator out) throws IOException {
        separate(out);
    }

    @Override
    public void beforeArrayValues(JsonGenerator out) throws IOException {
        first(out);
    }

    @Override
    public void beforeObjectEntries(JsonGenerator out) throws IOException {
        first(out);
    }
}
