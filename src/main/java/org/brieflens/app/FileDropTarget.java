package org.brieflens.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

import org.brieflens.ingest.BriefFileLoader;

/** Lets the user drop a brief or model file onto the window to open it. */
final class FileDropTarget {

    private FileDropTarget() {
    }

    static void install(Scene scene, Consumer<Path> open, Consumer<String> say) {
        scene.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            Optional<Path> openable = openable(files);
            openable.ifPresentOrElse(open, () -> say.accept(files.isEmpty() ? "Nothing to open was dropped."
                    : files.get(0).getName() + " is not a brief BriefLens can open: drop a .json model or a .txt or .md text."));
            event.setDropCompleted(openable.isPresent());
            event.consume();
        });
    }

    /** The first dropped file that BriefLens can open. */
    static Optional<Path> openable(List<File> files) {
        return files.stream().map(File::toPath).filter(BriefFileLoader::canOpen).findFirst();
    }
}
