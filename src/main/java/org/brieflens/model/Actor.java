package org.brieflens.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone a brief talks about. States carry their ISO 3166 alpha-3 code; a person or an
 * organisation is affiliated to the state or body it belongs to; a grouping lists its members.
 * Aliases are the other names met in the text ("Tokyo" for Japan).
 */
public record Actor(
        String id,
        String name,
        ActorKind kind,
        String iso3,
        List<String> aliases,
        List<String> memberOf,
        List<String> members,
        String affiliation,
        List<Evidence> mentions,
        Provenance provenance) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
        memberOf = List.copyOf(memberOf);
        members = List.copyOf(members);
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(provenance, "provenance");
    }

    public Optional<String> optionalIso3() {
        return Optional.ofNullable(iso3);
    }

    public Optional<String> optionalAffiliation() {
        return Optional.ofNullable(affiliation);
    }

    public Actor withMentions(List<Evidence> newMentions) {
        return new Actor(id, name, kind, iso3, aliases, memberOf, members, affiliation, newMentions, provenance);
    }
}
