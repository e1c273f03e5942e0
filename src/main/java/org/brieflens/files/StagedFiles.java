package org.brieflens.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Several files written as one: each is written (atomically) into a hidden folder inside the
 * destination, and only when all are there are they moved into place. A failure before then
 * leaves the destination as it was; a failure while moving puts back what was moved and
 * restores the files it replaced. {@link #close()} removes the hidden folder, and the
 * destination too if this created it and it is still empty.
 */
public final class StagedFiles implements AutoCloseable {
    private static final String STAGING_PREFIX = ".brieflens-staging-";
    private static final String REPLACED = "replaced";

    private final Path destination;
    private final Path staging;
    private final boolean createdDestination;
    private final Map<String, Path> staged = new LinkedHashMap<>();
    private boolean committed;
    /** Set when a replaced file could not be put back: the staging folder then keeps it. */
    private boolean keepStaging;

    private StagedFiles(Path destination, Path staging, boolean createdDestination) {
        this.destination = destination;
        this.staging = staging;
        this.createdDestination = createdDestination;
    }

    /** Starts staging files for {@code destination}, which is created if it does not exist. */
    public static StagedFiles into(Path destination) throws IOException {
        Path folder = destination.toAbsolutePath();
        boolean created = !Files.isDirectory(folder);
        Files.createDirectories(folder);
        try {
            return new StagedFiles(folder, Files.createTempDirectory(folder, STAGING_PREFIX), created);
        } catch (IOException e) {
            if (created) {
                Files.deleteIfExists(folder);
            }
            throw e;
        }
    }

    public void write(String name, byte[] bytes) throws IOException {
        write(name, out -> out.write(bytes));
    }

    /** Writes one file into the staging folder; files may be written from several threads at once. */
    public void write(String name, AtomicFileWriter.Content content) throws IOException {
        if (committed) {
            throw new IllegalStateException("the files were already committed");
        }
        Path file = staging.resolve(name);
        if (!file.getParent().equals(staging)) {
            throw new IllegalArgumentException("a staged file is named without folders: " + name);
        }
        AtomicFileWriter.write(file, content);
        synchronized (staged) {
            staged.put(name, file);
        }
    }

    /** The files of {@code names} that already exist in the destination. */
    private List<Path> existing(List<String> names) {
        return names.stream().map(destination::resolve).filter(Files::exists).toList();
    }

    /**
     * Moves every staged file into the destination. Unless {@code replace}, an existing file
     * there stops the commit before anything is moved.
     */
    public List<Path> commit(boolean replace) throws IOException {
        List<Path> existing = existing(List.copyOf(staged.keySet()));
        if (!replace && !existing.isEmpty()) {
            throw new FileAlreadyExistsException(existing.get(0).toString(), null,
                    existing.size() == 1 ? "already exists" : "already exists, as do " + (existing.size() - 1)
                            + " more of the files");
        }
        Path replaced = Files.createDirectory(staging.resolve(REPLACED));
        List<Path> moved = new ArrayList<>();
        try {
            for (Map.Entry<String, Path> file : staged.entrySet()) {
                Path target = destination.resolve(file.getKey());
                if (Files.exists(target)) {
                    move(target, replaced.resolve(file.getKey()));
                }
                move(file.getValue(), target);
                moved.add(target);
            }
        } catch (IOException e) {
            rollBack(moved, replaced);
            throw e;
        }
        committed = true;
        return moved;
    }

    private void rollBack(List<Path> moved, Path replaced) {
        for (Path target : moved) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // Best effort: the original is restored below if it can be.
            }
        }
        try (Stream<Path> originals = Files.list(replaced)) {
            for (Path original : originals.toList()) {
                move(original, destination.resolve(original.getFileName()));
            }
        } catch (IOException e) {
            keepStaging = true;
        }
    }

    /** The hidden folder, which is left in place only if it holds a replaced file that could not be put back. */
    public Path staging() {
        return staging;
    }

    @Override
    public void close() throws IOException {
        if (keepStaging) {
            return;
        }
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        if (createdDestination && !committed) {
            try (Stream<Path> left = Files.list(destination)) {
                if (left.findAny().isEmpty()) {
                    Files.deleteIfExists(destination);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
