package org.brieflens.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Settings kept with {@link java.util.prefs.Preferences}, under a node given by the caller. */
public final class PreferencesSettings implements Settings {
    private static final String THEME = "theme";
    private static final String RECENT = "recent.";

    private final Preferences node;

    public PreferencesSettings(Preferences node) {
        this.node = node;
    }

    /** The user's own BriefLens settings. */
    public static PreferencesSettings forUser() {
        return new PreferencesSettings(Preferences.userRoot().node("org/brieflens"));
    }

    @Override
    public Optional<String> theme() {
        return Optional.ofNullable(node.get(THEME, null));
    }

    @Override
    public void setTheme(String themeName) {
        node.put(THEME, themeName);
        flush();
    }

    @Override
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT_FILES; i++) {
            String value = node.get(RECENT + i, null);
            if (value != null) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    @Override
    public void addRecentFile(Path file) {
        List<Path> files = recentFiles();
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        storeRecent(files);
    }

    @Override
    public void removeRecentFile(Path file) {
        List<Path> files = recentFiles();
        files.remove(file.toAbsolutePath().normalize());
        storeRecent(files);
    }

    private void storeRecent(List<Path> files) {
        for (int i = 0; i < MAX_RECENT_FILES; i++) {
            if (i < files.size()) {
                node.put(RECENT + i, files.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience: a store that cannot be written must not stop the work.
        }
    }
}
