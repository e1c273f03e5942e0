package org.brieflens.app;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;

import org.controlsfx.control.StatusBar;

import org.brieflens.ingest.LoadedBrief;
import org.brieflens.model.BriefModel;
import org.brieflens.state.Workspace;
import org.brieflens.view.common.ItemDescriptions;
import org.brieflens.view.common.Styles;

/**
 * The status bar: what happened last (or the notice about the open brief) on the left; what is
 * selected and the open brief's counts on the right; the progress of the task under way.
 */
final class StatusBarController {
    private final StatusBar bar = new StatusBar();
    private final Label counts = new Label();
    private final Label selected = new Label();

    StatusBarController(Workspace workspace) {
        bar.setText("");
        bar.getRightItems().addAll(selected, new Separator(Orientation.VERTICAL), counts);
        counts.getStyleClass().add(Styles.MUTED);
        selected.setMaxWidth(520);
        selected.textProperty().bind(Bindings.createStringBinding(
                () -> ItemDescriptions.of(workspace.index(), workspace.selection()),
                workspace.selectionProperty(), workspace.indexProperty()));
        workspace.briefProperty().addListener((observable, old, loaded) -> describe(loaded));
        describe(workspace.brief());
    }

    StatusBar node() {
        return bar;
    }

    void say(String message) {
        bar.getStyleClass().remove(Styles.STATUS_NOTICE);
        bar.setText(message);
    }

    /** Shows the task's message and progress while it runs. */
    void track(Task<?> task) {
        bar.textProperty().bind(task.messageProperty());
        bar.progressProperty().bind(task.progressProperty());
        task.stateProperty().addListener((observable, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                bar.textProperty().unbind();
                bar.progressProperty().unbind();
                bar.setProgress(0);
            }
        });
    }

    private void describe(LoadedBrief loaded) {
        BriefModel model = loaded.model();
        counts.setText(String.join(" · ", ItemDescriptions.count(model.actors().size(), "actor"),
                ItemDescriptions.count(model.links().size(), "link"),
                ItemDescriptions.count(model.figures().size(), "figure"),
                ItemDescriptions.count(model.exercises().size(), "exercise")));
        if (!loaded.notices().isEmpty()) {
            bar.setText(String.join(" ", loaded.notices()));
            if (!bar.getStyleClass().contains(Styles.STATUS_NOTICE)) {
                bar.getStyleClass().add(Styles.STATUS_NOTICE);
            }
        } else {
            say("Showing " + loaded.displayName());
        }
    }
}
