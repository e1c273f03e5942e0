package org.brieflens.dialogs;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

import org.brieflens.export.ExportFormat;
import org.brieflens.export.ImageSize;

/** What the user chose in the export dialog. */
public record ExportChoice(Scope scope, Set<ExportFormat> formats, ImageSize size, boolean transparent, Path folder) {

    /** What is exported: the view on screen, every view, or the model as data. */
    public enum Scope { CURRENT_VIEW, ALL_VIEWS, DATA }

    public ExportChoice {
        Objects.requireNonNull(scope, "scope");
        formats = Set.copyOf(formats);
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(folder, "folder");
    }
}
