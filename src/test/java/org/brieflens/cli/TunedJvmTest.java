package org.brieflens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.brieflens.app.Launcher;
import org.brieflens.testing.Briefs;

class TunedJvmTest {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path folder;

    @Test
    void theSecondJvmCompilesWithC1OnlyAndTakesTheUsersOptionsAfterItsOwn() {
        TunedJvm jvm = new TunedJvm(JAVA, List.of("a.jar", "b.jar"), List.of("-Xmx2g", "-XX:TieredStopAtLevel=4"),
                folder);

        List<String> command = jvm.command("org.example.Main", new String[] {"export", "x y.json"}, null, null);

        assertThat(command).containsExactly(JAVA.toString(), "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-Xmx2g",
                "-XX:TieredStopAtLevel=4", "-Dbrieflens.relaunch=false", "-cp",
                "a.jar" + java.io.File.pathSeparator + "b.jar", "org.example.Main", "export", "x y.json");
    }

    @Test
    void aJvmUnderADebuggerOrAnAgentRunsTheExportItself() {
        assertThat(TunedJvm.isAgent("-agentlib:jdwp=transport=dt_socket,server=y,address=5005")).isTrue();
        assertThat(TunedJvm.isAgent("-javaagent:profiler.jar=start")).isTrue();
        assertThat(TunedJvm.isAgent("-Xmx2g")).isFalse();
        assertThat(TunedJvm.isAgent("-Dbrieflens.timings=true")).isFalse();
    }

    @Test
    void itUsesAnArchiveThatExistsAndWritesOneThatDoesNotQuietly() {
        TunedJvm jvm = new TunedJvm(JAVA, List.of("a.jar"), List.of(), folder);
        Path archive = folder.resolve("export-1.jsa");

        assertThat(jvm.command("M", new String[0], archive, null))
                .contains("-Xlog:cds=off", "-XX:SharedArchiveFile=" + archive)
                .noneMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(jvm.command("M", new String[0], null, archive))
                .contains("-Xlog:cds=off", "-XX:ArchiveClassesAtExit=" + archive);
    }

