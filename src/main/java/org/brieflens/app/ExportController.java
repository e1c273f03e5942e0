package org.brieflens.app;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javafx.concurrent.Task;
import javafx.geometry.Bounds;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Screen;
import javafx.stage.Window;

import org.brieflens.dialogs.DialogService;
import org.brieflens.dialogs.ExportChoice;
import org.brieflens.export.ExportFormat;
import org.brieflens.export.ExportJob;
import org.brieflens.export.ExportRequest;
import org.brieflens.export.ExportResult;
import org.brieflens.export.ExportSubject;
import org.brieflens.export.ExportTimings;
import org.brieflens.export.ImageSize;
import org.brieflens.export.OffscreenViews;
import org.brieflens.export.ViewCapture;
import org.brieflens.export.image.RasterImage;
import org.brieflens.ingest.BriefOrigin;
import org.brieflens.state.Workspace;
import org.brieflens.tasks.TaskRunner;
import org.brieflens.view.BriefView;
import org.brieflens.view.theme.ThemeManager;

/**
 * Exports from the window: the export dialog (Ctrl+E), then an export task with its progress
 * in the status bar; and a copy of the current view to the clipboard (Ctrl+Shift+C). Exports
 * show what the window shows (brief, selection, theme) at the view's size on screen.
 */
final class ExportController {
    private final Window owner;
    private final Workspace workspace;
    private final ThemeManager themes;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarController status;
    private final Supplier<BriefView> currentView;
    private final List<String> allViews;
    private ExportChoice lastChoice;

    ExportController(Window owner, Workspace workspace, ThemeManager themes, TaskRunner tasks, DialogService dialogs,
            StatusBarController status, Supplier<BriefView> currentView, List<String> allViews) {
        this.owner = owner;
        this.workspace = workspace;
        this.themes = themes;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.currentView = currentView;
        this.allViews = List.copyOf(allViews);
    }

    /** Asks what to export, then exports it. */
    void export() {
        ExportChoice suggested = lastChoice != null ? lastChoice
                : new ExportChoice(ExportChoice.Scope.CURRENT_VIEW, Set.of(ExportFormat.PNG), ImageSize.scale(2), false,
                        defaultFolder());
        dialogs.chooseExport(suggested, currentView.get().title()).ifPresent(choice -> {
            lastChoice = choice;
            export(choice);
        });
    }

    /** Exports what {@code choice} says, asking first before replacing files. */
    void export(ExportChoice choice) {
        ExportRequest request = request(choice);
        List<Path> existing = request.targets().stream().filter(Files::exists).toList();
        if (!existing.isEmpty()) {
            if (!dialogs.confirmReplace(existing)) {
                status.say("Nothing was exported: the files in " + request.folder() + " were kept.");
                return;
            }
            request = request.withReplaceExisting(true);
        }
        run(request);
    }

    /** Copies the current view to the clipboard as an image, at the screen's pixel density. */
    void copyCurrentView() {
        BriefView view = currentView.get();
        ExportSubject subject = ExportSubject.of(workspace, themes.theme());
        OffscreenViews views = OffscreenViews.of(subject, owner);
        ViewSize size = viewSize();
        double scale = Screen.getPrimary().getOutputScaleX();
        ImageSize.Rendering rendering = ImageSize.scale(scale).resolve(size.width(), size.height());
        BriefView fresh = views.view(view.id()).orElseThrow();
        RasterImage image = ViewCapture.take(views, fresh, rendering, true, false, false).image();
        ClipboardContent content = new ClipboardContent();
        content.putImage(image.toFxImage());
        Clipboard.getSystemClipboard().setContent(content);
        status.say("Copied the " + view.title() + " view to the clipboard as an image of " + image.width() + " x "
                + image.height() + " pixels.");
    }

    private void run(ExportRequest request) {
        ExportSubject subject = ExportSubject.of(workspace, themes.theme());
        Task<ExportResult> task = new Task<>() {
            @Override
            protected ExportResult call() throws Exception {
                updateMessage("Exporting to " + request.folder() + "…");
                return new ExportJob(subject, request, new ExportTimings(), owner).run((fraction, message) -> {
                    updateProgress(fraction, 1);
                    updateMessage(message + "…");
                });
            }
        };
        task.setOnSucceeded(event -> {
            int count = task.getValue().files().size();
            status.say("Exported " + count + (count == 1 ? " file" : " files") + " to " + request.folder());
        });
        task.setOnFailed(event -> failed(request, task.getException()));
        status.track(task);
        tasks.run(task);
    }

    private void failed(ExportRequest request, Throwable problem) {
        String reason = problem instanceof FileAlreadyExistsException exists
                ? exists.getFile() + " appeared while exporting"
                : Optional.ofNullable(problem.getMessage()).orElse(problem.toString());
        String message = request.folder() + ": the export failed: " + reason + ". Nothing was written.";
        status.say(message);
        dialogs.showError("The export failed", message);
    }

    private ExportRequest request(ExportChoice choice) {
        List<String> views = switch (choice.scope()) {
            case CURRENT_VIEW -> List.of(currentView.get().id());
            case ALL_VIEWS -> allViews;
            case DATA -> List.of();
        };
        ViewSize size = viewSize();
        return new ExportRequest(views, choice.formats(), choice.size(), choice.transparent(), size.width(),
                size.height(), choice.folder(), false);
    }

    /** The size of the views on screen, so that an export lays them out as the user sees them. */
    private ViewSize viewSize() {
        Bounds bounds = currentView.get().node().getLayoutBounds();
        return bounds.getWidth() >= 1 && bounds.getHeight() >= 1 ? new ViewSize(bounds.getWidth(), bounds.getHeight())
                : new ViewSize(ExportRequest.DEFAULT_VIEW_WIDTH, ExportRequest.DEFAULT_VIEW_HEIGHT);
    }

    private record ViewSize(double width, double height) {
    }

    /** Beside the open brief's file, or in the home folder for the bundled brief. */
    private Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        return workspace.brief().origin() == BriefOrigin.BUNDLED ? home
                : workspace.brief().optionalFile().map(Path::toAbsolutePath).map(Path::getParent).orElse(home);
    }
}
