package org.brieflens.extract.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.brieflens.model.LinkKind;

/**
 * A link probe: one to three sentences of brief text and the links an analyst records from it,
 * their ends named by substrings of the text. Probes are cheap to write in quantity, so they
 * cover far more phrasings than whole keyed briefs; the format is in the probes' README.
 */
record LinkProbe(String id, String text, List<Expected> links) {

    /** A link the probe states: its ends are the first occurrences of these substrings. */
    record Expected(String source, LinkKind kind, String target) {
    }

    static List<LinkProbe> read(Path file) throws IOException {
        List<LinkProbe> probes = new ArrayList<>();
        String id = null;
        String text = null;
        List<Expected> links = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.startsWith("# ")) {
                if (id != null) {
                    probes.add(new LinkProbe(id, text, links));
                }
                id = line.substring(2).split("\\s+", 2)[0];
                text = null;
                links = new ArrayList<>();
            } else if (line.startsWith("T:")) {
                text = line.substring(2).strip();
            } else if (line.startsWith("L:")) {
                links.add(expected(file, number, line.substring(2), text));
            } else if (!line.isEmpty() && !line.startsWith("N:")) {
                throw new IOException(file + ":" + number + ": expected '# ID', 'T:', 'L:' or 'N:'");
            }
        }
        if (id != null) {
            probes.add(new LinkProbe(id, text, links));
        }
        return probes;
    }

    private static Expected expected(Path file, int number, String line, String text) throws IOException {
        String[] parts = line.split("\\|");
        if (parts.length != 3 || text == null) {
            throw new IOException(file + ":" + number + ": a link is 'END | kind | END' after its text");
        }
        String kindName = parts[1].strip();
        LinkKind kind = Arrays.stream(LinkKind.values()).filter(each -> each.jsonName().equals(kindName)).findFirst()
                .orElseThrow(() -> new IOException(file + ":" + number + ": unknown link kind '" + kindName + "'"));
        Expected expected = new Expected(parts[0].strip(), kind, parts[2].strip());
        for (String end : List.of(expected.source(), expected.target())) {
            if (!text.contains(end)) {
                throw new IOException(file + ":" + number + ": '" + end + "' is not in the probe's text");
            }
        }
        return expected;
    }
}
