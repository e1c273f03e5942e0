package org.brieflens.export;

import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;

import org.brieflens.view.theme.Fonts;

/**
 * Starts JavaFX without a display for the command line: Monocle's headless platform and
 * software rendering, so that {@code brieflens export} runs on a server or in CI. The window
 * never uses this; it must run before anything else touches JavaFX.
 */
public final class HeadlessToolkit {

    private static boolean started;

    private HeadlessToolkit() {
    }

    /** Starts JavaFX once; later calls, from any thread, return when it has started. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        // Exports show a window per view and hide it again: the last one hidden must not end JavaFX.
        Platform.setImplicitExit(false);
        CountDownLatch running = new CountDownLatch(1);
        try {
            Platform.startup(running::countDown);
        } catch (IllegalStateException alreadyRunning) {
            // Started before (by a test, or an earlier command in this JVM): use it as it is.
            running.countDown();
        }
        try {
            running.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JavaFX was starting", e);
        }
        Fonts.loadBundled();
        started = true;
    }
}
