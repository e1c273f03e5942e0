package org.brieflens.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Settings survive a restart: a new instance over the same store reads what the last one wrote. */
class PreferencesSettingsTest {
    private final Preferences node = Preferences.userRoot().node("org/brieflens-test/" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void rememberTheThemeWindowZoomAndLastBrief() {
        PreferencesSettings before = new PreferencesSettings(node);
        before.setTheme("DARK");
        before.setWindowBounds(new WindowBounds(10, 20, 1300, 820, false));
        before.setZoomPercent(125);
        before.setLastBrief(Path.of("briefs/a.txt"));

        PreferencesSettings after = new PreferencesSettings(node);

        assertThat(after.theme()).contains("DARK");
        assertThat(after.windowBounds()).contains(new WindowBounds(10, 20, 1300, 820, false));
        assertThat(after.zoomPercent()).isEqualTo(125);
        assertThat(after.lastBrief()).contains(Path.of("briefs/a.txt").toAbsolutePath().normalize());
    }

    @Test
    void theBundledBriefIsRememberedAsNoFile() {
        PreferencesSettings settings = new PreferencesSettings(node);
        settings.setLastBrief(Path.of("a.json"));

        settings.setLastBrief(null);

        assertThat(new PreferencesSettings(node).lastBrief()).isEmpty();
    }

    @Test
    void keepTheTenMostRecentFilesNewestFirstWithoutRepeats() {
        PreferencesSettings settings = new PreferencesSettings(node);
        for (int i = 0; i < 12; i++) {
            settings.addRecentFile(Path.of("brief" + i + ".txt"));
        }
        settings.addRecentFile(Path.of("brief5.txt"));

        List<Path> recent = new PreferencesSettings(node).recentFiles();

        assertThat(recent).hasSize(Settings.MAX_RECENT_FILES);
        assertThat(recent.get(0).getFileName()).hasToString("brief5.txt");
        assertThat(recent).doesNotHaveDuplicates();
    }

    @Test
    void rememberTheSlidesPerBrief() {
        PreferencesSettings settings = new PreferencesSettings(node);
        String longKey = "/home/analyst/" + "very-long-folder-name/".repeat(10) + "brief.json";
        settings.setSlideOrder(longKey, List.of("network", "source"));
        settings.setSlideOrder("bundled:NATO", List.of("overview"));

        PreferencesSettings after = new PreferencesSettings(node);

        assertThat(after.slideOrder(longKey)).contains(List.of("network", "source"));
        assertThat(after.slideOrder("bundled:NATO")).contains(List.of("overview"));
        assertThat(after.slideOrder("another brief")).isEmpty();
    }

    @Test
    void aDamagedWindowEntryIsIgnored() {
        node.put("window", "not,numbers");

        assertThat(new PreferencesSettings(node).windowBounds()).isEmpty();
    }
}
