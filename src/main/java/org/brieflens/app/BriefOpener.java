package org.brieflens.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import javafx.concurrent.Task;

import org.brieflens.dialogs.DialogService;
import org.brieflens.files.InputException;
import org.brieflens.format.BriefFormat;
import org.brieflens.format.BriefJsonWriter;
import org.brieflens.ingest.BriefFileLoader;
import org.brieflens.ingest.BriefOrigin;
import org.brieflens.ingest.Extraction;
import org.brieflens.ingest.LoadedBrief;
import org.brieflens.model.BriefModel;
import org.brieflens.settings.Settings;
import org.brieflens.state.Workspace;
import org.brieflens.tasks.TaskRunner;

/**
 * Opens and saves briefs for the window: loading and saving run as tasks with their progress in
 * the status bar; a file that fails leaves the open brief on screen and says why, naming the file
 * and, where there is one, the line and column.
 */
final class BriefOpener {
    private final Workspace workspace;
    private final BriefFileLoader loader;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Settings settings;
    private final StatusBarController status;

    BriefOpener(Workspace workspace, BriefFileLoader loader, TaskRunner tasks, DialogService dialogs,
            Settings settings, StatusBarController status) {
        this.workspace = workspace;
        this.loader = loader;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.settings = settings;
        this.status = status;
    }

    void chooseAndOpen() {
        dialogs.chooseFileToOpen(startFolder()).ifPresent(this::open);
    }

    void open(Path file) {
        Task<LoadedBrief> task = new Task<>() {
            @Override
            protected LoadedBrief call() throws InputException {
                updateMessage("Opening " + file.getFileName() + "…");
                return loader.load(file, new Extraction.Progress() {
                    @Override
                    public void update(double fractionDone, String message) {
                        updateProgress(fractionDone, 1.0);
                        updateMessage(message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted();
                    }
                });
            }
        };
        task.setOnSucceeded(event -> {
            workspace.open(task.getValue());
            settings.addRecentFile(file);
        });
        task.setOnFailed(event -> failed(file, task.getException()));
        status.track(task);
        tasks.run(task);
    }

    void saveAs() {
        LoadedBrief current = workspace.brief();
        Path folder = current.origin() == BriefOrigin.BUNDLED ? startFolder() : current.file().getParent();
        dialogs.chooseFileToSave(folder, suggestedName(current)).ifPresent(this::save);
    }

    void save(Path file) {
        BriefModel model = workspace.model();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                updateMessage("Saving " + file.getFileName() + "…");
                BriefJsonWriter.write(model, file);
                return null;
            }
        };
        task.setOnSucceeded(event -> {
            workspace.open(new LoadedBrief(model, file, BriefOrigin.MODEL_FILE, List.of()));
            settings.addRecentFile(file);
            status.say("Saved " + file);
        });
        task.setOnFailed(event -> {
            String message = file + ": cannot be saved: " + task.getException().getMessage()
                    + ". Nothing was changed on disk.";
            status.say(message);
            dialogs.showError("The model was not saved", message);
        });
        status.track(task);
        tasks.run(task);
    }

    private void failed(Path file, Throwable problem) {
        String message = problem instanceof InputException input ? input.getMessage()
                : file + ": cannot be opened: " + problem;
        status.say("Not opened: " + message);
        dialogs.showError("The brief was not opened", message + "\n\nThe brief on screen is unchanged.");
    }

    private Path startFolder() {
        return settings.recentFiles().stream().map(Path::getParent).filter(Objects::nonNull).findFirst()
                .orElse(Path.of(System.getProperty("user.home")));
    }

    private static String suggestedName(LoadedBrief brief) {
        String base = brief.optionalFile().map(path -> path.getFileName().toString())
                .map(name -> name.replaceFirst("(\\.brief)?\\.(json|txt|md|markdown)$", ""))
                .orElse("nato-indo-pacific");
        return base + BriefFormat.FILE_SUFFIX;
    }
}
