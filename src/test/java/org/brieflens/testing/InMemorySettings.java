package org.brieflens.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.brieflens.settings.Settings;

/** Settings that live as long as the test. */
public final class InMemorySettings implements Settings {
    private String theme;
    private final List<Path> recent = new ArrayList<>();

    @Override
    public Optional<String> theme() {
        return Optional.ofNullable(theme);
    }

    @Override
    public void setTheme(String themeName) {
        theme = themeName;
    }

    @Override
    public List<Path> recentFiles() {
        return List.copyOf(recent);
    }

    @Override
    public void addRecentFile(Path file) {
        recent.remove(file);
        recent.add(0, file);
    }

    @Override
    public void removeRecentFile(Path file) {
        recent.remove(file);
    }
}
