package org.brieflens.app;

import java.lang.management.ManagementFactory;

import javafx.scene.Scene;

/**
 * With {@code -Dbrieflens.timings=true}, reports on standard error how long the first frame
 * took from the start of the JVM, and when each step of start-up ended on the way: the app's
 * own measure of its start-up bar, and where to look when it slips.
 */
final class StartupTimer {
    static final String PROPERTY = "brieflens.timings";

    private StartupTimer() {
    }

    /** Notes that a step of start-up has just ended. */
    static void mark(String step) {
        if (Boolean.getBoolean(PROPERTY)) {
            System.err.println("brieflens: " + step + " at " + sinceJvmStart() + " ms");
        }
    }

    static void reportFirstFrame(Scene scene) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.err.println("brieflens: first frame " + sinceJvmStart() + " ms after the JVM started");
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
