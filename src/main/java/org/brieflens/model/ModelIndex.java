package org.brieflens.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Look-ups over one {@link BriefModel}, built once: by id, and from an actor to its items. */
public final class ModelIndex {
    private final BriefModel model;
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, Link> links = new LinkedHashMap<>();
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final Map<String, Exercise> exercises = new LinkedHashMap<>();
    private final Map<String, List<Link>> linksByActor = new HashMap<>();
    private final Map<String, List<Figure>> figuresByActor = new HashMap<>();
    private final Map<String, List<Exercise>> exercisesByActor = new HashMap<>();

    private ModelIndex(BriefModel model) {
        this.model = model;
        model.actors().forEach(actor -> actors.putIfAbsent(actor.id(), actor));
        for (Link link : model.links()) {
            links.putIfAbsent(link.id(), link);
            linksByActor.computeIfAbsent(link.source(), id -> new ArrayList<>()).add(link);
            if (!link.target().equals(link.source())) {
                linksByActor.computeIfAbsent(link.target(), id -> new ArrayList<>()).add(link);
            }
        }
        for (Figure figure : model.figures()) {
            figures.putIfAbsent(figure.id(), figure);
            for (String actor : new HashSet<>(figure.actors())) {
                figuresByActor.computeIfAbsent(actor, id -> new ArrayList<>()).add(figure);
            }
        }
        for (Exercise exercise : model.exercises()) {
            exercises.putIfAbsent(exercise.id(), exercise);
            for (String actor : new HashSet<>(exercise.participants())) {
                exercisesByActor.computeIfAbsent(actor, id -> new ArrayList<>()).add(exercise);
            }
        }
    }

    public static ModelIndex of(BriefModel model) {
        return new ModelIndex(model);
    }

    public BriefModel model() {
        return model;
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    public Optional<Link> link(String id) {
        return Optional.ofNullable(links.get(id));
    }

    public Optional<Figure> figure(String id) {
        return Optional.ofNullable(figures.get(id));
    }

    public Optional<Exercise> exercise(String id) {
        return Optional.ofNullable(exercises.get(id));
    }

    public List<Link> linksOf(String actorId) {
        return Collections.unmodifiableList(linksByActor.getOrDefault(actorId, List.of()));
    }

    public List<Figure> figuresOf(String actorId) {
        return Collections.unmodifiableList(figuresByActor.getOrDefault(actorId, List.of()));
    }

    public List<Exercise> exercisesOf(String actorId) {
        return Collections.unmodifiableList(exercisesByActor.getOrDefault(actorId, List.of()));
    }

    /**
     * The state an actor stands for: a state itself, or the state a person or organisation is
     * affiliated to, following affiliations upwards (a navy's commander to the navy to its state).
     */
    public Optional<Actor> stateOf(String actorId) {
        Set<String> seen = new HashSet<>();
        Actor current = actors.get(actorId);
        while (current != null && seen.add(current.id())) {
            if (current.kind() == ActorKind.STATE) {
                return Optional.of(current);
            }
            current = current.affiliation() == null ? null : actors.get(current.affiliation());
        }
        return Optional.empty();
    }

    /** The actors whose name is the display name of {@code actorId}, or the id if unknown. */
    public String nameOf(String actorId) {
        Actor actor = actors.get(actorId);
        return actor == null ? actorId : actor.name();
    }
}
