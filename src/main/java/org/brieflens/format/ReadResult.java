package org.brieflens.format;

import java.util.List;

import org.brieflens.files.InputProblem;
import org.brieflens.model.BriefModel;

/** A model read from a file, with the warnings (unknown fields) that did not stop it. */
public record ReadResult(BriefModel model, List<InputProblem> warnings) {
    public ReadResult {
        warnings = List.copyOf(warnings);
    }
}
