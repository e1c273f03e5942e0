package org.brieflens.extract.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.brieflens.model.Actor;
import org.brieflens.model.ActorKind;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Evidence;
import org.brieflens.model.Exercise;
import org.brieflens.model.Figure;
import org.brieflens.model.Link;

/**
 * Compares an extracted model with a hand-checked one (the answer key), item by item, one to
 * one: each key item is matched by at most one extracted item and the other way round.
 * <ul>
 * <li><b>Actors</b> match when both are states with the same ISO code; otherwise (a state one
 * side writes with no code, as some keys do Kosovo, is matched by name) when their kinds agree (alliances, groupings and organisations count as one kind of body) and their
 * names or aliases are the same after normalising (case, "the", punctuation), or a mention of
 * one overlaps a mention of the other.</li>
 * <li><b>Figures</b> match when unit and value are equal and their evidence overlaps. Units
 * spelt two ways by different key writers ("foot" and "ft") are one unit.</li>
 * <li><b>Links</b> match when the kinds are equal and the ends, taken through the actor
 * matching, are the same pair in either order. Derived links count like any other. A second,
 * looser count matches links by family (cooperation or conflict) instead of kind, to tell a
 * pair found with another kind of the same family from a pair not found at all.</li>
 * <li><b>Exercises</b> match when their evidence overlaps and they share a participant (taken
 * through the actor matching), or one of them has no participants.</li>
 * </ul>
 */
public final class ModelComparison {
    /** Codes key writers have used for a unit of measure, to the code the extractor writes. */
    private static final Map<String, String> UNIT_SPELLINGS = Map.of("foot", "ft", "feet", "ft", "metre", "m",
            "meter", "m", "kilometre", "km", "kilometer", "km", "nm", "nautical_mile", "tonne", "ton");
    private final BriefModel key;
    private final BriefModel extracted;
    /** Extracted actor id to the key's actor id. */
    private final Map<String, String> actorMap = new HashMap<>();
    private final Score actors;
    private final Score figures;
    private final Score links;
    private final Score linkFamilies;
    private final Score exercises;

    private ModelComparison(BriefModel key, BriefModel extracted) {
        this.key = key;
        this.extracted = extracted;
        this.actors = compareActors();
        this.figures = match(key.figures(), extracted.figures(), this::sameFigure, ModelComparison::describe);
        this.links = match(key.links(), extracted.links(), this::sameLink, this::describe);
        this.linkFamilies = match(key.links(), extracted.links(), this::sameLinkFamily, this::describe);
        this.exercises = match(key.exercises(), extracted.exercises(), this::sameExercise, ModelComparison::describe);
    }

    public static ModelComparison of(BriefModel key, BriefModel extracted) {
        return new ModelComparison(key, extracted);
    }

    public Score actors() {
        return actors;
    }

    public Score figures() {
        return figures;
    }

    public Score links() {
        return links;
    }

    /** Links matched by family instead of kind: the same pair, both cooperation or both conflict. */
    public Score linkFamilies() {
        return linkFamilies;
    }

    public Score exercises() {
        return exercises;
    }

    /** Whether the key has a link of the same kind between the same pair as {@code found}, an extracted link. */
    public boolean keyHas(Link found) {
        return key.links().stream().anyMatch(wanted -> sameLink(wanted, found));
    }

    /** The actor matching: each matched extracted actor's id to the id of its key actor. */
    public Map<String, String> actorMatches() {
        return Map.copyOf(actorMap);
    }

    private Score compareActors() {
        List<Actor> wanted = key.actors();
        List<Actor> got = extracted.actors();
        Set<Actor> used = new HashSet<>();
        List<String> missed = new ArrayList<>();
        int matched = 0;
        // Strongest evidence first: the same state, then the same name, then overlapping mentions.
        List<BiPredicate<Actor, Actor>> tests = List.of(ModelComparison::sameState, ModelComparison::sameName,
                ModelComparison::overlappingMentions);
        Set<Actor> found = new HashSet<>();
        for (BiPredicate<Actor, Actor> test : tests) {
            for (Actor expected : wanted) {
                if (found.contains(expected)) {
                    continue;
                }
                for (Actor candidate : got) {
                    if (!used.contains(candidate) && compatible(expected, candidate) && test.test(expected, candidate)) {
                        used.add(candidate);
                        found.add(expected);
                        actorMap.put(candidate.id(), expected.id());
                        matched++;
                        break;
                    }
                }
            }
        }
        wanted.stream().filter(actor -> !found.contains(actor)).forEach(actor -> missed.add(actor.id() + " (" + actor.name() + ")"));
        List<String> extra = got.stream().filter(actor -> !used.contains(actor))
                .map(actor -> actor.id() + " (" + actor.name() + ")").toList();
        return new Score(matched, wanted.size(), got.size(), missed, extra);
    }

