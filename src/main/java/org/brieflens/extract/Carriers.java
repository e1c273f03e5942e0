package org.brieflens.extract;

import java.util.Set;

/**
 * Nouns for what or whom a state sends, written before "from" or "of" its name: "troops from
 * Fiji", "frigates from Australia, India and Japan", "the defence ministers of A, B and C". The
 * states after them act, or take part, through them.
 */
final class Carriers {
    static final Set<String> NOUNS = Set.of("warships", "aircraft", "ships", "troops", "forces", "jets", "vessels",
            "soldiers", "officials", "delegations", "delegates", "representatives", "leaders", "ministers", "envoys", "units",
            "navies", "sailors", "marines", "personnel", "diplomats", "armies", "militaries", "chiefs", "heads", "presidents",
            "governments", "commanders", "guards", "coastguards", "contingents", "teams", "observers", "frigates",
            "destroyers", "corvettes", "submarines", "battalions", "brigades", "squadrons", "detachments", "crews", "pilots",
            "fighters", "helicopters", "drones", "boats", "cutters", "companies", "platoons", "instructors", "engineers",
            "medics", "officers", "cadets", "volunteers", "police", "gendarmes");

    private Carriers() {
    }
}
