package org.brieflens.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.brieflens.files.InputException;
import org.brieflens.files.InputProblem;

/** Every way a model file can be wrong, and the message that says so. */
class BriefJsonValidationTest {
    /** A small valid model; tests break one thing in it. Line numbers below refer to this layout. */
    private static final String VALID = """
            {
              "schemaVersion": 1,
              "brief": {"title": "T", "text": "Japan and China talk."},
              "actors": [
                {"id": "jpn", "name": "Japan", "kind": "state", "iso3": "JPN",
                 "mentions": [{"sentence": 0, "start": 0, "end": 5}]},
                {"id": "chn", "name": "China", "kind": "state", "iso3": "CHN",
                 "mentions": [{"sentence": 0, "start": 10, "end": 15}]}
              ],
              "links": [
                {"id": "l1", "source": "jpn", "target": "chn", "kind": "dialogue", "family": "cooperation",
                 "evidence": [{"sentence": 0, "start": 0, "end": 20}]}
              ],
              "figures": [],
              "exercises": []
            }
            """;

    @Test
    void acceptsTheValidModel() throws Exception {
        ReadResult result = BriefJsonReader.read("ok.json", VALID);

        assertThat(result.model().actors()).hasSize(2);
        assertThat(result.model().brief().sentences()).hasSize(1);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void namesAnUnknownActorInALinkWithItsLineAndColumn() {
        String json = VALID.replace("\"target\": \"chn\"", "\"target\": \"rus\"");

        assertThat(firstProblem(json).describe()).isEqualTo(at(json, "\"rus\"") + ": unknown actor id 'rus'");
    }

    @Test
    void refusesEvidenceOutsideTheText() {
        InputProblem problem = firstProblem(VALID.replace("\"start\": 10, \"end\": 15", "\"start\": 10, \"end\": 99"));

        assertThat(problem.line()).isEqualTo(8);
        assertThat(problem.message()).isEqualTo("span [10, 99) lies outside the text, which has 21 characters");
    }

    @Test
    void refusesEvidenceOutsideItsSentence() {
        String json = VALID.replace("\"text\": \"Japan and China talk.\"",
                        "\"text\": \"Japan and China talk. More.\"")
                .replace("\"evidence\": [{\"sentence\": 0, \"start\": 0, \"end\": 20}]",
                        "\"evidence\": [{\"sentence\": 0, \"start\": 22, \"end\": 26}]");

        assertThat(firstProblem(json).message()).isEqualTo("span [22, 26) is not inside sentence 0 [0, 21)");
    }

    @Test
    void refusesASentenceThatDoesNotExist() {
        InputProblem problem = firstProblem(VALID.replace("{\"sentence\": 0, \"start\": 10", "{\"sentence\": 3, \"start\": 10"));

        assertThat(problem.message()).isEqualTo("sentence 3 does not exist: the brief has 1 sentences");
    }

    @Test
    void refusesDuplicateIds() {
        String json = VALID.replace("\"id\": \"chn\"", "\"id\": \"jpn2\"")
                .replace("\"target\": \"chn\"", "\"target\": \"jpn2\"").replace("jpn2", "jpn");

        assertThat(firstProblem(json).describe())
                .isEqualTo(at(json, "\"jpn\", \"name\": \"China\"") + ": duplicate id 'jpn': already used by an actor");
    }

    @Test
    void refusesAnIdUsedByAnItemOfAnotherKind() {
        InputProblem problem = firstProblem(VALID.replace("\"id\": \"l1\"", "\"id\": \"chn\""));

        assertThat(problem.message()).isEqualTo("duplicate id 'chn': already used by an actor");
    }

    @Test
    void namesAWrongType() {
        String json = VALID.replace("\"iso3\": \"JPN\"", "\"iso3\": 392");

        assertThat(firstProblem(json).describe()).isEqualTo(at(json, "392") + ": actor 0: \"iso3\" must be a string, not an integer");
    }

    @Test
    void namesAMissingRequiredFieldAtItsObject() {
        String json = VALID.replace("\"name\": \"China\", ", "");

        assertThat(firstProblem(json).describe())
                .isEqualTo(at(json, "{\"id\": \"chn\"") + ": actor 1: missing required field \"name\"");
    }

    @Test
    void namesAnUnknownKindWithTheKindsItAccepts() {
        InputProblem problem = firstProblem(VALID.replace("\"kind\": \"dialogue\"", "\"kind\": \"friendship\""));

        assertThat(problem.message()).isEqualTo("link 0: \"kind\" is 'friendship', expected one of partnership, "
                + "membership, dialogue, joint_exercise, arms_transfer, intelligence_sharing, infrastructure, support, "
                + "rivalry, coercion, condemnation, attack");
    }

    @Test
    void refusesAFamilyThatContradictsTheKind() {
        InputProblem problem = firstProblem(VALID.replace("\"family\": \"cooperation\"", "\"family\": \"conflict\""));

        assertThat(problem.message()).isEqualTo("link 0: family 'conflict' does not match kind 'dialogue', which is cooperation");
    }

    @Test
    void refusesANewerSchemaVersion() {
        String json = VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": 7");

        assertThat(firstProblem(json).describe())
                .isEqualTo(at(json, "7,") + ": schemaVersion 7 is newer than this BriefLens reads (1): update BriefLens");
    }

