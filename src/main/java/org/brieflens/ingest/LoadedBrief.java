package org.brieflens.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.brieflens.model.BriefModel;

/**
 * A model ready to show, with the file it came from (none for the bundled brief) and the
 * notices the user should see about it ("no actors were found").
 */
public record LoadedBrief(BriefModel model, Path file, BriefOrigin origin, List<String> notices) {
    public LoadedBrief {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(origin, "origin");
        notices = List.copyOf(notices);
    }

    public Optional<Path> optionalFile() {
        return Optional.ofNullable(file);
    }

    /** A short name for the status bar and recent files: the file name, or the brief's title. */
    public String displayName() {
        return file == null ? model.brief().title() : String.valueOf(file.getFileName());
    }
}
