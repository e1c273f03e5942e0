package org.brieflens.format;

/** Facts about the BriefLens JSON format shared by its reader and writer. */
public final class BriefFormat {
    /** The version this build reads and writes; a file with a newer one is refused. */
    public static final int SCHEMA_VERSION = 1;
    public static final String FILE_SUFFIX = ".brief.json";

    private BriefFormat() {
    }
}
