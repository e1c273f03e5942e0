package org.brieflens.model;

import java.util.List;
import java.util.Objects;

/** A brief and everything read from it: the model every view shows. */
public record BriefModel(
        Brief brief,
        List<Actor> actors,
        List<Link> links,
        List<Figure> figures,
        List<Exercise> exercises) {

    public BriefModel {
        Objects.requireNonNull(brief, "brief");
        actors = List.copyOf(actors);
        links = List.copyOf(links);
        figures = List.copyOf(figures);
        exercises = List.copyOf(exercises);
    }

    /** A brief whose text has not been read into actors, links, figures or exercises. */
    public static BriefModel textOnly(Brief brief) {
        return new BriefModel(brief, List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return actors.isEmpty() && links.isEmpty() && figures.isEmpty() && exercises.isEmpty();
    }
}
