package org.brieflens.tasks;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import javafx.application.Platform;

/**
 * Runs a step that must happen on the JavaFX thread (laying out or snapshotting nodes) from
 * long work on another thread, and waits for its result. On the JavaFX thread itself (a test
 * running a task where it is called) the step just runs.
 */
public final class FxThread {

    private FxThread() {
    }

    public static <T> T call(Supplier<T> step) {
        if (Platform.isFxApplicationThread()) {
            return step.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(step.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the JavaFX thread");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Lets the JavaFX thread run everything queued for it so far: views put off part of their
     * drawing to a later turn of the event queue ({@code Platform.runLater}). Off the JavaFX
     * thread this waits for the queue to reach a marker; on it, it runs a nested event loop until
     * then, where JavaFX allows one (not during layout or an animation).
     */
    public static void drainQueue() {
        if (!Platform.isFxApplicationThread()) {
            call(() -> null);
            return;
        }
        if (Platform.canStartNestedEventLoop()) {
            Object marker = new Object();
            Platform.runLater(() -> Platform.exitNestedEventLoop(marker, null));
            Platform.enterNestedEventLoop(marker);
        }
    }
}
