package org.brieflens.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
    @TempDir
    Path folder;

    @Test
    void readsUtf8TextAndDropsAByteOrderMark() throws Exception {
        Path file = write("brief.txt", "\uFEFFHanoi’s coast guard".getBytes(StandardCharsets.UTF_8));

        assertThat(TextFiles.read(file, 1000)).isEqualTo("Hanoi’s coast guard");
    }

    @Test
    void refusesBinaryDataNamingWhereItStarts() throws Exception {
        Path file = write("image.txt", new byte[] {'P', 'N', 'G', '\n', 'a', 0, 1, 2});

        assertThatThrownBy(() -> TextFiles.read(file, 1000))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ":2:2: binary data, not text (a NUL byte)");
    }

    @Test
    void refusesInvalidUtf8AtTheCharacterWhereItStarts() throws Exception {
        byte[] bytes = "line one\nJapan’s caf".getBytes(StandardCharsets.UTF_8);
        byte[] withLatin1 = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, withLatin1, 0, bytes.length);
        withLatin1[bytes.length] = (byte) 0xE9;
        Path file = write("latin1.txt", withLatin1);

        assertThatThrownBy(() -> TextFiles.read(file, 1000))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ":2:12: invalid UTF-8 (is it text in another encoding, or binary?)");
    }

    @Test
    void refusesAFileOverTheLimit() throws Exception {
        Path file = write("big.txt", new byte[2048]);

        assertThatThrownBy(() -> TextFiles.read(file, 1024))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": is 0.0 MB, over the 0.0 MB limit for a brief");
    }

    @Test
    void saysWhenTheFileIsMissing() {
        Path file = folder.resolve("missing.txt");

        assertThatThrownBy(() -> TextFiles.read(file, 1000)).hasMessage(file + ": no such file");
    }

    @Test
    void saysWhenTheFileIsAFolder() {
        assertThatThrownBy(() -> TextFiles.read(folder, 1000)).hasMessage(folder + ": is a folder, not a file");
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
