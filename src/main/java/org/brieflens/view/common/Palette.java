package org.brieflens.view.common;

import java.util.EnumMap;
import java.util.Map;

import javafx.scene.paint.Color;

import org.brieflens.model.ActorKind;
import org.brieflens.model.LinkFamily;

/**
 * The colour-blind-safe Okabe–Ito palette, assigned once to actor kinds and link families and
 * used the same way in every view and theme. Stylesheets carry the same values as looked-up
 * colours ({@code palette.css}); a test keeps the two in step.
 */
public final class Palette {
    private static final Map<ActorKind, Color> KINDS = new EnumMap<>(ActorKind.class);
    private static final Map<LinkFamily, Color> FAMILIES = new EnumMap<>(LinkFamily.class);

    static {
        KINDS.put(ActorKind.STATE, Color.web("#0072B2"));
        KINDS.put(ActorKind.ALLIANCE, Color.web("#E69F00"));
        KINDS.put(ActorKind.GROUPING, Color.web("#009E73"));
        KINDS.put(ActorKind.ORGANISATION, Color.web("#56B4E9"));
        KINDS.put(ActorKind.PERSON, Color.web("#CC79A7"));
        KINDS.put(ActorKind.COMPANY, Color.web("#F0E442"));
        FAMILIES.put(LinkFamily.COOPERATION, Color.web("#009E73"));
        FAMILIES.put(LinkFamily.CONFLICT, Color.web("#D55E00"));
    }

    private Palette() {
    }

    public static Color of(ActorKind kind) {
        return KINDS.get(kind);
    }

    public static Color of(LinkFamily family) {
        return FAMILIES.get(family);
    }

    /** The looked-up colour name a stylesheet uses for a kind: "-bl-kind-state". */
    public static String variable(ActorKind kind) {
        return "-bl-kind-" + kind.jsonName();
    }

    public static String variable(LinkFamily family) {
        return "-bl-family-" + family.jsonName();
    }
}
