package org.brieflens.dialogs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question and message BriefLens puts to the user, behind one interface so that
 * controllers can be tested without windows.
 */
public interface DialogService {

    /** Asks for a brief or model file to open. */
    Optional<Path> chooseFileToOpen(Path startFolder);

    /** Asks where to save a model, suggesting a file name. */
    Optional<Path> chooseFileToSave(Path startFolder, String suggestedName);

    /**
     * Asks which views make the slides and in what order, starting from {@code options} in
     * their current order; empty if the presenter cancels.
     */
    Optional<List<String>> chooseSlides(List<SlideOption> options);

    /**
     * Asks what to export and where, starting from {@code suggested}; {@code currentView} names
     * the view on screen. Empty if the user cancels.
     */
    Optional<ExportChoice> chooseExport(ExportChoice suggested, String currentView);

    /** Asks whether to replace files that exist; true to replace them. */
    boolean confirmReplace(List<Path> existing);

    void showError(String title, String message);

    void showInformation(String title, String message);
}