    @Test
    void refusesAFileWithoutASchemaVersion() {
        InputProblem problem = firstProblem(VALID.replace("\"schemaVersion\": 1,", ""));

        assertThat(problem.message()).isEqualTo("the model: missing required field \"schemaVersion\"");
    }

    @Test
    void refusesAnIso3CodeThatIsNotThreeCapitals() {
        assertThat(firstProblem(VALID.replace("\"JPN\"", "\"Japan\"")).message())
                .isEqualTo("iso3 'Japan' is not three capital letters (ISO 3166 alpha-3)");
    }

    @Test
    void refusesAnItemWithoutEvidence() {
        InputProblem problem = firstProblem(VALID.replace(",\n     \"evidence\": [{\"sentence\": 0, \"start\": 0, \"end\": 20}]", ""));

        assertThat(problem.message()).isEqualTo("link 'l1' has no evidence: every item needs at least one source sentence");
    }

    @Test
    void refusesABadUnit() {
        String json = VALID.replace("\"figures\": []", """
                "figures": [{"id": "f", "label": "5", "value": 5, "unit": "US$", "measure": "m",
                 "evidence": [{"sentence": 0, "start": 0, "end": 5}]}]""");

        assertThat(firstProblem(json).message()).startsWith("figure 0: unit 'US$' is not lowercase letters and underscores");
    }

    @Test
    void reportsEveryProblemNotOnlyTheFirst() {
        String json = VALID.replace("\"iso3\": \"JPN\"", "\"iso3\": 1").replace("\"iso3\": \"CHN\"", "\"iso3\": 2");

        InputException failure = failure(json);

        assertThat(failure.problems()).hasSize(2);
        assertThat(failure.getMessage()).endsWith("(and 1 more problem)");
    }

    @Test
    void warnsAboutUnknownFieldsWithoutRefusing() throws Exception {
        String json = VALID.replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"colour\": \"red\",");

        ReadResult result = BriefJsonReader.read("bad.json", json);

        assertThat(result.warnings()).extracting(InputProblem::describe)
                .containsExactly(at(json, "\"red\"") + ": the model: unknown field \"colour\" ignored");
    }

    @Test
    void reportsInvalidJsonWhereItIs() {
        InputProblem problem = firstProblem(VALID.replace("\"figures\": [],", "\"figures\": [],,"));

        assertThat(problem.line()).isEqualTo(14);
        assertThat(problem.message()).startsWith("invalid JSON: Unexpected character (','");
    }

    @Test
    void refusesDuplicateKeys() {
        InputProblem problem = firstProblem(VALID.replace("\"name\": \"Japan\",", "\"name\": \"Japan\", \"name\": \"Nippon\","));

        assertThat(problem.message()).startsWith("invalid JSON: Duplicate field 'name'");
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String deep = "[".repeat(LocatedJsonParser.MAX_NESTING_DEPTH + 1) + "]".repeat(LocatedJsonParser.MAX_NESTING_DEPTH + 1);

        InputProblem problem = firstProblem("{\"schemaVersion\": 1, \"x\": " + deep + "}");

        assertThat(problem.message()).contains("nesting depth").contains("exceeds the maximum allowed");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(firstProblem("").describe()).isEqualTo("bad.json: empty file: expected a JSON object");
    }

    @Test
    void refusesATopLevelThatIsNotAnObject() {
        assertThat(firstProblem("[1, 2]").describe()).isEqualTo("bad.json:1:1: the model must be an object, not an array");
    }

    @Test
    void refusesAFileThatIsNotUtf8(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("latin1.json");
        Files.write(file, "{\"brief\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> BriefJsonReader.read(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ":1:15: invalid UTF-8 (is it text in another encoding, or binary?)");
    }

    @Test
    void problemsAreAlwaysOneLine() {
        InputProblem problem = new InputProblem("f.json", 1, 2, "first line\n  second line");

        assertThat(problem.describe()).isEqualTo("f.json:1:2: first line second line");
    }

    /** "bad.json:LINE:COLUMN" of the first occurrence of {@code snippet} in {@code json}. */
    private static String at(String json, String snippet) {
        int offset = json.indexOf(snippet);
        assertThat(offset).as("snippet %s", snippet).isNotNegative();
        String before = json.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = offset - (before.lastIndexOf('\n') + 1) + 1;
        return "bad.json:" + line + ":" + column;
    }

    private static InputProblem firstProblem(String json) {
        return failure(json).first();
    }

    private static InputException failure(String json) {
        InputException failure = catchThrowableOfType(InputException.class, () -> BriefJsonReader.read("bad.json", json));
        assertThat(failure).as("the model should have been refused").isNotNull();
        List<InputProblem> problems = failure.problems();
        assertThat(problems).isNotEmpty();
        return failure;
    }
}
