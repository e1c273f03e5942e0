package org.brieflens.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.brieflens.model.ActorKind;

/**
 * The actor stages in order: the gazetteer, then services and bodies, then people, then common
 * nouns that refer to an actor named elsewhere ("the alliance" when the brief names one
 * alliance), and last the affiliations that wait for the home state.
 */
final class ActorRecognition {
    /** What the actor stages found: the table and the named exercises met on the way. */
    record Result(ActorTable table, List<PhraseIndex.Match<Surface>> namedExercises) {
    }

    /** Verbs by which a person just named acts on another actor, which is then not the person's own. */
    private static final Set<String> ACTING_ON = Set.of("accused", "accuses", "blamed", "blames", "condemned", "condemns",
            "criticised", "criticized", "criticises", "criticizes", "denounced", "denounces", "rebuked", "warned", "warns",
            "urged", "urges", "summoned", "summons", "met", "meets", "visited", "visits", "thanked", "thanks", "praised",
            "praises", "told", "tells", "phoned", "telephoned", "hosted", "hosts", "welcomed", "welcomes", "received");
    /** How many words may stand between a person's name and the actor acted on: "accused Minsk", "told visiting Japan's". */
    private static final int ACTING_REACH = 3;
    private static final Set<String> BODY_WORDS = Set.of("ministry", "agency", "command",
            "administration", "department", "fleet", "office", "council", "commission");

    private final Gazetteer gazetteer;

