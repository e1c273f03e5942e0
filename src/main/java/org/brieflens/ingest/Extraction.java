package org.brieflens.ingest;

import org.brieflens.model.Brief;
import org.brieflens.model.BriefModel;

/** Reads a brief's text into a model. Progress goes from 0 to 1 through {@code progress}. */
@FunctionalInterface
public interface Extraction {

    /** Reports how far an extraction has come, and lets it stop early when cancelled. */
    interface Progress {
        void update(double fractionDone, String message);

        default boolean isCancelled() {
            return false;
        }

        Progress NONE = (fraction, message) -> { };
    }

    BriefModel extract(Brief brief, Progress progress);

    /** The brief's text with no actors, links, figures or exercises: for opening a text without reading it. */
    Extraction TEXT_ONLY = (brief, progress) -> BriefModel.textOnly(brief);
}
