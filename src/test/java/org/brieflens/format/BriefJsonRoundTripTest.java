package org.brieflens.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.brieflens.model.Actor;
import org.brieflens.model.ActorKind;
import org.brieflens.model.Brief;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Evidence;
import org.brieflens.model.Exercise;
import org.brieflens.model.ExerciseDomain;
import org.brieflens.model.Figure;
import org.brieflens.model.Link;
import org.brieflens.model.LinkKind;
import org.brieflens.model.Provenance;
import org.brieflens.model.Span;
import org.brieflens.model.Unit;
import org.brieflens.testing.Briefs;

class BriefJsonRoundTripTest {

    @Test
    void theBundledModelSurvivesWritingAndReading(@TempDir Path folder) throws Exception {
        BriefModel original = Briefs.bundled();
        Path file = folder.resolve("bundled.brief.json");

        BriefJsonWriter.write(original, file);
        BriefModel read = BriefJsonReader.read(file).model();

        assertThat(read).isEqualTo(original);
    }

    @Test
    void everyOptionalFieldSurvivesWritingAndReading() throws Exception {
        String text = "Japan and Vietnam held 3 drills worth $1.5 billion, up from 2 in 2020.";
        Brief brief = new Brief("All fields", "https://example.org/a", "2024-06", text, List.of(new Span(0, text.length())));
        Evidence japan = at(text, "Japan");
        Evidence vietnam = at(text, "Vietnam");
        Evidence sentence = at(text, "Japan and Vietnam held 3 drills");
        Provenance rule = new Provenance(0.75, "test-rule");
        BriefModel model = new BriefModel(brief,
                List.of(new Actor("jpn", "Japan", ActorKind.STATE, "JPN", List.of("Tokyo"), List.of("quad"), List.of(), null,
                                List.of(japan), rule),
                        new Actor("vnm", "Vietnam", ActorKind.STATE, "VNM", List.of(), List.of(), List.of(), null,
                                List.of(vietnam), Provenance.HAND_CHECKED),
                        new Actor("quad", "Quad", ActorKind.GROUPING, null, List.of(), List.of(), List.of("jpn"), null,
                                List.of(japan), Provenance.HAND_CHECKED),
                        new Actor("navy", "Japanese Navy", ActorKind.ORGANISATION, null, List.of(), List.of(), List.of(),
                                "jpn", List.of(japan), Provenance.HAND_CHECKED)),
                List.of(new Link("l1", "navy", "vnm", LinkKind.JOINT_EXERCISE, false, List.of(sentence), null, rule),
                        new Link("l2", "jpn", "vnm", LinkKind.JOINT_EXERCISE, true, List.of(sentence), "l1",
                                Provenance.HAND_CHECKED)),
                List.of(new Figure("f0", "2", 2, Unit.COUNT, "drills", List.of("jpn"), 2020, null, null, null, null,
                                List.of(at(text, "2 in")), Provenance.HAND_CHECKED),
                        new Figure("f1", "3", 3, Unit.COUNT, "drills", List.of("jpn", "vnm"), 2024, 2020, "annual",
                                "at least", "f0", List.of(at(text, "3")), rule),
                        new Figure("f2", "$1.5 billion", 1.5e9, Unit.USD, "worth of drills", List.of(), null, null, null,
                                null, null, List.of(at(text, "$1.5 billion")), Provenance.HAND_CHECKED)),
                List.of(new Exercise("x1", "Drill", List.of("jpn", "vnm"), ExerciseDomain.MINE_COUNTERMEASURES, "annual",
                        "tripled since 2021", List.of("f1"), List.of(sentence), rule)));

        String json = BriefJsonWriter.toJson(model);
        BriefModel read = BriefJsonReader.read("all-fields.json", json).model();

        assertThat(read).isEqualTo(model);
        assertThat(json).contains("\"confidence\": 0.75", "\"rule\": \"test-rule\"", "\"family\": \"cooperation\"",
                "\"value\": 1500000000,", "\"derivedFrom\": \"l1\"");
    }

    @Test
    void writesEvidenceOnePerLineForReviewers() {
        String json = BriefJsonWriter.toJson(Briefs.bundled());

        assertThat(json).contains("\n        {\"sentence\": 0, \"start\": 2, \"end\": 6},\n");
        assertThat(json).contains("\"aliases\": [\"North Atlantic Treaty Organization\"],");
        assertThat(json).startsWith("{\n  \"schemaVersion\": 1,\n  \"brief\": {\n");
    }

    @Test
    void theFileOnDiskIsExactlyWhatTheWriterProduces(@TempDir Path folder) throws Exception {
        BriefModel model = Briefs.bundled();
        Path file = folder.resolve("model.json");

        BriefJsonWriter.write(model, file);

        assertThat(Files.readString(file)).isEqualTo(BriefJsonWriter.toJson(model));
    }

    private static Evidence at(String text, String quote) {
        int start = text.indexOf(quote);
        return new Evidence(0, start, start + quote.length());
    }
}
