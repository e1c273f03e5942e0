package org.brieflens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.brieflens.files.InputException;
import org.brieflens.testing.Briefs;

class BriefFileLoaderTest {
    private final BriefFileLoader loader = new BriefFileLoader(Extraction.TEXT_ONLY);

    @TempDir
    Path folder;

    @Test
    void theBundledBriefLoadsFromTheApplicationsResources() {
        LoadedBrief bundled = BriefFileLoader.loadBundled();

        assertThat(bundled.origin()).isEqualTo(BriefOrigin.BUNDLED);
        assertThat(bundled.model().actors()).isNotEmpty();
        assertThat(bundled.optionalFile()).isEmpty();
    }

    @Test
    void opensAModelFile() throws Exception {
        LoadedBrief loaded = loader.load(Briefs.BUNDLED_MODEL, Extraction.Progress.NONE);

        assertThat(loaded.origin()).isEqualTo(BriefOrigin.MODEL_FILE);
        assertThat(loaded.model()).isEqualTo(Briefs.bundled());
        assertThat(loaded.notices()).isEmpty();
    }

    @Test
    void opensATextBriefThroughTheExtraction() throws Exception {
        LoadedBrief loaded = loader.load(Briefs.BUNDLED_TEXT, Extraction.Progress.NONE);

        assertThat(loaded.origin()).isEqualTo(BriefOrigin.TEXT_FILE);
        assertThat(loaded.model().brief().text()).isEqualTo(Files.readString(Briefs.BUNDLED_TEXT));
        assertThat(loaded.model().brief().sentences()).hasSize(20);
    }

    @Test
    void saysSoWhenNothingWasReadFromAText() throws Exception {
        LoadedBrief loaded = loader.load(Briefs.BUNDLED_TEXT, Extraction.Progress.NONE);

        assertThat(loaded.model().isEmpty()).isTrue();
        assertThat(loaded.notices()).containsExactly("No actors, links, figures or exercises were read from "
                + "nato-indo-pacific.txt: its text is shown as it is.");
    }

    @Test
    void anEmptyTextGivesAnEmptyModelAndANotice() throws Exception {
        Path empty = folder.resolve("empty.md");
        Files.writeString(empty, "  \n\t\n");

        LoadedBrief loaded = loader.load(empty, Extraction.Progress.NONE);

        assertThat(loaded.model().isEmpty()).isTrue();
        assertThat(loaded.notices()).containsExactly("empty.md is empty: there is nothing to read.");
    }

    @Test
    void refusesAFileItCannotOpen() throws Exception {
        Path pdf = folder.resolve("brief.pdf");
        Files.writeString(pdf, "%PDF");

        assertThatThrownBy(() -> loader.load(pdf, Extraction.Progress.NONE))
                .isInstanceOf(InputException.class)
                .hasMessage(pdf + ": not a brief BriefLens can open: expected a .json model or a .txt or .md text");
    }

    @Test
    void refusesATextBriefOverItsSizeLimit() throws Exception {
        Path big = folder.resolve("big.txt");
        Files.writeString(big, "x".repeat(5000));

        assertThatThrownBy(() -> new BriefFileLoader(Extraction.TEXT_ONLY, 1000).load(big, Extraction.Progress.NONE))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(big + ": is 0.0 MB, over the");
    }
}
