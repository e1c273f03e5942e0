package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

import org.brieflens.ingest.Extraction;
import org.brieflens.model.ActorKind;
import org.brieflens.model.Brief;
import org.brieflens.model.BriefModel;

/**
 * Reads a brief's text into a model of actors, links, figures and exercises, each with the
 * evidence it came from and the rule that produced it. The stages run in order: normalise and
 * tokenise, recognise actors, figures, links and exercises, then resolve and merge. Progress is
 * reported between stages, where a cancelled extraction stops.
 */
public final class BriefExtractor implements Extraction {
    /**
     * A stage after the rules that may add links: the pair model in the app; the tests also run the
     * rules alone. {@code declined} holds the kinds of link each sentence's words undo
     * ({@link LinkFinder#declined()}).
     */
    interface LinkStage {
        List<LinkDraft> find(ActorTable table, List<SentenceFrame> frames, List<LinkDraft> ruleLinks, Set<String> declined);
    }

    private final LinkStage extraLinks;

    public BriefExtractor() {
        this(new LearnedPairLinks(LinkPairModel::shipped));
    }

    BriefExtractor(LinkStage extraLinks) {
        this.extraLinks = extraLinks;
    }

    @Override
    public BriefModel extract(Brief brief, Progress progress) {
        step(progress, 0.05, "Reading the text");
        // Loaded on the first extraction, on its thread, not when the window starts.
        Gazetteer gazetteer = Gazetteer.get();
        TokenizedBrief tokens = TokenizedBrief.of(brief);
        step(progress, 0.2, "Recognising actors");
        ActorRecognition.Result actors = new ActorRecognition(gazetteer).recognise(tokens);
        ActorTable table = actors.table();
        step(progress, 0.45, "Reading figures");
        List<FigureDraft> figures = new FigureRecogniser().recognise(tokens);
        step(progress, 0.55, "Reading sentences");
        List<SentenceFrame> frames = new ArrayList<>();
        for (int s = 0; s < tokens.sentenceCount(); s++) {
            frames.add(new SentenceFrame(table, s));
        }
        step(progress, 0.6, "Finding exercises");
        ExerciseFinder exercises = new ExerciseFinder(gazetteer);
        exercises.find(table, frames, actors.namedExercises(), figures);
        step(progress, 0.75, "Finding links");
        Function<String, String> lift = key -> ModelAssembler.lift(table, key);
        LinkFinder linkFinder = new LinkFinder(lift,
                exercises::participantsAt, exercises::namesExerciseAt, key -> isKind(table, key, ActorKind.COMPANY),
                key -> isKind(table, key, ActorKind.STATE), () -> HomeState.of(table).map(ActorDraft::key).orElse(null));
        List<LinkDraft> links = new ArrayList<>(linkFinder.find(table, frames));
        List<LinkDraft> memberships = new MembershipFinder().find(table, frames);
        LinkPruning.membersAreNoPartners(links, memberships);
        links.addAll(memberships);
        LinkPruning.noDrillsWithTheCoerced(links);
        links.addAll(new MeetingFinder().find(table, frames));
        links.addAll(new MadeAbroad(lift).find(table, frames));
        links.addAll(LinkPruning.notYetStated(new SumsForOthers().find(frames), links));
        links.addAll(new ThreatPerception(lift).find(frames));
        links.addAll(new SellersNamedFrom(lift).find(table, frames, links));
        links.addAll(exercises.hostLinks());
        links.addAll(LinkPruning.notYetStated(exercises.coParticipantLinks(), links));
        links.addAll(extraLinks.find(table, frames, links, linkFinder.declined()));
        exercises.joinPartnersLinked(links);
        step(progress, 0.9, "Assembling the model");
        BriefModel model = new ModelAssembler(table).assemble(links, figures, exercises.exercises());
        progress.update(1.0, "Read " + model.actors().size() + " actors, " + model.links().size() + " links, "
                + model.figures().size() + " figures and " + model.exercises().size() + " exercises");
        return model;
    }

    private static boolean isKind(ActorTable table, String key, ActorKind kind) {
        return table.actor(key).map(actor -> actor.kind() == kind).orElse(false);
    }

    private static void step(Progress progress, double fraction, String message) {
        if (progress.isCancelled()) {
            throw new CancellationException("the extraction was cancelled");
        }
        progress.update(fraction, message);
    }
}
