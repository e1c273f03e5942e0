package org.brieflens.extract;

import java.util.List;
import java.util.Optional;

import org.brieflens.ingest.Extraction;
import org.brieflens.ingest.TextBriefReader;
import org.brieflens.model.Actor;
import org.brieflens.model.ActorKind;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Figure;
import org.brieflens.model.Link;
import org.brieflens.model.LinkKind;
import org.brieflens.testing.Briefs;

/** What the extractor makes of a short text, with look-ups that keep the tests readable. */
record Extracted(BriefModel model) {

    static Extracted from(String text) {
        return new Extracted(new BriefExtractor().extract(Briefs.brief(text), Extraction.Progress.NONE));
    }

    /** The text as a user opens it from a file: a first line that is a web address is its source. */
    static Extracted fromText(String text) {
        return new Extracted(new BriefExtractor().extract(TextBriefReader.read("brief.txt", text), Extraction.Progress.NONE));
    }

    /**
     * What the rules alone make of the text, for a test that pins a rule's reading of a sentence
     * where the pair model, which is judged by its measured precision and not sentence by
     * sentence, adds a less sure link of its own.
     */
    static Extracted byRules(String text) {
        return withModel(LinkPairModel.none(), text);
    }

    static Extracted withModel(LinkPairModel model, String text) {
        return new Extracted(new BriefExtractor(new LearnedPairLinks(() -> model)).extract(Briefs.brief(text),
                Extraction.Progress.NONE));
    }

    Optional<Actor> actor(String id) {
        return model.actors().stream().filter(actor -> actor.id().equals(id)).findFirst();
    }

    List<String> actorIds() {
        return model.actors().stream().map(Actor::id).toList();
    }

    List<String> mentionsOf(String id) {
        return actor(id).orElseThrow().mentions().stream().map(model.brief()::textOf).toList();
    }

    /** The names of the people found, in the model's order. */
    List<String> personNames() {
        return model.actors().stream().filter(actor -> actor.kind() == ActorKind.PERSON)
                .map(Actor::name).toList();
    }

    /** Links as "source kind target", the way the tests state them. */
    List<String> links() {
        return model.links().stream().map(Extracted::describe).toList();
    }

    /** Links as {@link #links()} states them, and each undirected link with its ends the other way round too. */
    List<String> linksEitherWay() {
        List<String> both = new java.util.ArrayList<>(links());
        model.links().stream().filter(link -> !link.directed())
                .forEach(link -> both.add(link.target() + " " + link.kind().jsonName() + " " + link.source()));
        return both;
    }

    Optional<Link> link(String source, LinkKind kind, String target) {
        return model.links().stream().filter(link -> link.source().equals(source) && link.target().equals(target)
                && link.kind() == kind).findFirst();
    }

    List<Figure> figures() {
        return model.figures();
    }

    static String describe(Link link) {
        return link.source() + " " + link.kind().jsonName() + " " + link.target();
    }
}
