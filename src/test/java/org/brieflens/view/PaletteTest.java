package org.brieflens.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import org.brieflens.model.ActorKind;
import org.brieflens.model.LinkFamily;
import org.brieflens.view.common.Palette;

class PaletteTest {

    @Test
    void theStylesheetAndTheCodeGiveEveryKindAndFamilyTheSameColour() throws Exception {
        String css = stylesheet("/org/brieflens/view/theme/palette.css");
        for (ActorKind kind : ActorKind.values()) {
            assertThat(colour(css, Palette.variable(kind))).as(kind.name()).isEqualTo(Palette.of(kind));
        }
        for (LinkFamily family : LinkFamily.values()) {
            assertThat(colour(css, Palette.variable(family))).as(family.name()).isEqualTo(Palette.of(family));
        }
    }

    @Test
    void everyKindHasItsOwnColour() {
        assertThat(java.util.Arrays.stream(ActorKind.values()).map(Palette::of).distinct()).hasSize(ActorKind.values().length);
        assertThat(Palette.of(LinkFamily.COOPERATION)).isNotEqualTo(Palette.of(LinkFamily.CONFLICT));
    }

    private static Color colour(String css, String variable) {
        Matcher matcher = Pattern.compile(Pattern.quote(variable) + ":\\s*(#[0-9A-Fa-f]{6});").matcher(css);
        assertThat(matcher.find()).as("%s is defined in palette.css", variable).isTrue();
        return Color.web(matcher.group(1));
    }

    private static String stylesheet(String resource) throws Exception {
        try (InputStream in = PaletteTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
