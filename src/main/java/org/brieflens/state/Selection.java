package org.brieflens.state;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.brieflens.model.Evidence;
import org.brieflens.model.ModelIndex;

/**
 * What the user has selected: nothing, or one actor, link, figure or exercise, by id. Every
 * view shows the same selection; each asks it which actors to emphasise and which sentences
 * back it.
 */
public sealed interface Selection {

    Selection NONE = new Nothing();

    static Selection actor(String id) {
        return new OfActor(id);
    }

    static Selection link(String id) {
        return new OfLink(id);
    }

    static Selection figure(String id) {
        return new OfFigure(id);
    }

    static Selection exercise(String id) {
        return new OfExercise(id);
    }

    /** The actors every view emphasises for this selection (the rest are dimmed). */
    Set<String> focusActors(ModelIndex index);

    /** The evidence behind the selection, for showing its source sentences. */
    List<Evidence> evidence(ModelIndex index);

    default boolean isEmpty() {
        return this instanceof Nothing;
    }

    /** Whether this selection still names an item of {@code index}'s model. */
    default boolean existsIn(ModelIndex index) {
        return isEmpty() || !focusActors(index).isEmpty() || !evidence(index).isEmpty();
    }

    record Nothing() implements Selection {
        @Override
        public Set<String> focusActors(ModelIndex index) {
            return Set.of();
        }

        @Override
        public List<Evidence> evidence(ModelIndex index) {
            return List.of();
        }
    }

    record OfActor(String id) implements Selection {
        @Override
        public Set<String> focusActors(ModelIndex index) {
            return index.actor(id).isPresent() ? Set.of(id) : Set.of();
        }

        @Override
        public List<Evidence> evidence(ModelIndex index) {
            return index.actor(id).map(actor -> actor.mentions()).orElse(List.of());
        }
    }

    record OfLink(String id) implements Selection {
        @Override
        public Set<String> focusActors(ModelIndex index) {
            return index.link(id).map(link -> Set.of(link.source(), link.target())).orElse(Set.of());
        }

        @Override
        public List<Evidence> evidence(ModelIndex index) {
            return index.link(id).map(link -> link.evidence()).orElse(List.of());
        }
    }

    record OfFigure(String id) implements Selection {
        @Override
        public Set<String> focusActors(ModelIndex index) {
            return index.figure(id).map(figure -> Set.copyOf(new LinkedHashSet<>(figure.actors()))).orElse(Set.of());
        }

        @Override
        public List<Evidence> evidence(ModelIndex index) {
            return index.figure(id).map(figure -> figure.evidence()).orElse(List.of());
        }
    }

    record OfExercise(String id) implements Selection {
        @Override
        public Set<String> focusActors(ModelIndex index) {
            return index.exercise(id).map(exercise -> Set.copyOf(new LinkedHashSet<>(exercise.participants())))
                    .orElse(Set.of());
        }

        @Override
        public List<Evidence> evidence(ModelIndex index) {
            return index.exercise(id).map(exercise -> exercise.evidence()).orElse(List.of());
        }
    }
}
