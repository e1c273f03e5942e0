package org.brieflens.network;

/**
 * Where an edge of the network comes from: a link the brief states, or the model's structure
 * (a grouping's listed member with no membership link, a person or body and whom it belongs to).
 */
public enum EdgeOrigin {
    /** A link of the model, with its evidence. */
    STATED,
    /** A member listed in a grouping's {@code members} that no membership link states. */
    LISTED_MEMBER,
    /** A person, organisation or company and the actor it is affiliated to. */
    AFFILIATION;

    public boolean isStructure() {
        return this != STATED;
    }
}
