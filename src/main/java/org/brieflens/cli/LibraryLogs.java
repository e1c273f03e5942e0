package org.brieflens.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' warnings off standard error, where the command line promises one line
 * per problem: JavaFX warns that it runs from the class path (as BriefLens means it to), and
 * PDFBox that it lacks the PDF standard Symbol font for rendering pages itself (exports only
 * name it, and readers have it). Errors still get through.
 */
final class LibraryLogs {
    /** Held here: the logging framework keeps its loggers weakly, and would forget the level. */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("javafx"),
            Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));

    private LibraryLogs() {
    }

    static void quiet() {
        QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
    }
}
