package org.brieflens.view.theme;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;

/**
 * Applies the chosen theme to every scene it manages (the main window, its dialogs, the
 * presentation window): the user-agent stylesheet for the application and BriefLens's own
 * stylesheets for each scene.
 */
public final class ThemeManager {
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final List<Scene> scenes = new ArrayList<>();

    public ThemeManager(Theme initial) {
        theme.set(initial);
        theme.addListener((observable, old, now) -> applyAll());
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme theme() {
        return theme.get();
    }

    public void setTheme(Theme newTheme) {
        theme.set(newTheme);
    }

    /** Styles {@code scene} now and whenever the theme changes. */
    public void manage(Scene scene) {
        scenes.add(scene);
        apply(theme.get(), scene);
    }

    public void release(Scene scene) {
        scenes.remove(scene);
    }

    /** Styles a scene once with {@code theme}, without managing it (an export, a snapshot). */
    public static void apply(Theme theme, Scene scene) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        scene.getStylesheets().setAll(theme.stylesheets());
    }

    private void applyAll() {
        for (Scene scene : scenes) {
            apply(theme.get(), scene);
        }
    }
}
