package org.brieflens.extract;

import java.util.List;
import java.util.Locale;

import org.brieflens.model.ActorKind;

/**
 * An actor the gazetteer knows: a state (its key is its ISO code in lower case), a grouping
 * with its member states, a company or an armed force with the state it belongs to.
 */
public record KnownActor(String key, String name, ActorKind kind, String iso3, List<String> memberIso3,
        String homeIso3) {

    public KnownActor {
        memberIso3 = List.copyOf(memberIso3);
    }

    public static String keyOfState(String iso3) {
        return iso3.toLowerCase(Locale.ROOT);
    }
}
