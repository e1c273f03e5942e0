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
}
