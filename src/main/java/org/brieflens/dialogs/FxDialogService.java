package org.brieflens.dialogs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: JavaFX file choosers and alerts, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path startFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a brief");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Briefs and models (*.txt, *.md, *.json)", "*.txt", "*.md", "*.json"),
                new FileChooser.ExtensionFilter("BriefLens models (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("Text briefs (*.txt, *.md)", "*.txt", "*.md"));
        startIn(chooser, startFolder);
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path startFolder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the model as");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("BriefLens models (*.json)", "*.json"));
        chooser.setInitialFileName(suggestedName);
        startIn(chooser, startFolder);
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<List<String>> chooseSlides(List<SlideOption> options) {
        return SlideOrderDialog.show(owner, options);
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInformation(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    private static void startIn(FileChooser chooser, Path folder) {
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
    }
}
