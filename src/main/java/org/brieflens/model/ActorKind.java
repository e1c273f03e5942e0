package org.brieflens.model;

/** What an actor is. The JSON name is the lowercase enum name. */
public enum ActorKind {
    STATE("State"),
    ALLIANCE("Alliance"),
    GROUPING("Grouping"),
    ORGANISATION("Organisation"),
    PERSON("Person"),
    COMPANY("Company");

    private final String displayName;

    ActorKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public String jsonName() {
        return Vocabulary.jsonName(this);
    }

    /** Alliances and groupings have members; the others do not. */
    public boolean hasMembers() {
        return this == ALLIANCE || this == GROUPING;
    }
}
