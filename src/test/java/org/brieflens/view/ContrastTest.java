package org.brieflens.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brieflens.testing.ThemeColours.contrast;
import static org.brieflens.testing.ThemeColours.over;
import static org.brieflens.testing.ThemeColours.tint;

import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.brieflens.model.ActorKind;
import org.brieflens.testing.ThemeColours;
import org.brieflens.view.common.Palette;
import org.brieflens.view.theme.Theme;

/** Text stands out from what is behind it by at least 4.5:1 (WCAG AA) in every theme. */
class ContrastTest {
    private static final double AA = 4.5;
    /** The opacities of mention marks in brieflens.css: normal and focused, and dimmed. */
    private static final double[] MARK_OPACITIES = {0.30, 0.12};

    @ParameterizedTest
    @EnumSource(Theme.class)
    void textAndMutedTextOnEverySurface(Theme theme) throws Exception {
        ThemeColours colours = ThemeColours.of(theme);
        for (String surface : new String[] {"-bl-surface", "-bl-surface-alt"}) {
            Color background = colours.get(surface);
            for (String text : new String[] {"-bl-text", "-bl-text-muted", "-color-fg-default", "-color-fg-subtle"}) {
                assertReadable(theme, text + " on " + surface, colours.get(text), background);
            }
        }
        assertReadable(theme, "links and spotlight", colours.get("-bl-accent"), colours.get("-bl-surface"));
        assertReadable(theme, "status notice", colours.get("-color-warning-fg"), colours.get("-bl-surface-alt"));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void textOverHighlightsAndSelections(Theme theme) throws Exception {
        ThemeColours colours = ThemeColours.of(theme);
        Color surface = colours.get("-bl-surface");
        Color text = colours.get("-bl-text");
        assertReadable(theme, "a focused detail item", text, over(colours.get("-bl-evidence"), surface));
        Color selectedRow = over(colours.get("-color-accent-subtle"), surface);
        assertReadable(theme, "a selected row", colours.get("-color-fg-default"), selectedRow);
        assertReadable(theme, "a selected row with focus", colours.get("-color-fg-default"),
                over(colours.get("-color-accent-muted"), selectedRow));
        for (ActorKind kind : ActorKind.values()) {
            for (double opacity : MARK_OPACITIES) {
                assertReadable(theme, "a " + kind + " mention at " + opacity, text, tint(Palette.of(kind), opacity, surface));
            }
        }
    }

    private static void assertReadable(Theme theme, String what, Color foreground, Color background) {
        assertThat(contrast(over(foreground, background), background))
                .as("%s in the %s theme", what, theme).isGreaterThanOrEqualTo(AA);
    }
}
