package org.brieflens.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.brieflens.model.LinkKind;

/**
 * An experiment, not part of the app (see {@link LinkPairTraining}): states, with less confidence, the links a trained model reads between pairs the rules left
 * unlinked: where the rules know the phrasing they decide, and where they do not, the pair model
 * still sees "A ... trigger ... B". A pair the rules linked in a sentence, or whose states they
 * linked there, is left to the rules.
 */
final class LearnedPairLinks implements BriefExtractor.LinkStage {
    static final String RULE = "pair model";
    /** A learned link is never as sure as a rule's reading: its probability is scaled by this. */
    private static final double CONFIDENCE_SCALE = 0.6;
    private static final Set<String> SOURCE_MARKERS = Set.of("from", "by");

    private final LinkPairModel model;

    LearnedPairLinks(LinkPairModel model) {
        this.model = model;
    }

    @Override
    public List<LinkDraft> find(ActorTable table, List<SentenceFrame> frames, List<LinkDraft> ruleLinks) {
        Function<String, String> lift = key -> ModelAssembler.lift(table, key);
        List<LinkDraft> links = new ArrayList<>();
        if (model.threshold() >= 1.0) {
            return links;
        }
        Set<String> linked = new HashSet<>();
        for (LinkDraft link : ruleLinks) {
            linked.add(pair(link.sentence(), link.source(), link.target()));
            linked.add(pair(link.sentence(), lift.apply(link.source()), lift.apply(link.target())));
        }
        PairCandidates candidates = new PairCandidates(table, lift);
        for (SentenceFrame frame : frames) {
            for (PairCandidates.Candidate candidate : candidates.of(frame)) {
                if (linked.contains(pair(frame.sentence, candidate.first(), candidate.second()))
                        || linked.contains(pair(frame.sentence, lift.apply(candidate.first()), lift.apply(candidate.second())))) {
                    continue;
                }
                double[] probabilities = model.probabilities(candidate.features());
                int best = 1;
                for (int c = 2; c < probabilities.length; c++) {
                    if (probabilities[c] > probabilities[best]) {
                        best = c;
                    }
                }
                if (probabilities[best] >= model.threshold()) {
                    links.add(draft(frame, candidate, LinkPairModel.kindOf(best), probabilities[best]));
                }
            }
        }
        return links;
    }

    private static LinkDraft draft(SentenceFrame frame, PairCandidates.Candidate candidate, LinkKind kind, double probability) {
        boolean directed = !LinkFinder.SYMMETRIC.contains(kind);
        // "bought ... from Y", "was struck by Y": the second name is the one acting.
        int before = candidate.secondMention().first() - 1;
        boolean secondActs = before >= frame.first && SOURCE_MARKERS.contains(frame.tokens.token(before).lower());
        String source = secondActs ? candidate.second() : candidate.first();
        String target = secondActs ? candidate.first() : candidate.second();
        return new LinkDraft(source, target, kind, directed, frame.sentence, candidate.firstMention().first(),
                candidate.secondMention().end(), RULE, Math.round(probability * CONFIDENCE_SCALE * 100) / 100.0);
    }

    private static String pair(int sentence, String one, String two) {
        return sentence + " " + (one.compareTo(two) < 0 ? one + " " + two : two + " " + one);
    }
}
