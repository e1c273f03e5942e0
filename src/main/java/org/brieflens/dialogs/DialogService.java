package org.brieflens.dialogs;

import java.nio.file.Path;
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

    void showError(String title, String message);

    void showInformation(String title, String message);
}
