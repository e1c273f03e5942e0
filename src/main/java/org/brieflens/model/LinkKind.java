package org.brieflens.model;

import static org.brieflens.model.LinkFamily.CONFLICT;
import static org.brieflens.model.LinkFamily.COOPERATION;

/** The kinds of link a brief can state, each in exactly one family. */
public enum LinkKind {
    PARTNERSHIP("Partnership", COOPERATION),
    MEMBERSHIP("Alliance membership", COOPERATION),
    DIALOGUE("Dialogue", COOPERATION),
    JOINT_EXERCISE("Joint exercise or training", COOPERATION),
    ARMS_TRANSFER("Arms acquisition or transfer", COOPERATION),
    INTELLIGENCE_SHARING("Intelligence sharing", COOPERATION),
    INFRASTRUCTURE("Infrastructure initiative", COOPERATION),
    SUPPORT("Support", COOPERATION),
    RIVALRY("Rivalry or threat", CONFLICT),
    COERCION("Coercion", CONFLICT),
    CONDEMNATION("Condemnation", CONFLICT),
    ATTACK("War or attack", CONFLICT);

    private final String displayName;
    private final LinkFamily family;

    LinkKind(String displayName, LinkFamily family) {
        this.displayName = displayName;
        this.family = family;
    }

    public String displayName() {
        return displayName;
    }

    public LinkFamily family() {
        return family;
    }

    public String jsonName() {
        return Vocabulary.jsonName(this);
    }
}
