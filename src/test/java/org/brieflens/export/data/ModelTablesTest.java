package org.brieflens.export.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.brieflens.model.BriefModel;
import org.brieflens.testing.Briefs;

class ModelTablesTest {
    private final BriefModel model = Briefs.bundled();

    @Test
    void aFieldWithACommaAQuoteOrALineBreakRoundTrips() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = CsvWriter.start(out, List.of("plain", "tricky"));
        csv.row(List.of("NATO", "Japan, \"Tokyo\"\nand Canberra"));
        csv.finish();

        List<List<String>> rows = parse(out.toString(StandardCharsets.UTF_8));

        assertThat(rows).containsExactly(List.of("plain", "tricky"), List.of("NATO", "Japan, \"Tokyo\"\nand Canberra"));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"Japan, \"\"Tokyo\"\"\nand Canberra\"\r\n");
    }

    @Test
    void theActorsTableHasARowPerActorWithItsKindAndCode() throws Exception {
        List<List<String>> rows = table(ModelTables::actors);

        assertThat(rows).hasSize(model.actors().size() + 1);
        assertThat(rows.get(0)).startsWith("id", "name", "kind", "iso3");
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("jpn", "Japan", "state", "JPN"));
    }

    @Test
    void theLinksTableNamesBothEndsAndKeepsTheQuoteWhole() throws Exception {
        List<List<String>> rows = table(ModelTables::links);

        assertThat(rows).hasSize(model.links().size() + 1);
        List<String> header = rows.get(0);
        List<String> first = rows.get(1);
        assertThat(first.get(header.indexOf("source_name"))).isNotBlank();
        assertThat(first.get(header.indexOf("family"))).isIn("cooperation", "conflict");
        assertThat(rows.stream().map(row -> row.get(header.indexOf("quote")))).anyMatch(quote -> quote.contains(","));
    }

    @Test
    void figuresKeepTheirValueInBaseUnitsAndExercisesTheirParticipants() throws Exception {
        List<List<String>> figures = table(ModelTables::figures);
        List<List<String>> exercises = table(ModelTables::exercises);

        assertThat(figures).hasSize(model.figures().size() + 1)
                .anySatisfy(row -> assertThat(row).contains("$5 billion", "5000000000"));
        assertThat(exercises).hasSize(model.exercises().size() + 1);
    }

    private List<List<String>> table(ModelTables.Writer writer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(model, out);
        return parse(out.toString(StandardCharsets.UTF_8));
    }

    /** A strict RFC 4180 reader: what a spreadsheet does with the file. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
