package org.brieflens.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.brieflens.dialogs.DialogService;
import org.brieflens.dialogs.ExportChoice;
import org.brieflens.dialogs.SlideOption;

/** Dialogs that answer what the test set up and remember what they were asked to show. */
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();
    public Path fileToOpen;
    public Path fileToSave;
    /** The slides the presenter would choose; empty means cancel. */
    public List<String> slides;
    public List<SlideOption> slideOptionsOffered;
    /** What the user would choose in the export dialog; null means cancel. */
    public ExportChoice exportChoice;
    public ExportChoice exportSuggested;
    /** Whether the user would replace existing files. */
    public boolean replace;
    public final List<List<Path>> replaceAsked = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(Path startFolder) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path startFolder, String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<List<String>> chooseSlides(List<SlideOption> options) {
        slideOptionsOffered = List.copyOf(options);
        return Optional.ofNullable(slides);
    }

    @Override
    public Optional<ExportChoice> chooseExport(ExportChoice suggested, String currentView) {
        exportSuggested = suggested;
        return Optional.ofNullable(exportChoice);
    }

    @Override
    public boolean confirmReplace(List<Path> existing) {
        replaceAsked.add(List.copyOf(existing));
        return replace;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(title + ": " + message);
    }
}
