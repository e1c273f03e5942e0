package org.brieflens.app;

import java.util.List;

import javafx.scene.Parent;

import org.brieflens.settings.Settings;

/** Ctrl+plus and Ctrl+minus: the window's type size, in steps, remembered between runs. */
final class ZoomControl {
    static final List<Integer> STEPS = List.of(80, 90, 100, 110, 125, 150, 175, 200);
    private static final double BASE_FONT_PX = 14;

    private final Parent root;
    private final Settings settings;
    private int percent;

    ZoomControl(Parent root, Settings settings) {
        this.root = root;
        this.settings = settings;
        this.percent = STEPS.contains(settings.zoomPercent()) ? settings.zoomPercent() : 100;
        apply();
    }

    int percent() {
        return percent;
    }

    void zoomIn() {
        int at = STEPS.indexOf(percent);
        set(STEPS.get(Math.min(STEPS.size() - 1, at + 1)));
    }

    void zoomOut() {
        int at = STEPS.indexOf(percent);
        set(STEPS.get(Math.max(0, at - 1)));
    }

    void reset() {
        set(100);
    }

    private void set(int newPercent) {
        percent = newPercent;
        settings.setZoomPercent(percent);
        apply();
    }

    private void apply() {
        root.setStyle(percent == 100 ? "" : String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;",
                BASE_FONT_PX * percent / 100.0));
    }
}
