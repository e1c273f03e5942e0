package org.brieflens.bench;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.brieflens.extract.BriefExtractor;
import org.brieflens.ingest.Extraction;
import org.brieflens.ingest.TextBriefReader;
import org.brieflens.model.Brief;
import org.brieflens.model.BriefModel;
import org.brieflens.testing.Briefs;

/**
 * How long extraction takes for briefs of growing size, made by repeating the bundled brief (a
 * realistic mix of actors, figures, links and exercises) up to {@code kilobytes}. The bar is a
 * 1 MB brief in under 2 s, growing linearly: compare the median (p50) per size.
 * Run: {@code mvn -q test-compile exec:exec@bench -Dbench="Extraction -wi 2 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
// A fixed heap keeps heap resizing out of the times of the larger briefs.
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ExtractionBenchmark {
    @Param({"128", "256", "512", "1024", "2048"})
    public int kilobytes;

    private Brief brief;
    private final BriefExtractor extractor = new BriefExtractor();

    @Setup
    public void setUp() throws Exception {
        String bundled = Files.readString(Briefs.BUNDLED_TEXT);
        StringBuilder text = new StringBuilder(kilobytes * 1024 + bundled.length());
        while (text.length() < kilobytes * 1024) {
            text.append(bundled).append('\n');
        }
        brief = TextBriefReader.read("repeated.txt", text.toString());
    }

    @Benchmark
    public BriefModel extract() {
        return extractor.extract(brief, Extraction.Progress.NONE);
    }
}
