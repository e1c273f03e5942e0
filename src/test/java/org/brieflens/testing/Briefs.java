package org.brieflens.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.brieflens.format.BriefJsonReader;
import org.brieflens.ingest.BriefFileLoader;
import org.brieflens.model.Actor;
import org.brieflens.model.ActorKind;
import org.brieflens.model.Brief;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Evidence;
import org.brieflens.model.Link;
import org.brieflens.model.Provenance;
import org.brieflens.text.SentenceSplitter;

/** Briefs and models for tests. */
public final class Briefs {
    public static final Path BUNDLED_TEXT = Path.of("assets/briefs/nato-indo-pacific.txt");
    public static final Path BUNDLED_MODEL = Path.of("assets/briefs/nato-indo-pacific.brief.json");

    private Briefs() {
    }

    public static BriefModel bundled() {
        return BriefFileLoader.loadBundled().model();
    }

    public static BriefModel bundledFromAssets() throws Exception {
        return BriefJsonReader.read(BUNDLED_MODEL).model();
    }

    /** The bundled model with the named links read by the extractor at the given confidence, as the pair model would. */
    public static BriefModel bundledWithConfidence(Map<String, Double> confidences) {
        BriefModel model = bundled();
        List<Link> links = model.links().stream().map(link -> confidences.containsKey(link.id())
                ? new Link(link.id(), link.source(), link.target(), link.kind(), link.directed(), link.evidence(),
                        link.derivedFrom(), new Provenance(confidences.get(link.id()), "pair model"))
                : link).toList();
        return new BriefModel(model.brief(), model.actors(), links, model.figures(), model.exercises());
    }

    /** A brief of the given text with its sentences split and nothing read from it. */
    public static Brief brief(String text) {
        return new Brief("Test brief", "", null, text, SentenceSplitter.split(text));
    }

    /** A state actor mentioned once at [start, end) of sentence 0. */
    public static Actor state(String id, String name, String iso3, int start, int end) {
        return new Actor(id, name, ActorKind.STATE, iso3, List.of(), List.of(), List.of(), null,
                List.of(new Evidence(0, start, end)), Provenance.HAND_CHECKED);
    }
}
