package org.brieflens.view.network;

import java.util.EnumMap;
import java.util.Map;

import javafx.scene.paint.Color;

import org.brieflens.model.ActorKind;
import org.brieflens.model.LinkFamily;
import org.brieflens.network.paint.NetworkStyle;
import org.brieflens.network.paint.Rgba;
import org.brieflens.view.common.Palette;
import org.brieflens.view.theme.Fonts;
import org.brieflens.view.theme.Theme;

/**
 * The network's drawing style for each theme. What a canvas draws is not styled by CSS, so the
 * theme's surface and text colours (AtlantaFX Primer's, and the presentation theme's own) are
 * repeated here; kinds and families come from the shared {@link Palette}.
 */
public final class NetworkStyles {

    private NetworkStyles() {
    }

    public static NetworkStyle of(Theme theme) {
        return switch (theme) {
            case LIGHT -> style("#ffffff", "#1f2328", "#59636e", "#d1d9e0", "#1f2328", 0.18, 1);
            case DARK -> style("#0d1117", "#f0f6fc", "#9198a1", "#3d444d", "#f0f6fc", 0.22, 1);
            case PRESENTATION -> style("#000000", "#ffffff", "#d0d7de", "#8b949e", "#ffffff", 0.25, 1.6);
        };
    }

    private static NetworkStyle style(String background, String text, String muted, String border, String focus,
            double dimmed, double textScale) {
        Map<ActorKind, Rgba> kinds = new EnumMap<>(ActorKind.class);
        for (ActorKind kind : ActorKind.values()) {
            kinds.put(kind, rgba(Palette.of(kind)));
        }
        Map<LinkFamily, Rgba> families = new EnumMap<>(LinkFamily.class);
        for (LinkFamily family : LinkFamily.values()) {
            families.put(family, rgba(Palette.of(family)));
        }
        return new NetworkStyle(Rgba.hex(background), Rgba.hex(text), Rgba.hex(muted), Rgba.hex(border),
                Rgba.hex(focus), kinds, families, dimmed, Fonts.FAMILY, textScale);
    }

    static Rgba rgba(Color colour) {
        return new Rgba(colour.getRed(), colour.getGreen(), colour.getBlue(), colour.getOpacity());
    }
}
