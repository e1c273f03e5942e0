package org.brieflens.export;

import java.nio.file.Path;
import java.util.List;

/** The files an export wrote, and how long it took. */
public record ExportResult(List<Path> files, ExportTimings timings) {

    public ExportResult {
        files = List.copyOf(files);
    }
}
