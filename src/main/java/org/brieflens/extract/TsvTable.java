package org.brieflens.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A tab-separated data file shipped in the resources: a header line naming the columns, then rows. */
public final class TsvTable {
    private final List<Map<String, String>> rows;

    private TsvTable(List<Map<String, String>> rows) {
        this.rows = rows;
    }

    public static TsvTable load(String resource) {
        try (InputStream in = TsvTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data file " + resource + " is missing from the build");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
    }

    /** A table from its text, as {@link #load} reads it from the resources. */
    public static TsvTable read(Reader text) throws IOException {
        BufferedReader reader = new BufferedReader(text);
        String first = reader.readLine();
        String[] header = (first == null ? "" : first).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i].strip() : "");
            }
            rows.add(row);
        }
        return new TsvTable(rows);
    }

    public List<Map<String, String>> rows() {
        return rows;
    }

    /** The items of a "|"-separated cell, none for an empty cell. */
    public static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
