package org.brieflens.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file as UTF-8 text, refusing what is not text: a file over the size limit, binary
 * data, invalid UTF-8. Every refusal names the file, and the line and column where it applies.
 */
public final class TextFiles {
    public static final long DEFAULT_LIMIT_BYTES = 20L * 1024 * 1024;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TextFiles() {
    }

    public static String read(Path file, long limitBytes) throws InputException {
        String name = file.toString();
        byte[] bytes = readBytes(file, limitBytes);
        return decode(name, bytes);
    }

    public static byte[] readBytes(Path file, long limitBytes) throws InputException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw InputException.ofFile(name, "is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > limitBytes) {
                throw InputException.ofFile(name, "is " + megabytes(size) + ", over the " + megabytes(limitBytes)
                        + " limit for a brief");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputException.ofFile(name, "no such file");
        } catch (AccessDeniedException e) {
            throw InputException.ofFile(name, "permission denied");
        } catch (IOException e) {
            throw InputException.ofFile(name, "cannot be read: " + e.getMessage());
        }
    }

    /** Decodes strict UTF-8, dropping a leading byte-order mark. */
    public static String decode(String name, byte[] bytes) throws InputException {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new InputException(at(name, bytes, nul, "binary data, not text (a NUL byte)"));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InputException(at(name, bytes, in.position(), "invalid UTF-8 (is it text in another encoding, or binary?)"));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** Whether the bytes decode as UTF-8 without error. */
    public static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static InputProblem at(String name, byte[] bytes, int offset, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // Columns count characters, so count the UTF-8 lead bytes (not continuation bytes) before the offset.
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new InputProblem(name, line, column, message);
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
