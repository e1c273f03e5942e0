package org.brieflens.dialogs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: JavaFX file choosers and alerts, owned by the main window. */
public final class FxDialogService implements DialogService {
    private static final int MAX_FILES_LISTED = 8;

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
    public Optional<ExportChoice> chooseExport(ExportChoice suggested, String currentView) {
        return ExportDialog.show(owner, suggested, currentView);
    }

    @Override
    public boolean confirmReplace(List<Path> existing) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle("Replace files?");
        alert.setHeaderText(existing.size() == 1 ? existing.get(0).getFileName() + " already exists"
                : existing.size() + " of the files already exist");
        Label text = new Label(replaceMessage(existing));
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(replace, ButtonType.CANCEL);
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    private static String replaceMessage(List<Path> existing) {
        int shown = Math.min(existing.size(), MAX_FILES_LISTED);
        StringBuilder text = new StringBuilder("In ").append(existing.get(0).getParent()).append(":\n");
        existing.subList(0, shown).forEach(file -> text.append("  ").append(file.getFileName()).append('\n'));
        if (existing.size() > shown) {
            text.append("  and ").append(existing.size() - shown).append(" more\n");
        }
        return text.append("\nReplacing them cannot be undone.").toString();
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
