package org.brieflens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.brieflens.testing.Briefs;

class ValidateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    @Test
    void aValidModelExitsZeroAndSaysWhatItHolds() {
        int code = run("validate", Briefs.BUNDLED_MODEL.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo(Briefs.BUNDLED_MODEL
                + ": valid (23 actors, 35 links, 9 figures, 5 exercises)\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anInvalidModelExitsTwoWithOneLineNamingFileLineAndColumn() throws Exception {
        Path file = folder.resolve("bad.json");
        Files.writeString(file, "{\n  \"schemaVersion\": \"one\"\n}\n");

        int code = run("validate", file.toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("brieflens: " + file
                + ":2:20: the model: \"schemaVersion\" must be an integer, not a string\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void listsEveryProblemWithAll() throws Exception {
        Path file = folder.resolve("bad.json");
        Files.writeString(file, Files.readString(Briefs.BUNDLED_MODEL)
                .replace("\"target\": \"rus\"", "\"target\": \"russia\"")
                .replace("\"iso3\": \"JPN\"", "\"iso3\": \"jp\""));

        int code = run("validate", "--all", file.toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().lines()).hasSize(3).allMatch(line -> line.startsWith("brieflens: " + file + ":"));
    }

    @Test
    void aMissingFileExitsTwo() {
        int code = run("validate", "no-such-file.json");

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("brieflens: no-such-file.json: no such file\n");
    }

    @Test
    void wrongArgumentsExitTwoWithOneLine() {
        int code = run("validate");

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().lines()).hasSize(1).first().asString()
                .startsWith("brieflens: Missing required parameter: 'FILE'");
    }

    @Test
    void printsItsVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("BriefLens ").doesNotContain("unknown");
    }

    @Test
    void printsHelpNamingTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: brieflens", "validate", "Exit codes:");
    }

    @Test
    void recognisesCommandLineArgumentsButNotAFileToOpen() {
        assertThat(BriefLensCommand.isCommandLine(new String[] {"validate", "x.json"})).isTrue();
        assertThat(BriefLensCommand.isCommandLine(new String[] {"--version"})).isTrue();
        assertThat(BriefLensCommand.isCommandLine(new String[] {"brief.txt"})).isFalse();
        assertThat(BriefLensCommand.isCommandLine(new String[0])).isFalse();
    }

    private int run(String... args) {
        return BriefLensCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    }
}
