package org.brieflens.tasks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.concurrent.Task;

/** Runs tasks on daemon threads, so that an unfinished task never keeps the program alive. */
public final class BackgroundTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor;

    public BackgroundTaskRunner() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory daemons = runnable -> {
            Thread thread = new Thread(runnable, "brieflens-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        executor = Executors.newCachedThreadPool(daemons);
    }

    @Override
    public void run(Task<?> task) {
        executor.execute(task);
    }

    /** Stops taking tasks and interrupts those under way. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
