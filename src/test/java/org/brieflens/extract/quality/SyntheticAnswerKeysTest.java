package org.brieflens.extract.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.brieflens.format.BriefJsonReader;
import org.brieflens.model.Brief;
import org.brieflens.text.SentenceSplitter;

/**
 * Every synthetic answer key, in every set (and every second annotator's key), is a valid model of its brief. Reading a key does
 * not run the extractor, so this checks the held-out sets too without measuring on them.
 */
class SyntheticAnswerKeysTest {
    private static final Path SYNTHETIC = Path.of("src/test/resources/org/brieflens/extract/synthetic");

    static List<Path> keys() throws IOException {
        try (Stream<Path> files = Files.walk(SYNTHETIC)) {
            return files.filter(file -> file.toString().endsWith(".gold.json")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void aKeyIsAValidModelOfTheWholeTextBesideItWithTheSentencesBriefLensFinds(Path key) throws Exception {
        Brief brief = BriefJsonReader.read(key).model().brief();
        // A second annotator's key (second-key/) is of the brief in the folder above.
        Path folder = key.getParent().getFileName().toString().equals("second-key") ? key.getParent().getParent() : key.getParent();
        Path text = folder.resolve(key.getFileName().toString().replace(".gold.json", ".txt"));

        assertThat(brief.text()).isEqualTo(Files.readString(text));
        assertThat(brief.sentences()).isEqualTo(SentenceSplitter.split(brief.text()));
    }

    @Test
    void everyBriefHasItsKey() throws IOException {
        try (Stream<Path> files = Files.walk(SYNTHETIC)) {
            List<Path> briefs = files.filter(file -> file.toString().endsWith(".txt")).toList();

            assertThat(briefs).hasSizeGreaterThanOrEqualTo(27).allSatisfy(brief -> assertThat(
                    brief.resolveSibling(brief.getFileName().toString().replace(".txt", ".gold.json"))).isRegularFile());
        }
    }
}
