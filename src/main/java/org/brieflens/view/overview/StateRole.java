package org.brieflens.view.overview;

/**
 * The part a state plays in the brief, as its links tell it; the world map colours states by it.
 * When several apply, the first in this order wins.
 */
public enum StateRole {
    /** Attacks or coerces another, or is the one condemned or seen as a threat. */
    THREAT("Threat or aggressor", "bl-role-threat"),
    /** Is attacked or coerced. */
    PRESSURED("Attacked or coerced", "bl-role-pressured"),
    /** Cooperates: partnerships, exercises, dialogue, deals, support. */
    PARTNER("Partner", "bl-role-partner"),
    /** Named, but in no link. */
    MENTIONED("Mentioned only", "bl-role-mentioned");

    private final String displayName;
    private final String styleClass;

    StateRole(String displayName, String styleClass) {
        this.displayName = displayName;
        this.styleClass = styleClass;
    }

    public String displayName() {
        return displayName;
    }

    /** The style class that colours a state of this role ("bl-role-threat"). */
    public String styleClass() {
        return styleClass;
    }
}
