package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.brieflens.extract.quality.AnswerKeyCase;
import org.brieflens.format.BriefJsonReader;
import org.brieflens.format.BriefJsonWriter;
import org.brieflens.model.BriefModel;
import org.brieflens.model.ModelChecker;
import org.brieflens.model.Provenance;
import org.brieflens.testing.GoldModels;

/** Whatever the extractor makes is a valid model: it passes the checker and survives the JSON format. */
class ExtractedModelsAreValidTest {

    static List<String> devBriefs() {
        return GoldModels.NAMES;
    }

    @Test
    void theBundledBriefsModelPassesTheChecker() throws Exception {
        assertValid(AnswerKeyCase.bundled().extracted());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("devBriefs")
    void eachDevBriefsModelPassesTheChecker(String name) throws Exception {
        assertValid(AnswerKeyCase.dev(name).extracted());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "x",
        "...",
        "- NATO\n- \n- Japan's",
        "'s 's NATO's 's",
        "$ ¥ A$ 5 billion $ trillion",
        "(DAPA) (NATO) ( ) )(",
        "President President Secretary General",
        "The Navy. The Cabinet. the coast guard's navy",
        "China-Russia-US-Japan-India-Australia-France-Germany-Italy competition",
        "by 2025 since 2020 tripled doubled 18% 3rd 24-2 K2 DDG-62 Oct. 31 10:30",
        "61.2 trillion won, 1.000.000 troops, 2024.06.27, 1,2,3 and 12.5.2024 by 61.2",
        "Exercise Exercise Exercise (RIMPAC) RIMPAC 2024 Freedom Edge 24-2 the first Freedom Edge",
        "NATO member Poland (Japan, Korea) established by Japan, Britain and Italy including Estonia",
        "日本 и Россия 😀 Japan\u2019s \u201Cdrills\u201D,Tokyo's",
    })
    void oddTextStillGivesAValidModel(String text) {
        assertValid(Extracted.from(text).model());
    }

    @Test
    void everyExtractedItemCarriesAConfidenceAndTheRuleThatProducedIt() throws Exception {
        BriefModel model = AnswerKeyCase.bundled().extracted();

        assertThat(model.actors()).allSatisfy(actor -> assertExtracted(actor.provenance()));
        assertThat(model.links()).allSatisfy(link -> assertExtracted(link.provenance()));
        assertThat(model.figures()).allSatisfy(figure -> assertExtracted(figure.provenance()));
        assertThat(model.exercises()).allSatisfy(exercise -> assertExtracted(exercise.provenance()));
    }

    private static void assertExtracted(Provenance provenance) {
        assertThat(provenance.isHandChecked()).isFalse();
        assertThat(provenance.rule()).isNotBlank();
        assertThat(provenance.confidence()).isBetween(0.0, 1.0);
    }

    private static void assertValid(BriefModel model) {
        assertThat(ModelChecker.check(model)).isEmpty();
        try {
            BriefModel reread = BriefJsonReader.read("extracted.json", BriefJsonWriter.toJson(model)).model();
            assertThat(reread).isEqualTo(model);
        } catch (Exception e) {
            throw new AssertionError("the extracted model does not survive the JSON format: " + e.getMessage(), e);
        }
    }

    /**
     * Shuffled words of the bundled brief, with numbers, signs and punctuation thrown in: no
     * order of words makes the extractor fail or produce an invalid model. The seed is fixed, so
     * a failure can be replayed.
     */
    @Test
    void shuffledWordsNeverBreakTheExtractor() throws Exception {
        String[] words = java.nio.file.Files.readString(org.brieflens.testing.Briefs.BUNDLED_TEXT).split("\\s+");
        String[] extras = {"$", "¥", "A$", "(", ")", "'s", "-", "–", ",", ".", "\n", "2024", "61.2", "1,600", "by",
            "since", "the", "with", "Exercise", "RIMPAC", "(DAPA)", "President", "Navy", "coast guard", "that", "as",
            "Mr", "Vice.", "Adm.", "24-2", "DDG-62", "won", "trillion", "%", "at least", "its", "their"};
        java.util.Random random = new java.util.Random(20261128);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(60);
            for (int i = 0; i < length; i++) {
                String word = random.nextInt(4) == 0 ? extras[random.nextInt(extras.length)] : words[random.nextInt(words.length)];
                text.append(word).append(random.nextInt(8) == 0 ? "" : " ");
            }
            String sample = text.toString();
            try {
                assertValid(Extracted.from(sample).model());
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("round " + round + " failed on: " + sample, e);
            }
        }
    }
}
