package org.brieflens.app;

import java.lang.management.ManagementFactory;

import javafx.scene.Scene;

/**
 * With {@code -Dbrieflens.timings=true}, reports on standard error how long the first frame
 * took from the start of the JVM: the app's own measure of its start-up bar.
 */
final class StartupTimer {
    static final String PROPERTY = "brieflens.timings";

    private StartupTimer() {
    }

    static void reportFirstFrame(Scene scene) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("brieflens: first frame " + elapsed + " ms after the JVM started");
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
