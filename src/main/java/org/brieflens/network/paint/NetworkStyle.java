package org.brieflens.network.paint;

import java.util.EnumMap;
import java.util.Map;

import org.brieflens.model.ActorKind;
import org.brieflens.model.LinkFamily;

/**
 * The colours and type a network picture is drawn with: one per theme. Kinds and families take
 * the shared palette's colours in every theme; the rest follows the theme's background.
 *
 * @param textScale how much larger than the defaults text and lines are (a presentation theme
 *                  read at a distance)
 */
public record NetworkStyle(
        Rgba background,
        Rgba text,
        Rgba mutedText,
        Rgba border,
        Rgba focusRing,
        Map<ActorKind, Rgba> kinds,
        Map<LinkFamily, Rgba> families,
        double dimmedAlpha,
        String fontFamily,
        double textScale) {

    public NetworkStyle {
        kinds = Map.copyOf(new EnumMap<>(kinds));
        families = Map.copyOf(new EnumMap<>(families));
    }

    public Rgba kind(ActorKind kind) {
        return kinds.get(kind);
    }

    public Rgba family(LinkFamily family) {
        return families.get(family);
    }

    /** Structure (listed members, affiliations): present but quieter than stated links. */
    public Rgba structure() {
        return mutedText.withAlpha(0.7);
    }

    /** Behind labels and the legend, so text stays readable over lines. */
    public Rgba labelBackground() {
        return background.withAlpha(0.82);
    }

    public FontSpec labelFont() {
        return new FontSpec(fontFamily, 12 * textScale, false);
    }

    public FontSpec captionFont() {
        return new FontSpec(fontFamily, 14 * textScale, true);
    }

    public FontSpec legendFont() {
        return new FontSpec(fontFamily, 11.5 * textScale, false);
    }
}
