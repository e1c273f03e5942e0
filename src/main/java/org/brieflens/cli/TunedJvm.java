package org.brieflens.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.brieflens.files.Digests;

/**
 * Runs a short command ({@code brieflens export}) again in a second JVM tuned for it, and
 * hands back its exit code.
 *
 * <p>An export is over in seconds, long before the optimising compiler (C2) pays back what it
 * costs: on a two-core machine its compilations took most of an export's time, competing with
 * the drawing for the second core. So the second JVM compiles with C1 only
 * ({@code -XX:TieredStopAtLevel=1}) on one compiler thread, and loads the classes an export needs from an archive
 * (application class-data sharing), which the first run writes into the user's cache. A jar
 * cannot carry JVM options, hence the second JVM. Options given to the first JVM are passed on
 * after these, so that they win; {@code -Dbrieflens.relaunch=false} turns all this off.
 */
public final class TunedJvm {
    /** Set to "false" to run in the JVM the user started; the second JVM gets it too. */
    public static final String RELAUNCH_PROPERTY = "brieflens.relaunch";
    private static final String ARCHIVE_PREFIX = "export-";
    private static final String ARCHIVE_SUFFIX = ".jsa";
    private static final String DRAFT_SUFFIX = ".part";
    /**
     * C1 alone, on one compiler thread: with two, compiling took about as much processor as
     * drawing, on a machine with two cores (one thread made exports 12% quicker, measured).
     */
    private static final List<String> COMPILER = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
    /**
     * The archive is a speed-up only: if this JVM cannot use or write it (no base archive, a
     * jar rebuilt since), it says nothing and runs as it would without.
     */
    private static final List<String> QUIET_ARCHIVE = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path java;
    private final List<String> classPath;
    private final List<String> inheritedOptions;
    private final Path cacheFolder;

    TunedJvm(Path java, List<String> classPath, List<String> inheritedOptions, Path cacheFolder) {
        this.java = java;
        this.classPath = List.copyOf(classPath);
        this.inheritedOptions = List.copyOf(inheritedOptions);
        this.cacheFolder = cacheFolder;
    }

