package org.brieflens.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.brieflens.dialogs.DialogService;
import org.brieflens.dialogs.ExportChoice;
import org.brieflens.dialogs.SlideOption;

/**
 * Dialogs that can be told to keep quiet: while presenting, nothing may pop up on the shared
 * screen, so messages wait and are shown when the presentation ends.
 */
final class QuietDialogs implements DialogService {
    private final DialogService dialogs;
    private final List<Runnable> held = new ArrayList<>();
    private boolean quiet;

    QuietDialogs(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    void setQuiet(boolean quiet) {
        this.quiet = quiet;
        if (!quiet) {
            List<Runnable> waiting = List.copyOf(held);
            held.clear();
            waiting.forEach(Runnable::run);
        }
    }

    boolean isQuiet() {
        return quiet;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path startFolder) {
        return quiet ? Optional.empty() : dialogs.chooseFileToOpen(startFolder);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path startFolder, String suggestedName) {
        return quiet ? Optional.empty() : dialogs.chooseFileToSave(startFolder, suggestedName);
    }

    @Override
    public Optional<List<String>> chooseSlides(List<SlideOption> options) {
        return quiet ? Optional.empty() : dialogs.chooseSlides(options);
    }

    @Override
    public Optional<ExportChoice> chooseExport(ExportChoice suggested, String currentView) {
        return quiet ? Optional.empty() : dialogs.chooseExport(suggested, currentView);
    }

    @Override
    public boolean confirmReplace(List<Path> existing) {
        return !quiet && dialogs.confirmReplace(existing);
    }

    @Override
    public void showError(String title, String message) {
        hold(() -> dialogs.showError(title, message));
    }

    @Override
    public void showInformation(String title, String message) {
        hold(() -> dialogs.showInformation(title, message));
    }

    private void hold(Runnable message) {
        if (quiet) {
            held.add(message);
        } else {
            message.run();
        }
    }
}
