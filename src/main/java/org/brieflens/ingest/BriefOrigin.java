package org.brieflens.ingest;

/** Where an open brief came from, which decides what saving it means. */
public enum BriefOrigin {
    /** The brief that ships with BriefLens. */
    BUNDLED,
    /** A model file in the BriefLens JSON format. */
    MODEL_FILE,
    /** A plain-text or Markdown brief, read into a model by the extractor. */
    TEXT_FILE
}
