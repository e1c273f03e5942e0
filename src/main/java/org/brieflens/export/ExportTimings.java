package org.brieflens.export;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where an export's time goes, phase by phase, for {@code brieflens export --timings}. Phases
 * can overlap (images are encoded while the next view renders), so each is the sum of the time
 * spent in it on every thread, beside the wall-clock time of the whole export.
 */
public final class ExportTimings {

    public enum Phase {
        TOOLKIT("toolkit start"), LOAD("load"), RENDER("render"), ENCODE("encode"), WRITE("write");

        private final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    /** A step that may throw, timed as it runs. */
    @FunctionalInterface
    public interface Step<T, E extends Exception> {
        T run() throws E;
    }

    private final Map<Phase, LongAdder> nanos = new EnumMap<>(Phase.class);

    public ExportTimings() {
        for (Phase phase : Phase.values()) {
            nanos.put(phase, new LongAdder());
        }
    }

    public <T, E extends Exception> T time(Phase phase, Step<T, E> step) throws E {
        long start = System.nanoTime();
        try {
            return step.run();
        } finally {
            nanos.get(phase).add(System.nanoTime() - start);
        }
    }

    public long millis(Phase phase) {
        return nanos.get(phase).sum() / 1_000_000;
    }

    /** "toolkit start 412 ms · load 35 ms · ...; export 1203 ms after start-up, 1650 ms in all". */
    public String summary(long exportMillis, long totalMillis) {
        String phases = Stream.of(Phase.values())
                .map(phase -> String.format(Locale.ROOT, "%s %d ms", phase.label, millis(phase)))
                .collect(Collectors.joining(" · "));
        return phases + String.format(Locale.ROOT, "; export %d ms after start-up, %d ms in all", exportMillis,
                totalMillis);
    }
}