    @Test
    void aRebuiltJarGetsAnArchiveOfItsOwn() throws IOException {
        Path jar = Files.writeString(folder.resolve("app.jar"), "first build");
        TunedJvm jvm = new TunedJvm(JAVA, List.of(jar.toString()), List.of(), folder);
        Path before = jvm.archive();

        Files.writeString(jar, "the second build");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));

        assertThat(jvm.archive()).isNotEqualTo(before);
        assertThat(jvm.archive().getParent()).isEqualTo(folder);
        assertThat(before.getFileName().toString()).startsWith("export-").endsWith(".jsa");
    }

    @Test
    void onlyAClassPathOfJarsCanBeArchived() throws IOException {
        Path jar = Files.writeString(folder.resolve("app.jar"), "jar");
        Path classes = Files.createDirectory(folder.resolve("classes"));

        assertThat(new TunedJvm(JAVA, List.of(jar.toString()), List.of(), folder).archivable()).isTrue();
        assertThat(new TunedJvm(JAVA, List.of(jar.toString(), classes.toString()), List.of(), folder).archivable())
                .isFalse();
    }

    @Test
    void onlyExportsThatDrawViewsAreRunInTheSecondJvm() {
        assertThat(BriefLensCommand.isShortBatch(new String[] {"export", "b.json", "-o", "out"})).isTrue();
        assertThat(BriefLensCommand.isShortBatch(new String[] {"export", "b.json", "-o", "out", "--format", "svg"}))
                .isTrue();
        assertThat(BriefLensCommand.isShortBatch(new String[] {"export", "b.json", "-o", "out", "--format",
                "json,csv"})).isFalse();
        assertThat(BriefLensCommand.isShortBatch(new String[] {"export", "--help"})).isFalse();
        assertThat(BriefLensCommand.isShortBatch(new String[] {"export", "b.json"})).isFalse();
        assertThat(BriefLensCommand.isShortBatch(new String[] {"extract", "b.txt"})).isFalse();
    }

    @Test
    void anExportRunsInTheSecondJvmAndItsExitCodeComesBack() {
        TunedJvm jvm = new TunedJvm(JAVA, testClassPath(), List.of(), folder.resolve("cache"));
        Path output = folder.resolve("out");

        Optional<Integer> written = jvm.run(Launcher.class.getName(), new String[] {"export",
                Briefs.BUNDLED_MODEL.toString(), "-o", output.toString(), "--format", "json"});
        Optional<Integer> refused = jvm.run(Launcher.class.getName(), new String[] {"export",
                folder.resolve("no-such-brief.json").toString(), "-o", output.toString()});

        assertThat(written).contains(ExitCodes.OK);
        assertThat(output.resolve("model.brief.json")).isNotEmptyFile();
        assertThat(refused).contains(ExitCodes.BAD_INPUT);
    }

    @Test
    void theFirstRunOfAJarWritesTheArchiveTheNextUseAndOnlyTheNewestIsKept() throws IOException {
        Path cache = Files.createDirectories(folder.resolve("cache"));
        Path stale = Files.writeString(cache.resolve("export-0000000000000000.jsa"), "an earlier build's");
        Path jar = jarWithExitCodeMain(folder.resolve("exit.jar"));
        TunedJvm jvm = new TunedJvm(JAVA, List.of(jar.toString()), List.of(), cache);

        Optional<Integer> first = jvm.run("ExitCode", new String[] {"0"});
        Optional<Integer> second = jvm.run("ExitCode", new String[] {"3"});

        assertThat(first).contains(0);
        assertThat(second).contains(3);
        try (Stream<Path> left = Files.list(cache)) {
            List<Path> files = left.toList();
            assertThat(files).noneMatch(file -> file.toString().endsWith(".part"));
            if (thisJvmSharesClassData()) {
                assertThat(files).containsExactly(jvm.archive());
                assertThat(stale).doesNotExist();
            } else {
                // Without the JDK's own archive, a JVM can write none of its own: nothing is left.
                assertThat(files).containsExactly(stale);
            }
        }
    }

    @Test
    void theDraftsOfStoppedExportsAreRemovedButNotThoseOfRunningOnes() throws IOException {
        Path cache = Files.createDirectories(folder.resolve("cache"));
        long running = ProcessHandle.current().pid();
        Path ofThisProcess = Files.writeString(cache.resolve("export-1.jsa." + running + ".part"), "being written");
        Path abandoned = Files.writeString(cache.resolve("export-1.jsa." + Long.MAX_VALUE + ".part"), "left behind");
        Path archive = Files.writeString(cache.resolve("export-1.jsa"), "an archive");

        new TunedJvm(JAVA, List.of("a.jar"), List.of(), cache).removeAbandonedDrafts();

        assertThat(ofThisProcess).exists();
        assertThat(archive).exists();
        assertThat(abandoned).doesNotExist();
    }

    private static List<String> testClassPath() {
        return List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator));
    }

    private static boolean thisJvmSharesClassData() {
        return Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("UseSharedSpaces").getValue());
    }

    /** A jar whose main class exits with the code it is given. */
    private Path jarWithExitCodeMain(Path jar) throws IOException {
        Path sources = Files.createDirectories(folder.resolve("src"));
        Path source = Files.writeString(sources.resolve("ExitCode.java"),
                "public class ExitCode { public static void main(String[] args) {"
                        + " System.exit(Integer.parseInt(args[0])); } }");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler.run(null, null, null, "-d", sources.toString(), source.toString())).isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("ExitCode.class"));
            out.write(Files.readAllBytes(sources.resolve("ExitCode.class")));
            out.closeEntry();
        }
        return jar;
    }
}
