package org.brieflens.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

import org.brieflens.model.LinkKind;

/**
 * States, with less confidence, the links a trained model reads between pairs the rules left
 * unlinked: where the rules know the phrasing they decide, and where they do not, the pair model
 * still sees "A ... trigger ... B". A pair the rules linked in a sentence, or whose states they
 * linked there, is left to the rules, and so is a kind of link the sentence's words undo. Each
 * such link names its rule, "pair model", so the user sees how it was read.
 */
final class LearnedPairLinks implements BriefExtractor.LinkStage {
    static final String RULE = "pair model";
    /** A learned link is never as sure as a rule's reading: its probability is scaled by this. */
    private static final double CONFIDENCE_SCALE = 0.6;
    private static final Set<String> SOURCE_MARKERS = Set.of("from", "by");

    private final Supplier<LinkPairModel> model;

    /** {@code model} is asked for on the first extraction, so the window does not wait for its weights. */
    LearnedPairLinks(Supplier<LinkPairModel> model) {
        this.model = model;
    }

    @Override
    public List<LinkDraft> find(ActorTable table, List<SentenceFrame> frames, List<LinkDraft> ruleLinks,
            Set<String> declined) {
        List<LinkDraft> links = new ArrayList<>();
        LinkPairModel model = this.model.get();
        if (model.statesNothing()) {
            return links;
        }
        for (Unlinked pair : unlinked(table, frames, ruleLinks)) {
            double[] probabilities = model.probabilities(pair.candidate().features());
            int best = 1;
            for (int c = 2; c < probabilities.length; c++) {
                if (probabilities[c] > probabilities[best]) {
                    best = c;
                }
            }
            // "Japan lifted its ban on exports to ...": words that undo a kind of link state none of it.
            if (probabilities[best] >= model.threshold()
                    && !declined.contains(LinkFinder.declinedKey(pair.frame().sentence, LinkPairModel.kindOf(best)))) {
                links.add(draft(pair.frame(), pair.candidate(), LinkPairModel.kindOf(best), probabilities[best]));
            }
        }
        return links;
    }

    /** A pair of one sentence that the rules left unlinked. */
    private record Unlinked(SentenceFrame frame, PairCandidates.Candidate candidate) {
    }

    /** The pairs the rules linked neither themselves nor through their states, in each sentence. */
    private static List<Unlinked> unlinked(ActorTable table, List<SentenceFrame> frames, List<LinkDraft> ruleLinks) {
        Function<String, String> lift = key -> ModelAssembler.lift(table, key);
        Set<String> linked = new HashSet<>();
        for (LinkDraft link : ruleLinks) {
            linked.add(LinkPruning.pairInSentence(link.sentence(), link.source(), link.target()));
            linked.add(LinkPruning.pairInSentence(link.sentence(), lift.apply(link.source()), lift.apply(link.target())));
        }
        PairCandidates candidates = new PairCandidates(table, lift);
        List<Unlinked> pairs = new ArrayList<>();
        for (SentenceFrame frame : frames) {
            int sentence = frame.sentence;
            BiPredicate<String, String> unlinkedPair = (one, two) -> !linked.contains(LinkPruning.pairInSentence(sentence, one, two))
                    && !linked.contains(LinkPruning.pairInSentence(sentence, lift.apply(one), lift.apply(two)));
            for (PairCandidates.Candidate candidate : candidates.of(frame, unlinkedPair)) {
                pairs.add(new Unlinked(frame, candidate));
            }
        }
        return pairs;
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
}
