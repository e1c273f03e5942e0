package org.brieflens.view.overview;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.brieflens.model.Actor;
import org.brieflens.model.ActorKind;
import org.brieflens.model.Link;
import org.brieflens.model.LinkFamily;
import org.brieflens.model.ModelIndex;

/**
 * Works out each state's {@link StateRole} from the links. A link of an organisation or a
 * person counts for the state it belongs to (the Vietnam Coast Guard's exercise is Vietnam's).
 * In a conflict link the threatening party is the source of an attack or coercion, and the
 * target of a rivalry or condemnation (who is feared or condemned); an undirected conflict link
 * names no side.
 */
public final class StateRoles {

    private StateRoles() {
    }

    public static Map<String, StateRole> of(ModelIndex index) {
        Map<String, Set<StateRole>> found = new HashMap<>();
        for (Actor actor : index.model().actors()) {
            if (actor.kind() == ActorKind.STATE) {
                found.put(actor.id(), EnumSet.of(StateRole.MENTIONED));
            }
        }
        for (Link link : index.model().links()) {
            Optional<String> source = index.stateOf(link.source()).map(Actor::id);
            Optional<String> target = index.stateOf(link.target()).map(Actor::id);
            if (link.family() == LinkFamily.COOPERATION) {
                source.ifPresent(id -> add(found, id, StateRole.PARTNER));
                target.ifPresent(id -> add(found, id, StateRole.PARTNER));
                continue;
            }
            if (!link.directed()) {
                continue;
            }
            switch (link.kind()) {
                case ATTACK, COERCION -> {
                    source.ifPresent(id -> add(found, id, StateRole.THREAT));
                    target.ifPresent(id -> add(found, id, StateRole.PRESSURED));
                }
                default -> target.ifPresent(id -> add(found, id, StateRole.THREAT));
            }
        }
        Map<String, StateRole> roles = new HashMap<>();
        // EnumSet iterates in declaration order: the first role is the strongest.
        found.forEach((id, set) -> roles.put(id, set.iterator().next()));
        return roles;
    }

    private static void add(Map<String, Set<StateRole>> found, String id, StateRole role) {
        found.computeIfAbsent(id, key -> EnumSet.noneOf(StateRole.class)).add(role);
    }
}
