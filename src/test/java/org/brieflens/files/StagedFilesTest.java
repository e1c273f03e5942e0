package org.brieflens.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedFilesTest {
    @TempDir
    Path folder;

    @Test
    void filesAppearOnlyWhenCommittedAndNothingElseIsLeft() throws Exception {
        try (StagedFiles files = StagedFiles.into(folder)) {
            files.write("a.png", "a".getBytes());
            files.write("b.svg", "b".getBytes());
            assertThat(names(folder)).allMatch(name -> name.startsWith(".brieflens-staging-"));

            files.commit(false);
        }

        assertThat(names(folder)).containsExactly("a.png", "b.svg");
    }

    @Test
    void anExportThatFailsBeforeCommittingLeavesNothingNotEvenTheFolderItMade() throws Exception {
        Path destination = folder.resolve("new/exports");
        try (StagedFiles files = StagedFiles.into(destination)) {
            files.write("a.png", "a".getBytes());
        }

        assertThat(destination).doesNotExist();
        assertThat(names(folder)).containsExactly("new");
    }

    @Test
    void refusesToReplaceAFileUnlessAskedAndThenMovesNothing() throws Exception {
        Files.writeString(folder.resolve("b.svg"), "old");
        try (StagedFiles files = StagedFiles.into(folder)) {
            files.write("a.png", "a".getBytes());
            files.write("b.svg", "b".getBytes());

            assertThatThrownBy(() -> files.commit(false)).isInstanceOf(FileAlreadyExistsException.class)
                    .hasMessageContaining("b.svg");
        }

        assertThat(names(folder)).containsExactly("b.svg");
        assertThat(folder.resolve("b.svg")).hasContent("old");
    }

    @Test
    void replacesFilesWhenAsked() throws Exception {
        Files.writeString(folder.resolve("a.png"), "old");
        try (StagedFiles files = StagedFiles.into(folder)) {
            files.write("a.png", "new".getBytes());
            files.commit(true);
        }

        assertThat(folder.resolve("a.png")).hasContent("new");
        assertThat(names(folder)).containsExactly("a.png");
    }

    @Test
    void aFailureWhileMovingPutsBackTheFilesItReplaced() throws Exception {
        Files.writeString(folder.resolve("a.png"), "old");
        try (StagedFiles files = StagedFiles.into(folder)) {
            files.write("a.png", "new".getBytes());
            files.write("b.svg", "b".getBytes());
            // The second move fails: its staged file has gone.
            Files.delete(files.staging().resolve("b.svg"));

            assertThatThrownBy(() -> files.commit(true)).isInstanceOf(NoSuchFileException.class);
        }

        assertThat(folder.resolve("a.png")).hasContent("old");
        assertThat(names(folder)).containsExactly("a.png");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
