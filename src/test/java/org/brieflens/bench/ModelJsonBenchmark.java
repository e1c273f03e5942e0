package org.brieflens.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.brieflens.format.BriefJsonReader;
import org.brieflens.format.BriefJsonWriter;
import org.brieflens.model.BriefModel;
import org.brieflens.testing.Briefs;

/** How long reading and writing the bundled model takes (the start-up path reads it). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ModelJsonBenchmark {
    private BriefModel model;
    private String json;

    @Setup
    public void setUp() {
        model = Briefs.bundled();
        json = BriefJsonWriter.toJson(model);
    }

    @Benchmark
    public BriefModel readBundledModel() throws Exception {
        return BriefJsonReader.read("bundled.json", json).model();
    }

    @Benchmark
    public String writeBundledModel() {
        return BriefJsonWriter.toJson(model);
    }
}
