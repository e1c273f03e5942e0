package org.brieflens.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    @TempDir
    Path folder;

    @Test
    void writesTheContentAndLeavesNoTemporaryFile() throws Exception {
        Path file = folder.resolve("sub/model.json");

        AtomicFileWriter.write(file, "new".getBytes());

        assertThat(file).hasContent("new");
        assertThat(filesIn(file.getParent())).containsExactly("model.json");
    }

    @Test
    void aFailedWriteLeavesTheOldFileWholeAndNothingBehind() throws Exception {
        Path file = folder.resolve("model.json");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> AtomicFileWriter.write(file, out -> {
            out.write("half of the new".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(file).hasContent("old");
        assertThat(filesIn(folder)).containsExactly("model.json");
    }

    @Test
    void replacesAnExistingFile() throws Exception {
        Path file = folder.resolve("model.json");
        Files.writeString(file, "old");

        AtomicFileWriter.write(file, "new".getBytes());

        assertThat(file).hasContent("new");
    }

    @Test
    void aNewFileGetsThePermissionsAnyNewFileGetsNotOwnerOnly() throws Exception {
        Path file = folder.resolve("model.json");
        Path plain = Files.createFile(folder.resolve("plain.json"));

        AtomicFileWriter.write(file, "new".getBytes());

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path file = folder.resolve("model.json");
        Files.writeString(file, "old");
        Set<PosixFilePermission> groupOnly = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, groupOnly);

        AtomicFileWriter.write(file, "new".getBytes());

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(groupOnly);
    }

    private static Stream<String> names(Path folder) throws IOException {
        return Files.list(folder).map(path -> path.getFileName().toString());
    }

    private static java.util.List<String> filesIn(Path folder) throws IOException {
        try (Stream<String> names = names(folder)) {
            return names.sorted().toList();
        }
    }
}
