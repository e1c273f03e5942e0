package org.brieflens.model;

/** Whether a link is between partners or between adversaries. */
public enum LinkFamily {
    COOPERATION("Cooperation"),
    CONFLICT("Conflict");

    private final String displayName;

    LinkFamily(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public String jsonName() {
        return Vocabulary.jsonName(this);
    }
}
