package org.brieflens.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks what the types alone cannot: that ids are unique, that every reference names an item
 * of the right kind, and that every evidence span lies inside its sentence of the text. Used on
 * loaded files and on what the extractor produces alike.
 */
public final class ModelChecker {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final BriefModel model;
    private final List<ModelProblem> problems = new ArrayList<>();
    private final Map<String, String> kindById = new HashMap<>();

    private ModelChecker(BriefModel model) {
        this.model = model;
    }

    public static List<ModelProblem> check(BriefModel model) {
        ModelChecker checker = new ModelChecker(model);
        checker.run();
        return List.copyOf(checker.problems);
    }

    private void run() {
        checkBrief(model.brief());
        registerIds();
        for (int i = 0; i < model.actors().size(); i++) {
            checkActor("/actors/" + i, model.actors().get(i));
        }
        for (int i = 0; i < model.links().size(); i++) {
            checkLink("/links/" + i, model.links().get(i));
        }
        for (int i = 0; i < model.figures().size(); i++) {
            checkFigure("/figures/" + i, model.figures().get(i));
        }
        for (int i = 0; i < model.exercises().size(); i++) {
            checkExercise("/exercises/" + i, model.exercises().get(i));
        }
    }

    private void checkBrief(Brief brief) {
        if (brief.date() != null && !DATE.matcher(brief.date()).matches()) {
            problem("/brief/date", "date '" + brief.date() + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int textLength = brief.text().length();
        int previousEnd = 0;
        for (int i = 0; i < brief.sentences().size(); i++) {
            Span sentence = brief.sentences().get(i);
            if (sentence.end() > textLength) {
                problem("/brief/sentences/" + i, "sentence " + i + " ends at " + sentence.end()
                        + ", beyond the text's " + textLength + " characters");
            } else if (sentence.start() < previousEnd) {
                problem("/brief/sentences/" + i, "sentence " + i + " starts at " + sentence.start()
                        + ", before the previous sentence ends at " + previousEnd);
            }
            previousEnd = Math.max(previousEnd, sentence.end());
        }
    }

    private void registerIds() {
        for (int i = 0; i < model.actors().size(); i++) {
            register("/actors/" + i, model.actors().get(i).id(), "actor");
        }
        for (int i = 0; i < model.links().size(); i++) {
            register("/links/" + i, model.links().get(i).id(), "link");
        }
        for (int i = 0; i < model.figures().size(); i++) {
            register("/figures/" + i, model.figures().get(i).id(), "figure");
        }
        for (int i = 0; i < model.exercises().size(); i++) {
            register("/exercises/" + i, model.exercises().get(i).id(), "exercise");
        }
    }

    private void register(String pointer, String id, String kind) {
        if (id.isBlank()) {
            problem(pointer + "/id", "empty " + kind + " id");
        } else if (kindById.putIfAbsent(id, kind) != null) {
            problem(pointer + "/id", "duplicate id '" + id + "': already used by " + article(kindById.get(id)));
        }
    }

    private void checkActor(String pointer, Actor actor) {
        if (actor.name().isBlank()) {
            problem(pointer + "/name", "actor '" + actor.id() + "' has an empty name");
        }
        if (actor.iso3() != null && !ISO3.matcher(actor.iso3()).matches()) {
            problem(pointer + "/iso3", "iso3 '" + actor.iso3() + "' is not three capital letters (ISO 3166 alpha-3)");
        }
        if (actor.iso3() != null && actor.kind() != ActorKind.STATE) {
            problem(pointer + "/iso3", "actor '" + actor.id() + "' is " + article(actor.kind().jsonName())
                    + ": only states have an iso3 code");
        }
        references(pointer + "/memberOf", actor.memberOf(), "actor");
        references(pointer + "/members", actor.members(), "actor");
        if (!actor.members().isEmpty() && !actor.kind().hasMembers()) {
            problem(pointer + "/members", "actor '" + actor.id() + "' is " + article(actor.kind().jsonName())
                    + ": only alliances and groupings have members");
        }
        if (actor.affiliation() != null) {
            reference(pointer + "/affiliation", actor.affiliation(), "actor");
            if (actor.affiliation().equals(actor.id())) {
                problem(pointer + "/affiliation", "actor '" + actor.id() + "' is affiliated to itself");
            }
        }
        evidence(pointer + "/mentions", actor.mentions(), "actor '" + actor.id() + "'");
    }

    private void checkLink(String pointer, Link link) {
        reference(pointer + "/source", link.source(), "actor");
        reference(pointer + "/target", link.target(), "actor");
        if (link.source().equals(link.target())) {
            problem(pointer + "/target", "link '" + link.id() + "' links actor '" + link.source() + "' to itself");
        }
        if (link.derivedFrom() != null) {
            reference(pointer + "/derivedFrom", link.derivedFrom(), "link");
        }
        evidence(pointer + "/evidence", link.evidence(), "link '" + link.id() + "'");
    }

    private void checkFigure(String pointer, Figure figure) {
        references(pointer + "/actors", figure.actors(), "actor");
        if (figure.previous() != null) {
            reference(pointer + "/previous", figure.previous(), "figure");
            if (figure.previous().equals(figure.id())) {
                problem(pointer + "/previous", "figure '" + figure.id() + "' names itself as its previous value");
            }
        }
        evidence(pointer + "/evidence", figure.evidence(), "figure '" + figure.id() + "'");
    }

    private void checkExercise(String pointer, Exercise exercise) {
        references(pointer + "/participants", exercise.participants(), "actor");
        references(pointer + "/figures", exercise.figures(), "figure");
        evidence(pointer + "/evidence", exercise.evidence(), "exercise '" + exercise.id() + "'");
    }

    private void references(String pointer, List<String> ids, String expectedKind) {
        for (int i = 0; i < ids.size(); i++) {
            reference(pointer + "/" + i, ids.get(i), expectedKind);
        }
    }

    private void reference(String pointer, String id, String expectedKind) {
        String kind = kindById.get(id);
        if (kind == null) {
            problem(pointer, "unknown " + expectedKind + " id '" + id + "'");
        } else if (!kind.equals(expectedKind)) {
            problem(pointer, "'" + id + "' is " + article(kind) + ", not " + article(expectedKind));
        }
    }

    private void evidence(String pointer, List<Evidence> evidence, String owner) {
        if (evidence.isEmpty()) {
            problem(pointer, owner + " has no evidence: every item needs at least one source sentence");
        }
        Brief brief = model.brief();
        int textLength = brief.text().length();
        for (int i = 0; i < evidence.size(); i++) {
            Evidence item = evidence.get(i);
            String at = pointer + "/" + i;
            if (item.end() > textLength) {
                problem(at, "span [" + item.start() + ", " + item.end() + ") lies outside the text, which has "
                        + textLength + " characters");
            } else if (item.sentence() >= brief.sentences().size()) {
                problem(at + "/sentence", "sentence " + item.sentence() + " does not exist: the brief has "
                        + brief.sentences().size() + " sentences");
            } else if (!brief.sentences().get(item.sentence()).contains(item.span())) {
                Span sentence = brief.sentences().get(item.sentence());
                problem(at, "span [" + item.start() + ", " + item.end() + ") is not inside sentence "
                        + item.sentence() + " [" + sentence.start() + ", " + sentence.end() + ")");
            }
        }
    }

    private void problem(String pointer, String message) {
        problems.add(new ModelProblem(pointer, message));
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
