package org.brieflens.view.actors;

import java.util.Locale;

import org.brieflens.model.Actor;
import org.brieflens.model.ActorKind;
import org.brieflens.model.ModelIndex;

/** One row of the actors table: what the columns show and what the filter searches. */
public record ActorRow(String id, String name, ActorKind kind, String iso3, int mentions, int links,
        String searchText) {

    static ActorRow of(ModelIndex index, Actor actor) {
        String search = String.join(" ", actor.name(), String.join(" ", actor.aliases()),
                actor.iso3() == null ? "" : actor.iso3(), actor.kind().displayName(),
                actor.affiliation() == null ? "" : index.nameOf(actor.affiliation()))
                .toLowerCase(Locale.ROOT);
        return new ActorRow(actor.id(), actor.name(), actor.kind(), actor.iso3() == null ? "" : actor.iso3(),
                actor.mentions().size(), index.linksOf(actor.id()).size(), search);
    }

    boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
