package org.brieflens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.brieflens.export.ExportRequest;
import org.brieflens.format.BriefJsonReader;
import org.brieflens.model.Actor;
import org.brieflens.model.BriefModel;
import org.brieflens.testing.Briefs;

class ExportCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    @Test
    void drawsTheChosenViewsWithoutADisplayAndListsTheFilesWritten() {
        int code = run("export", Briefs.BUNDLED_MODEL.toString(), "-o", folder.toString(), "--views", "actors,source",
                "--format", "png,svg", "--theme", "dark", "--timings");

        assertThat(code).isZero();
        assertThat(out.toString().lines()).containsExactly(folder.resolve("actors.png").toString(),
                folder.resolve("actors.svg").toString(), folder.resolve("source.png").toString(),
                folder.resolve("source.svg").toString());
        assertThat(err.toString()).startsWith("brieflens: timings: toolkit start ").contains("after start-up");
    }

    @Test
    void writesTheModelAsDataAlone() {
        int code = run("export", Briefs.BUNDLED_MODEL.toString(), "-o", folder.toString(), "--format",
                "json,csv,gexf,graphml");

        assertThat(code).isZero();
        assertThat(out.toString().lines()).hasSize(7);
        assertThat(folder.resolve("network.gexf")).exists();
    }

    @Test
    void aTextBriefIsReadLikeAnyBriefTheWindowOpens() throws Exception {
        int code = run("export", Briefs.BUNDLED_TEXT.toString(), "-o", folder.toString(), "--views", "source",
                "--format", "png,json", "--size", "800x600");

        assertThat(code).isZero();
        assertThat(folder.resolve("source.png")).exists();
        // The extractor read it, as opening it in the window does: the views show its actors, not an empty model.
        BriefModel model = BriefJsonReader.read(folder.resolve(ExportRequest.MODEL_FILE)).model();
        assertThat(model.actors()).extracting(Actor::id).contains("jpn", "nato", "chn");
        assertThat(model.links()).isNotEmpty();
    }

    @Test
    void aMissingBriefExitsTwoWithOneLine() {
        int code = run("export", "no-such-brief.json", "-o", folder.toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("brieflens: no-such-brief.json: no such file\n");
    }

    @Test
    void anInvalidModelExitsTwoNamingFileLineAndColumnAndWritesNothing() throws Exception {
        Path model = folder.resolve("bad.json");
        Files.writeString(model, "{\n  \"schemaVersion\": \"one\"\n}\n");
        Path output = folder.resolve("out");

        int code = run("export", model.toString(), "-o", output.toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).startsWith("brieflens: " + model + ":2:20: ").endsWith("\n");
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(output).doesNotExist();
    }

    @Test
    void unknownFormatsViewsAndThemesExitTwoSayingWhatIsAccepted() {
        assertThat(run("export", Briefs.BUNDLED_MODEL.toString(), "-o", folder.toString(), "--format", "gif"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("export", Briefs.BUNDLED_MODEL.toString(), "-o", folder.toString(), "--views", "atlas",
                "--format", "png")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("export", Briefs.BUNDLED_MODEL.toString(), "-o", folder.toString(), "--theme", "sepia"))
                .isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(err.toString().lines()).containsExactly(
                "brieflens: unknown format 'gif': the formats are png, svg, pdf, json, csv, gexf, graphml",
                "brieflens: unknown view 'atlas': the views are overview, network, spending, exercises, actors, source",
                "brieflens: unknown theme 'sepia': the themes are light, dark, presentation");
    }

    @Test
    void emphasisesTheActorChosenAndRefusesOneTheBriefDoesNotHave() throws Exception {
        int code = run("export", Briefs.BUNDLED_MODEL.toString(), "-o", folder.toString(), "--views", "source",
                "--format", "svg", "--select", "jpn");
        int unknown = run("export", Briefs.BUNDLED_MODEL.toString(), "-o", folder.resolve("other").toString(),
                "--select", "atlantis");

        assertThat(code).isZero();
        assertThat(Files.readString(folder.resolve("source.svg"))).contains("stroke-width=\"1.5\"");
        assertThat(unknown).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("brieflens: " + Briefs.BUNDLED_MODEL
                + ": no actor has the id 'atlantis'\n");
    }

    @Test
    void aScaleAndASizeTogetherOrAMalformedSizeExitTwo() {
        assertThat(run("export", Briefs.BUNDLED_MODEL.toString(), "-o", folder.toString(), "--scale", "2", "--size",
                "800x600")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("export", Briefs.BUNDLED_MODEL.toString(), "-o", folder.toString(), "--size", "wide"))
                .isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(err.toString().lines()).containsExactly(
                "brieflens: --scale and --size cannot be used together: choose one",
                "brieflens: --size must be WIDTHxHEIGHT in pixels, such as 1920x1080, not 'wide'");
    }

    @Test
    void anExistingFileIsKeptWithoutForceAndReplacedWithIt() throws Exception {
        Path existing = Files.writeString(folder.resolve("model.brief.json"), "mine");

        int refused = run("export", Briefs.BUNDLED_MODEL.toString(), "-o", folder.toString(), "--format", "json,csv");

        assertThat(refused).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("brieflens: " + existing + ": already exists (use --force to replace it)\n");
        assertThat(existing).hasContent("mine");
        assertThat(folder.resolve("actors.csv")).doesNotExist();

        int forced = run("export", Briefs.BUNDLED_MODEL.toString(), "-o", folder.toString(), "--format", "json",
                "--force");

        assertThat(forced).isZero();
        assertThat(Files.readString(existing)).startsWith("{");
    }

    private int run(String... args) {
        return BriefLensCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    }
}
