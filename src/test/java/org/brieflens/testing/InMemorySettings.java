package org.brieflens.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.brieflens.settings.Settings;
import org.brieflens.settings.WindowBounds;

/** Settings that live as long as the test. */
public final class InMemorySettings implements Settings {
    private String theme;
    private final List<Path> recent = new ArrayList<>();
    private final Map<String, List<String>> slides = new HashMap<>();
    private Path lastBrief;
    private WindowBounds bounds;
    private int zoom = 100;

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

    @Override
    public Optional<Path> lastBrief() {
        return Optional.ofNullable(lastBrief);
    }

    @Override
    public void setLastBrief(Path file) {
        lastBrief = file;
    }

    @Override
    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(bounds);
    }

    @Override
    public void setWindowBounds(WindowBounds newBounds) {
        bounds = newBounds;
    }

    @Override
    public int zoomPercent() {
        return zoom;
    }

    @Override
    public void setZoomPercent(int percent) {
        zoom = percent;
    }

    @Override
    public Optional<List<String>> slideOrder(String briefKey) {
        return Optional.ofNullable(slides.get(briefKey));
    }

    @Override
    public void setSlideOrder(String briefKey, List<String> viewIds) {
        slides.put(briefKey, List.copyOf(viewIds));
    }
}