    ActorRecognition(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Result recognise(TokenizedBrief tokens) {
        ActorTable table = new ActorTable(tokens);
        List<PhraseIndex.Match<Surface>> exercises = new GazetteerMatcher(gazetteer).match(table);
        Optional<KnownActor> dateline = HomeState.ofDateline(tokens, gazetteer);
        // "LONDON — ... at the G20 summit in Bali, Indonesia": where the brief was written, when it
        // names that state, places the bodies it names without a state before the state it names most.
        Optional<ActorDraft> home = dateline.flatMap(state -> table.actor(state.key()))
                .filter(state -> !state.mentions().isEmpty()).or(() -> HomeState.of(table));
        new OrganisationRecogniser(gazetteer).recognise(table, home);
        new DescriptiveBodies().recognise(table, dateline);
        new DescribedCompanies().recognise(table);
        new PersonRecogniser(gazetteer).recognise(table);
        new DefiniteReferences(gazetteer).resolve(table);
        resolveBodyReferences(table);
        affiliateToHomeStates(table);
        addStatesOfForces(table);
        ownersOfTheirBodies(table);
        return new Result(table, exercises);
    }

    /**
     * "China's People's Liberation Army Navy", "India's Defence Research and Development
     * Organisation": a state written in the possessive right before a body of its own is part of
     * that body's name, not another actor of the phrase.
     */
    private static void ownersOfTheirBodies(ActorTable table) {
        TokenizedBrief tokens = table.tokens();
        for (int s = 0; s < tokens.sentenceCount(); s++) {
            for (Mention owner : table.mentionsIn(s)) {
                int body = owner.end() + 1;
                if (owner.isPartOfAnother() || body >= tokens.endOf(s) || !tokens.token(owner.end()).is("'s")) {
                    continue;
                }
                Mention owned = table.mentionAt(body);
                if (owned == null || owned.first() != body || owned.actorKey().equals(owner.actorKey())) {
                    continue;
                }
                boolean own = table.actor(owned.actorKey()).map(actor -> owner.actorKey().equals(actor.affiliationKey()))
                        .orElse(false);
                if (own) {
                    owner.makePartOf(owned.actorKey());
                }
            }
        }
    }

    /**
     * A person whose title names no state belongs to the one state its sentence names ("Defence
     * Minister Richard Marles said Australia ..."), or else to the most salient state, skipping
     * a state that has another person of that title: in "President Joe Biden, South Korean
     * President Yoon", Biden is not South Korea's president even if the brief is about South Korea.
     */
    private static void affiliateToHomeStates(ActorTable table) {
        List<ActorDraft> ranked = HomeState.ranked(table);
        for (ActorDraft actor : List.copyOf(table.actors())) {
            if (!actor.waitsForHomeState()) {
                continue;
            }
            Set<String> actedOn = new HashSet<>(statesActedOn(table, actor));
            actedOn.addAll(statesOfTheOtherSide(table, actor));
            String only = onlyStateIn(table, actor.introducedIn());
            if (only != null && !hasTitleHolder(table, actor, only) && !actedOn.contains(only)) {
                actor.affiliateTo(only);
                continue;
            }
            for (ActorDraft state : ranked) {
                if (!hasTitleHolder(table, actor, state.key()) && !counterpartIn(table, actor.introducedIn(), state.key())
                        && !actedOn.contains(state.key())) {
                    actor.affiliateTo(state.key());
                    break;
                }
            }
        }
    }

    /**
     * "Interior Minister Rūta Jankauskienė accused Minsk of ...": the states a person acts on
     * just after being named, in the sentence that introduces them, are not theirs.
     */
    private static Set<String> statesActedOn(ActorTable table, ActorDraft person) {
        TokenizedBrief tokens = table.tokens();
        int sentence = person.introducedIn();
        Mention named = person.mentions().stream().filter(mention -> mention.sentence() == sentence).findFirst().orElse(null);
        if (named == null) {
            return Set.of();
        }
        Set<String> actedOn = new HashSet<>();
        for (Mention mention : table.mentionsIn(sentence)) {
            int gap = mention.first() - named.end();
            if (gap < 1 || gap > ACTING_REACH) {
                continue;
            }
            boolean acts = false;
            for (int i = named.end(); i < mention.first(); i++) {
                acts |= ACTING_ON.contains(tokens.token(i).lower());
            }
            if (acts) {
                actedOn.add(ModelAssembler.lift(table, mention.actorKey()));
            }
        }
        return actedOn;
    }

    /**
     * "Marles is set to host counterpart Win Bakri Daki": a counterpart serves another state than
     * the people of the sentence that names them.
     */
    private static Set<String> statesOfTheOtherSide(ActorTable table, ActorDraft person) {
        if (person.title() == null || !person.title().toLowerCase(Locale.ROOT).startsWith("counterpart")) {
            return Set.of();
        }
        Set<String> others = new HashSet<>();
        for (Mention mention : table.mentionsIn(person.introducedIn())) {
            table.actor(mention.actorKey()).filter(other -> other != person && other.kind() == ActorKind.PERSON
                    && other.affiliationKey() != null).ifPresent(other -> others.add(ModelAssembler.lift(table, other.key())));
        }
        return others;
    }

    private static boolean hasTitleHolder(ActorTable table, ActorDraft person, String state) {
        return person.title() != null && table.actors().stream().anyMatch(other -> other != person
                && person.title().equalsIgnoreCase(other.title()) && state.equals(other.affiliationKey()));
    }

    private static String onlyStateIn(ActorTable table, int sentence) {
        String only = null;
        for (Mention mention : table.mentionsIn(sentence)) {
            boolean state = table.actor(mention.actorKey()).map(actor -> actor.kind() == ActorKind.STATE).orElse(false);
            if (!state || mention.isPartOfAnother() || isCounterpart(table, mention)) {
                continue;
            }
            if (only != null && !only.equals(mention.actorKey())) {
                return null;
            }
            only = mention.actorKey();
        }
        return only;
    }

    /** "met his Philippine counterpart": the state of the one met, not of the one who meets. */
    private static boolean isCounterpart(ActorTable table, Mention mention) {
        TokenizedBrief tokens = table.tokens();
        return mention.end() < tokens.endOf(mention.sentence())
                && tokens.token(mention.end()).lower().startsWith("counterpart");
    }

    private static boolean counterpartIn(ActorTable table, int sentence, String state) {
        return table.mentionsIn(sentence).stream()
                .anyMatch(mention -> mention.actorKey().equals(state) && isCounterpart(table, mention));
    }

    /**
     * "The China Coast Guard harassed ...": a state organ names its state even where the brief
     * does not name the state apart, so its links can be counted for the state too.
     */
    private void addStatesOfForces(ActorTable table) {
        for (ActorDraft actor : List.copyOf(table.actors())) {
            String home = actor.affiliationKey();
            if (actor.kind() != ActorKind.ORGANISATION || home == null || table.actor(home).isPresent()) {
                continue;
            }
            gazetteer.actor(home).filter(known -> known.kind() == ActorKind.STATE).ifPresent(known -> {
                ActorDraft state = table.add(ActorDraft.of(known, "state-of-organisation", 0.7));
                for (Mention mention : List.copyOf(actor.mentions())) {
                    table.mentionAlongside(state, mention.first(), mention.end(), mention.form()).makePartOf(actor.key());
                }
            });
        }
    }

    /**
     * "the ministry", "the agency", "the command": a lowercase reference to the last body named
     * with that word, when one was named before in the brief.
     */
    private static void resolveBodyReferences(ActorTable table) {
        TokenizedBrief tokens = table.tokens();
        Map<String, ActorDraft> lastBody = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Mention mention = table.mentionAt(i);
            if (mention != null && mention.first() == i) {
                table.actor(mention.actorKey()).filter(actor -> actor.kind() == ActorKind.ORGANISATION).ifPresent(body -> {
                    for (String word : body.name().split(" ")) {
                        lastBody.put(word.toLowerCase(Locale.ROOT), body);
                    }
                });
                continue;
            }
            Token token = tokens.token(i);
            ActorDraft body = lastBody.get(token.text());
            if (body != null && BODY_WORDS.contains(token.text()) && i > 0 && tokens.token(i - 1).isIgnoringCase("the")
                    && tokens.token(i - 1).sentence() == token.sentence() && mention == null) {
                table.mention(body, i, i + 1, SurfaceForm.NAME);
            }
        }
    }
}
