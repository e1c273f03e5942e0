package org.brieflens.export.data;

import org.brieflens.model.Link;

/** The attributes both network formats give actors and links, named alike in each. */
final class NetworkAttributes {
    static final String LABEL = "label";
    static final String KIND = "kind";
    static final String ISO3 = "iso3";
    static final String FAMILY = "family";
    static final String DERIVED = "derived";
    static final String WEIGHT = "weight";

    private NetworkAttributes() {
    }

    /** A link weighs as many pieces of evidence as state it: a tie the brief repeats is stronger. */
    static String weight(Link link) {
        return Integer.toString(link.evidence().size());
    }
}
