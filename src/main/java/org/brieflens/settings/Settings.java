package org.brieflens.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What BriefLens remembers between runs. */
public interface Settings {
    int MAX_RECENT_FILES = 10;

    Optional<String> theme();

    void setTheme(String themeName);

    /** The most recently opened files, newest first. */
    List<Path> recentFiles();

    /** Puts {@code file} first among the recent files, dropping the oldest beyond the limit. */
    void addRecentFile(Path file);

    void removeRecentFile(Path file);

    /** The brief open when BriefLens last closed; empty for the bundled brief. */
    Optional<Path> lastBrief();

    void setLastBrief(Path file);

    Optional<WindowBounds> windowBounds();

    void setWindowBounds(WindowBounds bounds);

    /** The text zoom in percent (100 is the default size). */
    int zoomPercent();

    void setZoomPercent(int percent);

    /** The views, in order, that the presenter chose for the brief known by {@code briefKey}. */
    Optional<List<String>> slideOrder(String briefKey);

    void setSlideOrder(String briefKey, List<String> viewIds);
}