    /** The JVM this one runs in, described so that it can be started again. */
    public static TunedJvm likeThisOne() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty()).toList();
        return new TunedJvm(java, classPath, ManagementFactory.getRuntimeMXBean().getInputArguments(),
                userCacheFolder());
    }

    /**
     * How this JVM was tuned, for {@code --timings}: "C1 only, one compiler thread, classes from
     * the archive", or
     * "as started" for a JVM this class did not start.
     */
    public static String describeThisJvm() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        List<String> traits = new ArrayList<>();
        if (options.containsAll(COMPILER)) {
            traits.add("C1 only, one compiler thread");
        }
        if (options.stream().anyMatch(option -> option.startsWith("-XX:SharedArchiveFile="))) {
            traits.add("classes from the archive");
        } else if (options.stream().anyMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit="))) {
            traits.add("writing the class archive at exit, once");
        }
        return traits.isEmpty() ? "as started" : String.join(", ", traits);
    }

    /**
     * Whether to start a second JVM: not when this is one, nor when the user said not to, nor
     * under a debugger or an agent, which the second JVM would start again on the same port or
     * file.
     */
    public static boolean wanted() {
        return !"false".equalsIgnoreCase(System.getProperty(RELAUNCH_PROPERTY))
                && ManagementFactory.getRuntimeMXBean().getInputArguments().stream().noneMatch(TunedJvm::isAgent);
    }

    static boolean isAgent(String option) {
        return option.startsWith("-agentlib:") || option.startsWith("-agentpath:") || option.startsWith("-javaagent:")
                || option.startsWith("-Xrunjdwp") || option.equals("-Xdebug");
    }

    /**
     * Runs {@code mainClass} with {@code args} in the tuned JVM, its output and input this
     * JVM's, and returns its exit code; empty if it could not be started.
     */
    public Optional<Integer> run(String mainClass, String[] args) {
        Path archive = archive();
        boolean archiveReady = Files.isRegularFile(archive);
        Path archiveDraft = archiveReady || !archivable() ? null : draftOf(archive);
        List<String> command = command(mainClass, args, archiveReady ? archive : null, archiveDraft);
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return Optional.empty();
        }
        // Ending this JVM (Ctrl+C, a kill) ends the export too, which then leaves nothing behind.
        Thread stopChild = new Thread(child::destroy, "brieflens-stop-export");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            int code = waitFor(child);
            if (archiveDraft != null) {
                keepArchive(archiveDraft, archive, code == ExitCodes.OK);
            }
            return Optional.of(code);
        } finally {
            removeHook(stopChild);
        }
    }

    /** The command line of the tuned JVM, with the archive to use or the draft to write, if any. */
    List<String> command(String mainClass, String[] args, Path archiveToUse, Path archiveToWrite) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(COMPILER);
        if (archiveToUse != null || archiveToWrite != null) {
            command.addAll(QUIET_ARCHIVE);
            command.add(archiveToUse != null ? "-XX:SharedArchiveFile=" + archiveToUse
                    : "-XX:ArchiveClassesAtExit=" + archiveToWrite);
        }
        command.addAll(inheritedOptions);
        command.add("-D" + RELAUNCH_PROPERTY + "=false");
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath));
        command.add(mainClass);
        command.addAll(Arrays.asList(args));
        return command;
    }

    /**
     * Where this JVM and class path keep their archive: named by a digest of both, so that a
     * rebuilt jar or another JDK gets a new one rather than one the JVM would refuse.
     */
    Path archive() {
        StringBuilder identity = new StringBuilder(java.toString()).append('\n')
                .append(System.getProperty("java.vm.version")).append('\n');
        for (String entry : classPath) {
            Path path = Path.of(entry);
            identity.append(path.toAbsolutePath()).append(' ').append(path.toFile().length()).append(' ')
                    .append(path.toFile().lastModified()).append('\n');
        }
        return cacheFolder.resolve(ARCHIVE_PREFIX + Digests.sha256Hex(identity.toString(), 8) + ARCHIVE_SUFFIX);
    }

    /** Class-data archives take only jars: a class path with a folder (a build's classes) runs without. */
    boolean archivable() {
        return !classPath.isEmpty() && classPath.stream().allMatch(entry -> entry.endsWith(".jar")
                && Files.isRegularFile(Path.of(entry)));
    }

    private Path draftOf(Path archive) {
        try {
            Files.createDirectories(cacheFolder);
            removeAbandonedDrafts();
        } catch (IOException e) {
            return null;
        }
        return archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + DRAFT_SUFFIX);
    }

    /**
     * Removes the drafts of exports that were stopped (Ctrl+C, a kill) before their draft could be
     * moved or removed: a draft is named after the process that waits for it.
     */
    void removeAbandonedDrafts() throws IOException {
        try (Stream<Path> files = Files.list(cacheFolder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(ARCHIVE_PREFIX) && name.endsWith(DRAFT_SUFFIX) && !ownerAlive(name)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static boolean ownerAlive(String draftName) {
        String withoutSuffix = draftName.substring(0, draftName.length() - DRAFT_SUFFIX.length());
        String pid = withoutSuffix.substring(withoutSuffix.lastIndexOf('.') + 1);
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Moves a complete draft into place, and removes the archives of earlier builds; a draft of
     * a failed run, or one the JVM did not write, leaves nothing behind.
     */
    private void keepArchive(Path draft, Path archive, boolean succeeded) {
        try {
            if (succeeded && Files.isRegularFile(draft) && Files.size(draft) > 0) {
                Files.move(draft, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeOtherArchives(archive);
            }
        } catch (IOException e) {
            // The export itself succeeded; the next one will write the archive again.
        } finally {
            try {
                Files.deleteIfExists(draft);
            } catch (IOException ignored) {
                // A stray draft in a cache folder harms nothing.
            }
        }
    }

    private void removeOtherArchives(Path kept) throws IOException {
        try (Stream<Path> files = Files.list(cacheFolder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!file.equals(kept) && name.startsWith(ARCHIVE_PREFIX) && name.endsWith(ARCHIVE_SUFFIX)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static int waitFor(Process child) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return child.waitFor();
                } catch (InterruptedException e) {
                    interrupted = true;
                    child.destroy();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it stops a child that has already ended.
        }
    }

    private static Path userCacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("brieflens");
    }
}
