package org.brieflens.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.brieflens.files.Digests;

/** Settings kept with {@link java.util.prefs.Preferences}, under a node given by the caller. */
public final class PreferencesSettings implements Settings {
    private static final String THEME = "theme";
    private static final String RECENT = "recent.";
    private static final String LAST_BRIEF = "lastBrief";
    private static final String WINDOW = "window";
    private static final String ZOOM = "zoomPercent";
    private static final String SLIDES = "slides";

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

    @Override
    public Optional<Path> lastBrief() {
        return Optional.ofNullable(node.get(LAST_BRIEF, null)).filter(value -> !value.isEmpty()).map(Path::of);
    }

    @Override
    public void setLastBrief(Path file) {
        node.put(LAST_BRIEF, file == null ? "" : file.toAbsolutePath().normalize().toString());
        flush();
    }

    @Override
    public Optional<WindowBounds> windowBounds() {
        String[] parts = node.get(WINDOW, "").split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WindowBounds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void setWindowBounds(WindowBounds bounds) {
        node.put(WINDOW, bounds.x() + "," + bounds.y() + "," + bounds.width() + "," + bounds.height() + ","
                + bounds.maximized());
        flush();
    }

    @Override
    public int zoomPercent() {
        return node.getInt(ZOOM, 100);
    }

    @Override
    public void setZoomPercent(int percent) {
        node.putInt(ZOOM, percent);
        flush();
    }

    @Override
    public Optional<List<String>> slideOrder(String briefKey) {
        String value = node.node(SLIDES).get(keyFor(briefKey), null);
        return Optional.ofNullable(value).map(ids -> ids.isEmpty() ? List.of() : Arrays.asList(ids.split(",")));
    }

    @Override
    public void setSlideOrder(String briefKey, List<String> viewIds) {
        node.node(SLIDES).put(keyFor(briefKey), String.join(",", viewIds));
        flush();
    }

    /** Preference keys are limited to 80 characters, so a brief is known by a digest of its key. */
    private static String keyFor(String briefKey) {
        return Digests.sha256Hex(briefKey, 16);
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
