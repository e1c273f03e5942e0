package org.brieflens.tasks;

import javafx.concurrent.Task;

/**
 * The one way BriefLens runs long work: a {@link Task} whose results come back on the FX
 * thread through its handlers and whose progress is shown through its properties. Tests use a
 * runner that runs the task at once on the calling thread.
 */
@FunctionalInterface
public interface TaskRunner {

    void run(Task<?> task);

    /** Runs the task where it is called: for tests, which then see its result at once. */
    TaskRunner SAME_THREAD = Task::run;
}
