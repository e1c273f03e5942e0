package org.brieflens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.brieflens.format.BriefJsonReader;
import org.brieflens.model.BriefModel;
import org.brieflens.testing.Briefs;

class ExtractCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    private int run(String... args) {
        return BriefLensCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void printsTheModelOfABriefAsJson() throws Exception {
        int code = run("extract", Briefs.BUNDLED_TEXT.toString());

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        BriefModel model = BriefJsonReader.read("stdout", out.toString()).model();
        assertThat(model.actors()).isNotEmpty();
        assertThat(model.brief().text()).isEqualTo(Files.readString(Briefs.BUNDLED_TEXT));
    }

    @Test
    void writesTheModelToTheFileNamedWithOutput() throws Exception {
        Path model = folder.resolve("model.brief.json");

        int code = run("extract", Briefs.BUNDLED_TEXT.toString(), "-o", model.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(BriefJsonReader.read(model).model().figures()).hasSize(9);
        assertThat(folder.toFile().list()).containsExactly("model.brief.json");
    }

    @Test
    void anEmptyBriefGivesAnEmptyModelAndANotice() throws Exception {
        Path empty = folder.resolve("empty.txt");
        Files.writeString(empty, "  \n\t\n");

        int code = run("extract", empty.toString());

        assertThat(code).isZero();
        assertThat(err.toString()).startsWith("brieflens: " + empty + ": ").contains("empty");
        assertThat(BriefJsonReader.read("stdout", out.toString()).model().isEmpty()).isTrue();
    }

    @Test
    void aMissingFileExitsTwoWithOneLineNamingIt() {
        int code = run("extract", "no-such-brief.txt");

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("brieflens: no-such-brief.txt: no such file\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void binaryDataExitsTwoWithOneLineNamingTheFileLineAndColumn() throws Exception {
        Path binary = folder.resolve("image.txt");
        Files.write(binary, new byte[] {'G', 'I', 'F', 0, 1, 2});

        int code = run("extract", binary.toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("brieflens: " + binary + ":1:4: binary data, not text (a NUL byte)\n");
    }

    @Test
    void invalidUtf8ExitsTwoWithoutAStackTrace() throws Exception {
        Path latin1 = folder.resolve("latin1.txt");
        Files.write(latin1, "Caf\u00e9 au lait\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        int code = run("extract", latin1.toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).startsWith("brieflens: " + latin1 + ":1:4: invalid UTF-8").doesNotContain("Exception");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void aBriefOverTwentyMegabytesIsRefused() throws Exception {
        Path huge = folder.resolve("huge.txt");
        try (var channel = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 21L * 1024 * 1024);
        }

        int code = run("extract", huge.toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("brieflens: " + huge + ": is 21.0 MB, over the 20.0 MB limit for a brief\n");
    }

    @Test
    void anOutputThatCannotBeWrittenExitsTwoWithOneLine() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("plain.txt"), "a file, not a folder");
        Path output = notAFolder.resolve("model.json");

        int code = run("extract", Briefs.BUNDLED_TEXT.toString(), "-o", output.toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).startsWith("brieflens: " + output + ": cannot be written");
        assertThat(err.toString().lines()).hasSize(1);
    }
}
