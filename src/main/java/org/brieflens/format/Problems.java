package org.brieflens.format;

import java.util.ArrayList;
import java.util.List;

import org.brieflens.files.InputProblem;

/** The errors and warnings found while reading one file, in the order found. */
final class Problems {
    private final String file;
    private final List<InputProblem> errors = new ArrayList<>();
    private final List<InputProblem> warnings = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void error(Location at, String message) {
        errors.add(new InputProblem(file, at.line(), at.column(), message));
    }

    void warning(Location at, String message) {
        warnings.add(new InputProblem(file, at.line(), at.column(), message));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    int errorCount() {
        return errors.size();
    }

    List<InputProblem> errors() {
        return List.copyOf(errors);
    }

    List<InputProblem> warnings() {
        return List.copyOf(warnings);
    }
}
