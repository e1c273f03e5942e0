package org.brieflens.view.common;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.brieflens.model.Actor;
import org.brieflens.model.Exercise;
import org.brieflens.model.Figure;
import org.brieflens.model.Link;
import org.brieflens.model.ModelIndex;
import org.brieflens.model.Provenance;
import org.brieflens.state.Selection;

/**
 * One-line descriptions of model items, the same in tooltips, accessible text and lists:
 * "Japan — state (JPN), 8 mentions, 9 links".
 */
public final class ItemDescriptions {

    private ItemDescriptions() {
    }

    public static String of(ModelIndex index, Actor actor) {
        StringBuilder text = new StringBuilder(actor.name()).append(" — ").append(kindLine(index, actor));
        int mentions = actor.mentions().size();
        int links = index.linksOf(actor.id()).size();
        text.append(", ").append(count(mentions, "mention")).append(", ").append(count(links, "link"));
        return text.toString();
    }

    /** "state (JPN)", "person, of NATO", "organisation, of Vietnam". */
    public static String kindLine(ModelIndex index, Actor actor) {
        StringBuilder text = new StringBuilder(actor.kind().displayName().toLowerCase(Locale.ROOT));
        actor.optionalIso3().ifPresent(code -> text.append(" (").append(code).append(')'));
        actor.optionalAffiliation().ifPresent(id -> text.append(", of ").append(index.nameOf(id)));
        return text.toString();
    }

    public static String of(ModelIndex index, Link link) {
        String arrow = link.directed() ? " → " : " — ";
        String notes = notesOf(link);
        return link.kind().displayName() + ": " + index.nameOf(link.source()) + arrow + index.nameOf(link.target())
                + " (" + link.family().displayName().toLowerCase(Locale.ROOT) + (notes.isEmpty() ? "" : ", " + notes) + ")";
    }

    /** "derived", "less sure", both or neither: what a link's name leaves unsaid about where it comes from. */
    public static String notesOf(Link link) {
        List<String> notes = new ArrayList<>();
        if (link.isDerived()) {
            notes.add("derived");
        }
        if (!link.provenance().isSure()) {
            notes.add("less sure");
        }
        return String.join(", ", notes);
    }

    public static String of(ModelIndex index, Figure figure) {
        String actors = figure.actors().stream().map(index::nameOf).collect(Collectors.joining(", "));
        return figure.label() + " — " + figure.measure() + (actors.isEmpty() ? "" : " (" + actors + ")");
    }

    public static String of(ModelIndex index, Exercise exercise) {
        String participants = exercise.participants().stream().map(index::nameOf).collect(Collectors.joining(", "));
        String name = exercise.optionalName().orElse(exercise.domain().displayName() + " exercise");
        return name + " — " + participants;
    }

    /** The description of whatever {@code selection} names, or empty for no selection. */
    public static String of(ModelIndex index, Selection selection) {
        if (selection instanceof Selection.OfActor actor) {
            return index.actor(actor.id()).map(found -> of(index, found)).orElse("");
        }
        if (selection instanceof Selection.OfLink link) {
            return index.link(link.id()).map(found -> of(index, found)).orElse("");
        }
        if (selection instanceof Selection.OfFigure figure) {
            return index.figure(figure.id()).map(found -> of(index, found)).orElse("");
        }
        if (selection instanceof Selection.OfExercise exercise) {
            return index.exercise(exercise.id()).map(found -> of(index, found)).orElse("");
        }
        return "";
    }

    /**
     * How the extractor came by what {@code selection} names — "Read by the extractor: 72% sure
     * (rule hyphen-compound)" — or empty for an item a person entered or checked.
     */
    public static Optional<String> provenance(ModelIndex index, Selection selection) {
        Optional<Provenance> provenance = Optional.empty();
        if (selection instanceof Selection.OfActor actor) {
            provenance = index.actor(actor.id()).map(Actor::provenance);
        } else if (selection instanceof Selection.OfLink link) {
            provenance = index.link(link.id()).map(Link::provenance);
        } else if (selection instanceof Selection.OfFigure figure) {
            provenance = index.figure(figure.id()).map(Figure::provenance);
        } else if (selection instanceof Selection.OfExercise exercise) {
            provenance = index.exercise(exercise.id()).map(Exercise::provenance);
        }
        return provenance.filter(found -> !found.isHandChecked())
                .map(found -> String.format(Locale.ROOT, "Read by the extractor: %d%% sure (rule %s)",
                        Math.round(found.confidence() * 100), found.rule()));
    }

    /** A few words naming what {@code selection} names: "Japan", "Japan — NATO", "18%". */
    public static String shortName(ModelIndex index, Selection selection) {
        if (selection instanceof Selection.OfActor actor) {
            return index.nameOf(actor.id());
        }
        if (selection instanceof Selection.OfLink link) {
            return index.link(link.id()).map(found -> index.nameOf(found.source()) + " — " + index.nameOf(found.target()))
                    .orElse("");
        }
        if (selection instanceof Selection.OfFigure figure) {
            return index.figure(figure.id()).map(found -> found.label() + " " + found.measure()).orElse("");
        }
        if (selection instanceof Selection.OfExercise exercise) {
            return index.exercise(exercise.id()).map(found -> of(index, found)).orElse("");
        }
        return "";
    }

    public static String count(int n, String noun) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /** The text with its first letter in upper case: measures are written lower case in the model. */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The actors' names, the first few of a long list: "Japan, China", "Australia, Belgium and 27 more". */
    public static String actorNames(ModelIndex index, List<String> actorIds) {
        List<String> names = actorIds.stream().map(index::nameOf).toList();
        if (names.size() <= 3) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 2)) + " and " + (names.size() - 2) + " more";
    }
}