    private static boolean compatible(Actor a, Actor b) {
        return a.kind() == b.kind() || isBody(a.kind()) && isBody(b.kind());
    }

    private static boolean isBody(ActorKind kind) {
        return kind == ActorKind.ALLIANCE || kind == ActorKind.GROUPING || kind == ActorKind.ORGANISATION;
    }

    private static boolean sameState(Actor a, Actor b) {
        return a.iso3() != null && a.iso3().equals(b.iso3());
    }

    private static boolean sameName(Actor a, Actor b) {
        if (a.kind() == ActorKind.STATE && b.kind() == ActorKind.STATE && a.iso3() != null && b.iso3() != null) {
            // States with codes are the same only by their codes; one without (Kosovo, written with no
            // code in a key, XKX here) may still be the same by its name.
            return false;
        }
        Set<String> names = names(a);
        return names(b).stream().anyMatch(names::contains);
    }

    private static Set<String> names(Actor actor) {
        Set<String> names = new HashSet<>();
        names.add(normalise(actor.name()));
        actor.aliases().forEach(alias -> names.add(normalise(alias)));
        return names;
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static boolean overlappingMentions(Actor a, Actor b) {
        return a.kind() != ActorKind.STATE && overlaps(a.mentions(), b.mentions());
    }

    private static boolean overlaps(List<Evidence> first, List<Evidence> second) {
        for (Evidence a : first) {
            for (Evidence b : second) {
                if (a.span().overlaps(b.span())) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean sameFigure(Figure wanted, Figure got) {
        return sameUnit(wanted.unit().code(), got.unit().code()) && Math.abs(wanted.value() - got.value()) <= 1e-9 * Math.abs(wanted.value())
                && overlaps(wanted.evidence(), got.evidence());
    }

    private static boolean sameUnit(String wanted, String got) {
        return UNIT_SPELLINGS.getOrDefault(wanted, wanted).equals(UNIT_SPELLINGS.getOrDefault(got, got));
    }

    private boolean sameLink(Link wanted, Link got) {
        return wanted.kind() == got.kind() && samePair(wanted, got);
    }

    private boolean sameLinkFamily(Link wanted, Link got) {
        return wanted.family() == got.family() && samePair(wanted, got);
    }

    private boolean samePair(Link wanted, Link got) {
        String source = actorMap.get(got.source());
        String target = actorMap.get(got.target());
        if (source == null || target == null) {
            return false;
        }
        return source.equals(wanted.source()) && target.equals(wanted.target())
                || source.equals(wanted.target()) && target.equals(wanted.source());
    }

    private boolean sameExercise(Exercise wanted, Exercise got) {
        if (!overlaps(wanted.evidence(), got.evidence())) {
            return false;
        }
        if (wanted.participants().isEmpty() || got.participants().isEmpty()) {
            return true;
        }
        // A participant with no counterpart in the key maps to null, which an immutable list may not be asked about.
        return got.participants().stream().map(actorMap::get).filter(Objects::nonNull).anyMatch(wanted.participants()::contains);
    }

    private static <T> Score match(List<T> wanted, List<T> got, BiPredicate<T, T> same, Function<T, String> describe) {
        Set<T> used = new HashSet<>();
        List<String> missed = new ArrayList<>();
        int matched = 0;
        for (T expected : wanted) {
            T partner = null;
            for (T candidate : got) {
                if (!used.contains(candidate) && same.test(expected, candidate)) {
                    partner = candidate;
                    break;
                }
            }
            if (partner == null) {
                missed.add(describe.apply(expected));
            } else {
                used.add(partner);
                matched++;
            }
        }
        List<String> extra = got.stream().filter(item -> !used.contains(item)).map(describe).toList();
        return new Score(matched, wanted.size(), got.size(), missed, extra);
    }

    private static String describe(Figure figure) {
        return figure.label() + " (" + figure.unit() + ")";
    }

    private String describe(Link link) {
        return link.source() + " " + link.kind().jsonName() + " " + link.target();
    }

    private static String describe(Exercise exercise) {
        return exercise.optionalName().orElse(exercise.id()) + " " + exercise.participants();
    }
}
