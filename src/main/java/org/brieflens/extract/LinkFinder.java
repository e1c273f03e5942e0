package org.brieflens.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.brieflens.model.LinkFamily;
import org.brieflens.model.LinkKind;

/**
 * Finds the links each sentence states, typed by its trigger words ({@link TriggerLexicon}),
 * between the actors each trigger connects ({@link ArgumentFinder}) rather than every pair in
 * the sentence. A trigger's sense may change with what it acts on (troops "sent" are support);
 * a trigger in a hypothetical, contested or negated clause ("ready to host talks", "claimed",
 * "did not") states nothing; a definite noun that refers back to an earlier event ("the deal")
 * states no new link but lends its actors to the triggers after it ("paired these sales with
 * loans"). A trigger left without an end takes, with less confidence, the object of the trigger
 * just before it in its clause ("delivery of vessels to the PCG under a loan"), or the one other
 * state in a clause of two ("Ankara ... and, in Niger's case, a cooperation agreement"). Arms
 * transfers run from seller to buyer.
 */
final class LinkFinder {
    /** Kinds where neither end acts on the other. */
    static final Set<LinkKind> SYMMETRIC = Set.of(LinkKind.PARTNERSHIP, LinkKind.DIALOGUE,
            LinkKind.JOINT_EXERCISE, LinkKind.INFRASTRUCTURE, LinkKind.INTELLIGENCE_SHARING);
    /** How far after an arms trigger its "to" or "from" object may be: "sales of 40 F-16 fighters to". */
    private static final int SALE_OBJECT_REACH = 8;
    private static final Set<String> DETERMINERS = Set.of("the", "this", "these", "that", "those");
    /** Words that join a second predicate to an object: "to the PCG under a loan", "these sales with loans". */
    private static final Set<String> JOINERS = Set.of("under", "with", "and", "through", "via", "in", "as", "for");
    /** How far after a trigger the words choosing its sense may be, and how far before in its clause. */
    private static final Set<String> PREPOSITIONS = Set.of("from", "to", "with", "of", "by", "for", "against", "on",
            "in", "at");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("around", "near", "off", "along", "across",
            "over", "within", "inside", "outside", "beyond");
    private static final int SENSE_AFTER = 14;
    /** How far after a trigger the person it receives may be: "received Japan's State Minister of Defense, Kenji Morimoto". */
    private static final int PERSON_OBJECT_REACH = 8;
    /** How many words may stand between "at" and a noun of place: "at its new Henderson shipyard". */
    private static final int PLACE_PHRASE = 5;
    /** How far after a trigger of building or funding the place of the facility is looked for. */
    private static final int FACILITY_PLACE_REACH = 10;
    private static final double FACILITY_PLACE_CONFIDENCE = 0.6;
    /** Nouns after a weapons word that make what is given aid: "military aid", "defence financing". */
    private static final Set<String> AID_NOUNS = Set.of("aid", "assistance", "financing", "funding", "grants", "loans");
    /** Verbs of giving, which give aid or arms only when what they give is not words, time or notice. */
    private static final Set<String> GIVING = Set.of("gave", "gives", "give", "giving", "handed", "hands", "handing", "hand");
    /** What a verb of giving gives that is no aid: "a protest note", "72 hours to leave". */
    private static final Set<String> NO_AID = Set.of("protest", "note", "notes", "démarche", "demarche", "notice",
            "hours", "days", "weeks", "warning", "ultimatum", "assurance", "assurances", "deadline", "list", "message",
            "letter", "reply", "response", "answer", "invitation");
    private static final Set<String> RECEIVING = Set.of("received", "receives", "receive");
    /** Words that may stand between "received" and what is received: "received formal approval". */
    private static final Set<String> ARTICLE_WORDS = Set.of("a", "an", "the", "its", "their", "formal", "official", "final");
    /** What is received that is no goods: "received authorization from the United Nations". */
    private static final Set<String> RECEIVED_NO_GOODS = Set.of("authorization", "authorisation", "approval", "permission",
            "mandate", "consent", "clearance", "assurances", "assurance", "backing", "blessing", "go-ahead", "invitation",
            "call", "calls", "criticism", "praise", "request", "requests", "complaints", "protest", "letter", "message",
            "note", "briefing", "warning", "threats");
    /** How far after a verb of giving its gift is looked for: "handed the Chinese ambassador a protest". */
    private static final int GIFT_REACH = 10;
    /** The class of exercise words in link-words.tsv, which outranks others in choosing a sense. */
    private static final String EXERCISES = "exercises";
    private static final int SENSE_BEFORE = 12;
    /** Words that make the thing after them equipment, not arms: "engineering vehicles", "police boats". */
    private static final Set<String> NOT_ARMS = Set.of("engineering", "medical", "civilian", "police", "utility",
            "rescue", "ambulance", "firefighting", "fishing", "research", "hospital", "construction");
    /** Verbs of attack whose object, a base or a port, is no infrastructure link: "targeted two bases of". */
    private static final Set<String> ATTACK_VERBS = Set.of("targeted", "targeting", "targets", "struck", "strikes",
            "striking", "hit", "hitting", "attacked", "attacking", "bombed", "shelled", "raided", "destroyed", "damaged");
    private static final int ATTACKED_REACH = 4;
    /** Nouns of handing something over, after which a go-between's verb mediates no talks. */
    private static final Set<String> TRANSFER_NOUNS = Set.of("donation", "delivery", "deliveries", "transfer", "sale",
            "supply", "purchase", "handover", "hand-over", "shipment");
    private static final int TRANSFER_REACH = 3;
    private static final Set<String> ROLE_NOUNS = Set.of("negotiator", "negotiators");
    private static final Set<String> ALLY_NOUNS = Set.of("ally", "allies", "partner", "partners");
    /** Verbs not in "-ed" after allies who act: "NATO allies will". */
    private static final Set<String> ALLIES_VERBS = Set.of("will", "have", "has", "are", "say", "said", "agree", "agreed",
            "must", "would", "could", "plan", "want");
    private static final Set<String> ENDING = Set.of("lifted", "lifts", "lift", "lifting", "eased", "eases", "easing",
            "ended", "ends", "scrapped", "removed", "relaxed", "waived", "suspended");
    /** How close after a verb of approving the purchase it approves is named. */
    private static final int PURCHASE_REACH = 4;
    /** How close a trigger must follow the last one's object to share it. */
    private static final int SHARED_OBJECT_REACH = 6;
    private static final int MAX_FALLBACK_ACTORS = 4;
    /** How many words may stand between a determiner and the noun referring back: "a $300m transfer". */
    private static final int REFERENCE_MODIFIERS = 5;
    private static final double FALLBACK_CONFIDENCE = 0.45;
    private static final double ELABORATION_CONFIDENCE = 0.5;

    /** A trigger that found no ends of its own, for the fallback at the end of its sentence. */
    private record Unlinked(PhraseIndex.Match<Trigger> match, LinkKind kind, List<String> sources) {
    }

    /** The object the last trigger of a clause acted on, and where its words end. */
    private record LastObject(Clause clause, List<String> actors, int end) {
    }

    /** Verbs of fighting together whose "against" names whom they attack. */
    private static final List<String> COMBAT_VERBS = List.of("operat", "fight", "fought", "battl");
    private static final int AGAINST_REACH = 4;
    /** How far before a transfer a measure may govern it: "imposed a 30% security tariff on imports". */
    private static final int RESTRICTION_REACH = 4;
    private static final Set<String> AGREEMENT_HEADS = Set.of("Agreement", "Pact", "Treaty", "Accord", "Memorandum",
            "Arrangement", "Partnership");

    private final TriggerLexicon lexicon = TriggerLexicon.get();
    private final LinkWords words = LinkWords.get();
    private final Set<String> declined = new HashSet<>();
    private final Discourse discourse = new Discourse();
    private final ArgumentFinder arguments;
    private final Function<String, String> lift;
    private final IntPredicate exerciseNamedAt;
    private final Predicate<String> isCompany;
    private final Predicate<String> isState;
    private final IntFunction<List<String>> exerciseParticipants;

    /**
     * {@code lift} gives the state or body an actor belongs to; {@code exerciseParticipants} the
     * participants of the exercise a sentence talks about, for "the participants condemned ...";
     * {@code exerciseNamedAt} whether an exercise is named at a token; {@code isCompany} and
     * {@code isState} whether an actor is a company or a state; {@code homeState} the state the brief
     * is about, or null.
     */
    LinkFinder(Function<String, String> lift, IntFunction<List<String>> exerciseParticipants, IntPredicate exerciseNamedAt,
            Predicate<String> isCompany, Predicate<String> isState, Supplier<String> homeState) {
        this.lift = lift;
        this.exerciseNamedAt = exerciseNamedAt;
        this.isCompany = isCompany;
        this.isState = isState;
        this.exerciseParticipants = exerciseParticipants;
        this.arguments = new ArgumentFinder(new AgentFinder(exerciseParticipants, lift, discourse, homeState),
                new PatientFinder(discourse, exerciseParticipants), discourse);
    }

    List<LinkDraft> find(ActorTable table, List<SentenceFrame> frames) {
        List<LinkDraft> links = new ArrayList<>();
        TokenizedBrief tokens = table.tokens();
        for (SentenceFrame frame : frames) {
            List<Unlinked> unlinked = new ArrayList<>();
            LastObject last = null;
            Clause condemned = null;
            int i = frame.first;
            while (i < frame.end) {
                PhraseIndex.Match<Trigger> match = lexicon.at(tokens.tokens(), i, frame.end,
                        opensSentence(frame, i) || namedAgreement(frame, i));
                // A trigger word inside a name ("the AUKUS pact") states nothing by itself, nor does a
                // role ("Kosovo's chief negotiator").
                if (match == null || frame.isInMention(i) || ROLE_NOUNS.contains(tokens.token(i).lower()) || securityAdviser(frame, i)
                        || frame.isMakerDash(i - 1)
                        || alliesActing(frame, i)) {
                    i++;
                    continue;
                }
                i = match.end();
                Trigger trigger = match.value();
                // "declined to sign the statement condemning Israeli strikes on Iran": the strikes are a fact.
                boolean statedFact = ArgumentFinder.NAMED_BY_AGENT.contains(trigger.kind())
                        && ArgumentFinder.agentDemonymBefore(frame, match) != null;
                if (trigger.verbOnly() && !readAsVerb(frame, match.first()) || hedged(frame, match.first()) && !statedFact) {
                    continue;
                }
                if (namesAWeapon(frame, match) || trigger.evaluative() && !judgedAfter(frame, match)
                        || givesNoAid(frame, match) || receivesNoGoods(frame, match) || facilitatesATransfer(frame, match)) {
                    continue;
                }
                LinkKind kind = sense(frame, match);
                if (kind == LinkKind.JOINT_EXERCISE && match.end() - match.first() == 1 && Teaching.trainsOthers(frame, match.first())) {
                    // "will train 200 Philippine officers", "trained its coast guard": teaching another's forces supports them.
                    kind = LinkKind.SUPPORT;
                }
                if (kind == LinkKind.ARMS_TRANSFER && trigger.kind() != LinkKind.ARMS_TRANSFER && approvesAPurchase(frame, match)) {
                    // "approved the purchase of 26 Rafales from Dassault": the approver buys, as the purchase says.
                    continue;
                }
                if ((kind == LinkKind.ARMS_TRANSFER || kind == LinkKind.SUPPORT) && restrictedBefore(frame, match)) {
                    // "restrict exports of gallium to", "a tariff on imports from", "a package of sanctions":
                    // trade cut or a measure against someone is no transfer.
                    decline(frame, kind);
                    continue;
                }
                if (kind == LinkKind.COERCION && liftedBefore(frame, match.first())) {
                    // "Japan lifted its ban on exports": ending a measure coerces no one.
                    decline(frame, kind);
                    continue;
                }
                if (kind == LinkKind.INFRASTRUCTURE && attackedBefore(frame, match.first())) {
                    // "missiles targeted two bases of the militant group": a base struck is built by no one here.
                    continue;
                }
                if (kind == LinkKind.INFRASTRUCTURE && atAPlace(frame, match.first())) {
                    // "will build patrol boats at its Henderson shipyard for Vanuatu": where the work is done.
                    continue;
                }
                Clause clause = frame.clauseOf(match.first());
                if (kind == LinkKind.RIVALRY && condemned != null && condemned.contains(match.first())) {
                    // "denounced the purchase as a threat": the threat is what the condemnation says, no rivalry.
                    continue;
                }
                if (kind == LinkKind.CONDEMNATION) {
                    condemned = clause;
                }
                Arguments found = arguments.find(frame, match, kind);
                Optional<LinkKind> referred = definiteReference(frame, match);
                if (referred.isPresent() && !statesItsOwnEnds(found)) {
                    List<String> referent = discourse.referent(referred.get(), frame.sentence);
                    if (referent.isEmpty()) {
                        continue;
                    }
                    discourse.referredTo(referent, frame.sentence);
                    last = new LastObject(clause, referent, match.end());
                    if (found.targets().isEmpty() && found.rule().endsWith("/object")) {
                        // "The package includes missiles from MBDA": a new seller in the deal referred to.
                        found = new Arguments(found.sources(), referent, false, found.first(), found.end(),
                                found.rule() + "+reference", found.confidence() - 0.1);
                    } else {
                        continue;
                    }
                }
                if (found.isEmpty() && !found.mutual() && !found.sources().isEmpty() && sharesObject(frame, match, last)) {
                    List<String> targets = new ArrayList<>(last.actors());
                    targets.removeAll(found.sources());
                    found = new Arguments(found.sources(), targets, false, found.first(), Math.max(found.end(), match.end()),
                            found.rule().replaceFirst("/.*", "/shared-object"), found.confidence() - 0.15);
                }
                if (found.isEmpty() && !found.mutual() && !found.sources().isEmpty()) {
                    List<String> listed = elaboration(frame, clause, found.sources());
                    if (!listed.isEmpty()) {
                        found = new Arguments(found.sources(), listed, false, found.first(), frame.end,
                                found.rule().replaceFirst("/.*", "/elaboration"), ELABORATION_CONFIDENCE);
                    }
                }
                if (found.isEmpty() && !found.mutual() && !found.sources().isEmpty() && kind == LinkKind.INFRASTRUCTURE) {
                    ActorGroup place = facilityPlace(frame, match);
                    List<String> builders = found.sources();
                    List<String> hosts = place == null ? List.of()
                            : place.keys().stream().filter(key -> !builders.contains(key)).toList();
                    if (!hosts.isEmpty()) {
                        found = new Arguments(found.sources(), hosts, false, found.first(), place.end(),
                                found.rule().replaceFirst("/.*", "/facility-place"), FACILITY_PLACE_CONFIDENCE);
                    }
                }
                if (found.isEmpty()) {
                    unlinked.add(new Unlinked(match, kind, found.mutual() ? List.of() : found.sources()));
                    if (!found.mutual() && !found.sources().isEmpty()) {
                        // "Iran's Revolutionary Guards seized a tanker": an event with no actor acted on,
                        // which "the seizure" may refer to later.
                        discourse.remember(kind, found.sources().stream().map(lift).distinct().toList(), List.of(),
                                frame.sentence);
                    }
                    continue;
                }
                if (kind == LinkKind.INFRASTRUCTURE && found.rule().equals("listed-subject")
                        && !builtIn(frame, clause, match.first())) {
                    // "will train ... the protection of undersea cables": a list of actors near a cable builds nothing.
                    continue;
                }
                if (kind == LinkKind.PARTNERSHIP && trigger.senses().containsValue(LinkKind.ARMS_TRANSFER)
                        && (found.sources().stream().anyMatch(isCompany) || found.targets().stream().anyMatch(isCompany))) {
                    // "a $3bn deal with Raytheon": a deal with an arms maker is a sale.
                    kind = LinkKind.ARMS_TRANSFER;
                }
                List<LinkDraft> made = drafts(frame, match, kind, found);
                links.addAll(made);
                links.addAll(guestsMeeting(frame, match, kind, found));
                links.addAll(foughtTogetherAgainst(frame, match, found));
                remember(kind, made, frame.sentence);
                if (!found.mutual()) {
                    last = new LastObject(clause, found.targets(), found.end());
                }
            }
            for (Unlinked item : unlinked) {
                links.addAll(fallback(frame, item));
            }
            rememberLists(frame);
            ActorGroup subject = sentenceSubject(frame);
            discourse.subjectOf(frame.sentence, subject == null ? List.of() : subject.keys(),
                    subject != null && subject.keys().size() == 1 && frame.isPeople(subject));
        }
        return links;
    }

    /** The subject of a sentence's first main clause, for an "It" or "He" opening the next; or null. */
    private static ActorGroup sentenceSubject(SentenceFrame frame) {
        for (Clause clause : frame.clauses) {
            if (clause.kind() == Clause.Kind.MAIN) {
                return frame.subjectAt(clause.end() - 1);
            }
        }
        return null;
    }

    /**
     * "Djibouti hosts foreign bases: U.S. personnel at Camp Lemonnier, China's base, and contingents
     * from France and Italy": a clause that ends in a colon, whose trigger found no object,
     * names its objects in the list after the colon (up to a semicolon).
     */
    private static List<String> elaboration(SentenceFrame frame, Clause clause, List<String> sources) {
        int colon = clause.end();
        if (colon >= frame.end || !frame.tokens.token(colon).is(":")) {
            return List.of();
        }
        List<String> listed = new ArrayList<>();
        for (ActorGroup group : frame.groups) {
            if (group.first() <= colon || frame.isBracketed(group.first()) || frame.isSpeaker(group)) {
                continue;
            }
            if (semicolonBetween(frame, colon, group.first())) {
                break;
            }
            group.keys().stream().filter(key -> !listed.contains(key) && !sources.contains(key)).forEach(listed::add);
        }
        return listed;
    }

    private static boolean semicolonBetween(SentenceFrame frame, int from, int to) {
        for (int i = from; i < to; i++) {
            if (frame.tokens.token(i).is(";")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of building, funding or joint work comes before the trigger in its clause: "unveil a drone wall". */
    private boolean builtIn(SentenceFrame frame, Clause clause, int at) {
        for (int i = clause.first(); i < at; i++) {
            if (words.is(frame.tokens.token(i), "building") || frame.tokens.token(i).lower().startsWith("joint")) {
                return true;
            }
        }
        return false;
    }

    /** "Kenya has received authorization from the United Nations": a go-ahead received is no goods. */
    private static boolean receivesNoGoods(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        if (!RECEIVING.contains(match.value().phrase())) {
            return false;
        }
        int at = match.end();
        while (at < frame.end && at - match.end() < 2 && ARTICLE_WORDS.contains(frame.tokens.token(at).lower())) {
            at++;
        }
        return at < frame.end && RECEIVED_NO_GOODS.contains(frame.tokens.token(at).lower());
    }

    /**
     * "handed a protest note to", "gave the diplomat 72 hours to leave": a verb of giving whose
     * clause gives words, time or notice, not aid or arms.
     */
    private static boolean givesNoAid(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        if (!GIVING.contains(match.value().phrase())) {
            return false;
        }
        int end = Math.min(frame.clauseOf(match.first()).end(), match.end() + GIFT_REACH);
        for (int i = match.end(); i < end; i++) {
            if (NO_AID.contains(frame.tokens.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "funded a maritime rescue centre in Sri Lanka", "will build a port at Gwadar in Pakistan": the
     * state a facility is built in, named after "in" within a few words of the trigger; or null.
     */
    private static ActorGroup facilityPlace(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        int end = Math.min(frame.clauseOf(match.first()).end(), match.end() + FACILITY_PLACE_REACH);
        for (int i = match.end(); i + 1 < end; i++) {
            if (frame.tokens.token(i).is("in")) {
                ActorGroup place = frame.groupAfter(i + 1, 0);
                return place != null && frame.isStates(place) ? place : null;
            }
        }
        return null;
    }

    /** Whether the noun phrase ending in the trigger at {@code at} follows "at": "at its Henderson shipyard". */
    private static boolean atAPlace(SentenceFrame frame, int at) {
        for (int i = at - 1; i >= Math.max(frame.first, at - PLACE_PHRASE); i--) {
            Token token = frame.tokens.token(i);
            if (token.is("at")) {
                return true;
            }
            if (!token.isWord() && !token.is("-") && !token.is("'s") && !token.is(".")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "signed a Reciprocal Access Agreement": the capitalised head of a named agreement, after the
     * other words of its name, is a trigger like the lowercase word.
     */
    private static boolean namedAgreement(SentenceFrame frame, int i) {
        // "the Justified Accord exercise", "Pacific Partnership 2027": a name followed by an exercise word or a year names an exercise.
        boolean exerciseAfter = i + 1 < frame.end && (AgentFinder.EXERCISE_NOUNS.contains(frame.tokens.token(i + 1).lower())
                || frame.tokens.token(i + 1).isNumber());
        return i > frame.first && AGREEMENT_HEADS.contains(frame.tokens.token(i).text())
                && frame.tokens.token(i - 1).isCapitalised() && !frame.isInMention(i - 1) && !exerciseAfter;
    }

    /**
     * "NATO allies pledged $40 billion for Ukraine": allies named by their alliance and acting are the
     * subject of the verb after them, not a tie with its object.
     */
    private static boolean alliesActing(SentenceFrame frame, int i) {
        TokenizedBrief tokens = frame.tokens;
        if (!ALLY_NOUNS.contains(tokens.token(i).lower()) || i == frame.first || !frame.isInMention(i - 1)
                || i + 1 >= frame.end) {
            return false;
        }
        Token next = tokens.token(i + 1);
        return next.isLowerCase() && (next.text().endsWith("ed") || ALLIES_VERBS.contains(next.text()));
    }

    /** Whether a coercive measure governs the trigger: one just before it, or "of sanctions" just after a package. */
    private boolean restrictedBefore(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        for (int i = match.first() - 1; i >= Math.max(frame.first, match.first() - RESTRICTION_REACH); i--) {
            PhraseIndex.Match<Trigger> before = lexicon.at(frame.tokens.tokens(), i, match.first());
            if (before != null && before.value().kind() == LinkKind.COERCION) {
                return true;
            }
            if (frame.isInMention(i)) {
                break;
            }
        }
        int after = match.end();
        if (after + 1 < frame.end && frame.tokens.token(after).is("of")) {
            PhraseIndex.Match<Trigger> measure = lexicon.at(frame.tokens.tokens(), after + 1, frame.end);
            return measure != null && measure.value().kind() == LinkKind.COERCION;
        }
        return false;
    }

    /**
     * "operating alongside the FARDC against the Allied Democratic Forces": those who fight or
     * operate together attack the one they do it against.
     */
    private static List<LinkDraft> foughtTogetherAgainst(SentenceFrame frame, PhraseIndex.Match<Trigger> match,
            Arguments found) {
        String verb = frame.tokens.token(match.first()).lower();
        if (COMBAT_VERBS.stream().noneMatch(verb::startsWith) || found.isEmpty()) {
            return List.of();
        }
        Clause clause = frame.clauseOf(match.first());
        for (int i = found.end(); i < Math.min(clause.end(), found.end() + AGAINST_REACH); i++) {
            if (frame.tokens.token(i).is("against")) {
                ActorGroup enemy = frame.groupAfter(i + 1, 2);
                if (enemy == null) {
                    return List.of();
                }
                List<LinkDraft> attacks = new ArrayList<>();
                List<String> allies = new ArrayList<>(found.sources());
                found.targets().stream().filter(key -> !allies.contains(key)).forEach(allies::add);
                for (String ally : allies) {
                    for (String target : enemy.keys()) {
                        if (!allies.contains(target)) {
                            attacks.add(new LinkDraft(ally, target, LinkKind.ATTACK, true, frame.sentence, found.first(),
                                    enemy.end(), "fought-together-against", 0.55));
                        }
                    }
                }
                return attacks;
            }
        }
        return List.of();
    }

    /** Whether token {@code i} is the sentence's first word, after any bullet or quotation mark. */
    private static boolean opensSentence(SentenceFrame frame, int i) {
        for (int k = frame.first; k < i; k++) {
            if (frame.tokens.token(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** "called the purchase “a dangerous escalation”": a word of negative judgement after the trigger in its clause. */
    private boolean judgedAfter(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        // The quotation after the verb is a clause of its own: read on, to the next semicolon.
        for (int i = match.end(); i < Math.min(frame.end, match.end() + SENSE_AFTER); i++) {
            Token token = frame.tokens.token(i);
            if (token.is(";")) {
                return false;
            }
            if (words.is(token, "judgement")) {
                return true;
            }
        }
        return false;
    }

    /** "fast attack craft", "strike fighters": a conflict word that names a kind of weapon states no link. */
    private boolean namesAWeapon(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        if (match.value().kind().family() != LinkFamily.CONFLICT || match.end() >= frame.end) {
            return false;
        }
        return words.thingClass(frame.tokens.token(match.end()), Set.of("weapons")) != null;
    }

    /** Whether a definite trigger noun names its ends itself ("the deal signed with Washington") or refers back. */
    private static boolean statesItsOwnEnds(Arguments found) {
        return !found.isEmpty() && (found.mutual() || found.rule().endsWith("/object") || found.rule().endsWith("/apposition"));
    }

    /** "..., a $300m transfer approved by": an indefinite noun in apposition renames the event just stated. */
    private static boolean appositive(SentenceFrame frame, int determiner) {
        Token token = frame.tokens.token(determiner);
        return (token.is("a") || token.is("an")) && determiner > frame.first && frame.tokens.token(determiner - 1).is(",");
    }

    /**
     * The kind of earlier event a trigger noun refers to when a determiner comes before it, over
     * up to two modifiers ("the deal", "these sales", "the Colombian purchase"), or empty.
     */
    private Optional<LinkKind> definiteReference(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        TokenizedBrief tokens = frame.tokens;
        Optional<LinkKind> kind = words.referenceKind(tokens.token(match.end() - 1));
        if (kind.isEmpty()) {
            return kind;
        }
        for (int i = match.first() - 1; i >= Math.max(frame.first, match.first() - REFERENCE_MODIFIERS); i--) {
            Token token = tokens.token(i);
            if (DETERMINERS.contains(token.lower()) || appositive(frame, i)) {
                return kind;
            }
            // "the IP4 partnership model" names its party: it is no reference to an earlier one.
            boolean modifier = token.isLowerCase() || token.is("-") || token.isNumber() || Currencies.isSign(token.text());
            if (!modifier || words.is(token, "verb-marker")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether a trigger follows closely on the last object of its clause, with no actor between. */
    private static boolean sharesObject(SentenceFrame frame, PhraseIndex.Match<Trigger> match, LastObject last) {
        if (last == null || last.actors().isEmpty() || !last.clause().contains(match.first())
                || match.first() < last.end() || match.first() - last.end() > SHARED_OBJECT_REACH) {
            return false;
        }
        boolean joined = false;
        for (int i = last.end(); i < match.first(); i++) {
            if (frame.isInMention(i)) {
                return false;
            }
            joined |= JOINERS.contains(frame.tokens.token(i).text());
        }
        // "the Colombian purchase": a trigger right after its modifier is no second predicate.
        return joined;
    }

    /**
     * A verb-only trigger is a verb after a modal, "to" or an adverb ("will ship", "now fields"),
     * or right after its subject ("Norinco supply Mali"), but not after an actor that modifies a
     * noun phrase ("a CCG ship").
     */
    private boolean readAsVerb(SentenceFrame frame, int at) {
        if (at <= frame.first) {
            return false;
        }
        TokenizedBrief tokens = frame.tokens;
        Token before = tokens.token(at - 1);
        if (words.is(before, "verb-marker") || before.isLowerCase() && before.text().endsWith("ly")) {
            return true;
        }
        Mention subject = frame.isInMention(at - 1) ? frame.mentionEndingAt(at) : null;
        if (subject == null) {
            return false;
        }
        int opening = subject.first() - 1;
        Mention owner = opening >= frame.first ? frame.mentionEndingAt(subject.first()) : null;
        if (owner != null && owner != subject) {
            // "a Chinese coast guard ship": past the demonym written onto the service.
            opening = owner.first() - 1;
        }
        // "A Chinese coast guard ship disrupted": the article opens a noun phrase, in any case.
        return opening < frame.first || !DETERMINERS.contains(tokens.token(opening).lower())
                && !tokens.token(opening).isIgnoringCase("a") && !tokens.token(opening).isIgnoringCase("an")
                && !tokens.token(opening).isNumber();
    }

    /** Whether a verb of attack stands just before the facility at {@code at}: "targeted two bases of". */
    private static boolean attackedBefore(SentenceFrame frame, int at) {
        for (int i = Math.max(frame.clauseOf(at).first(), at - ATTACKED_REACH); i < at; i++) {
            if (ATTACK_VERBS.contains(frame.tokens.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "facilitated the donation of a patrol vessel": a go-between of a transfer mediates no talks. */
    private static boolean facilitatesATransfer(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        if (match.value().subject() != Trigger.Role.MEDIATOR) {
            return false;
        }
        for (int i = match.end(); i < Math.min(frame.end, match.end() + TRANSFER_REACH); i++) {
            String word = frame.tokens.token(i).lower();
            if (TRANSFER_NOUNS.stream().anyMatch(word::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** "Somalia's national security adviser": an office, where "advisers" sent abroad would support. */
    private static boolean securityAdviser(SentenceFrame frame, int i) {
        return i > frame.first && frame.tokens.token(i).lower().startsWith("advis") && frame.tokens.token(i - 1).is("security");
    }

    /** "ready to host talks", "claimed credit for brokering", "did not condemn": no link is stated. */
    private boolean hedged(SentenceFrame frame, int at) {
        TokenizedBrief tokens = frame.tokens;
        Clause clause = frame.clauseOf(at);
        // "refused to back Russia's war in Ukraine": the hedge governs "back"; the possessed noun states a fact.
        boolean ownNounPhrase = AgentFinder.possessorBefore(frame, at) != null;
        // "denied directing the militia and accused Israel of ...": a hedge does not reach past "and" and a verb.
        int scope = clause.first();
        for (int i = clause.first(); i < at; i++) {
            if (frame.joinsAnotherVerb(i)) {
                scope = i + 1;
            }
        }
        for (int i = scope; i < at && !ownNounPhrase; i++) {
            if (words.hedgeAt(tokens.tokens(), i, at)) {
                return true;
            }
        }
        for (int i = Math.max(clause.first(), at - 2); i < at; i++) {
            if (words.is(tokens.token(i), "negation")) {
                return true;
            }
        }
        return accusedOf(frame, clause, at);
    }

    /** "accused Pakistan of backing militants": what one is accused of is a claim, not a stated link. */
    private static boolean accusedOf(SentenceFrame frame, Clause clause, int at) {
        boolean accused = false;
        for (int i = clause.first(); i < at; i++) {
            Token token = frame.tokens.token(i);
            accused |= token.lower().startsWith("accus");
            if (accused && token.is("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The trigger's kind, or the sense the words near it choose: "sent troops" is support, a
     * "deal" for weapons or one whose clause goes on to buy or export is an arms transfer.
     */
    /**
     * "EU envoy Kovář will host Kosovo's chief negotiator, Besa Krasniqi, and her Serbian
     * counterpart, Nenad Pavlović": the guests a host brings together for talks meet each other too.
     */
    private List<LinkDraft> guestsMeeting(SentenceFrame frame, PhraseIndex.Match<Trigger> match, LinkKind kind, Arguments found) {
        List<LinkDraft> meetings = new ArrayList<>();
        if (kind != LinkKind.DIALOGUE || !ExerciseFinder.HOST_VERBS.contains(frame.tokens.token(match.first()).lower()) || found.mutual()) {
            return meetings;
        }
        List<String> guests = found.targets();
        for (int a = 0; a < guests.size(); a++) {
            for (int b = a + 1; b < guests.size(); b++) {
                if (!lift.apply(guests.get(a)).equals(lift.apply(guests.get(b)))) {
                    meetings.add(new LinkDraft(guests.get(a), guests.get(b), LinkKind.DIALOGUE, false, frame.sentence,
                            match.first(), found.end(), "guests-of-a-host", 0.6));
                }
            }
        }
        return meetings;
    }

    /** Whether a verb of ending stands just before a trigger: "lifted its ban", "eased the sanctions". */
    private static boolean liftedBefore(SentenceFrame frame, int at) {
        for (int i = at - 1; i >= Math.max(frame.first, at - 3); i--) {
            if (ENDING.contains(frame.tokens.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a buying word follows closely: "approved the purchase of", "cleared the acquisition of". */
    private static boolean approvesAPurchase(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        for (int i = match.end(); i < Math.min(frame.end, match.end() + PURCHASE_REACH); i++) {
            String word = frame.tokens.token(i).lower();
            if (word.startsWith("purchase") || word.startsWith("acquisition") || word.startsWith("procurement")) {
                return true;
            }
        }
        return false;
    }

    private LinkKind sense(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        Trigger trigger = match.value();
        if (trigger.senses().isEmpty()) {
            return trigger.kind();
        }
        TokenizedBrief tokens = frame.tokens;
        Set<String> classes = trigger.senses().keySet();
        int end = Math.min(frame.clauseOf(match.first()).end(), match.end() + SENSE_AFTER);
        ActorGroup received = frame.groupAfter(match.end(), PERSON_OBJECT_REACH);
        if (trigger.senses().containsValue(LinkKind.DIALOGUE) && received != null && frame.isPeople(received)) {
            // "received Japan's State Minister of Defense, Kenji Morimoto,": one receives a person for talks.
            return LinkKind.DIALOGUE;
        }
        boolean hostsIt = match.end() < frame.end && tokens.token(match.end()).is("it")
                && !exerciseParticipants.apply(frame.sentence).isEmpty();
        // "Poland hosted Eager Lion with troops from ...": a verb of hosting in a sentence about an exercise hosts it.
        boolean hostsNamed = ExerciseFinder.HOST_VERBS.contains(tokens.token(match.first()).lower())
                && namedExerciseAfter(match.end(), end);
        if (classes.contains(EXERCISES) && (hostsIt || hostsNamed || exerciseNear(frame, match, end))) {
            // "Exercise Northern Wind, hosted by Norway, brings together troops ...": the exercise
            // decides what is hosted, before the troops it brings.
            return trigger.senses().get(EXERCISES);
        }
        for (int i = match.end(); i < end; i++) {
            String found = words.thingClass(tokens.token(i), classes);
            if ("weapons".equals(found) && i > match.end() && NOT_ARMS.contains(tokens.token(i - 1).lower())) {
                // "40 engineering vehicles", "police boats": equipment that arms no one supports.
                found = null;
            }
            if ("weapons".equals(found) && i + 1 < end && AID_NOUNS.contains(tokens.token(i + 1).lower())) {
                // "$1.3 billion in military aid": money given for arms is aid, not a sale.
                found = null;
            }
            PhraseIndex.Match<Trigger> other = lexicon.at(tokens.tokens(), i, frame.end);
            if (found == null && other != null && other.value().kind() == trigger.kind() && GIVING.contains(trigger.phrase())) {
                // "gives Cairo $1.3 billion in military aid": what is given is named as the verb's own kind.
                return trigger.kind();
            }
            if (found == null && other != null && other.value().kind() == LinkKind.ARMS_TRANSFER
                    && other.value().subject() != Trigger.Role.EITHER && classes.contains("weapons")) {
                found = "weapons";
            }
            if (found != null) {
                return trigger.senses().get(found);
            }
        }
        int clauseFirst = frame.clauseOf(match.first()).first();
        for (int i = match.first() - 1; i >= Math.max(clauseFirst, match.first() - SENSE_BEFORE); i--) {
            String found = words.thingClass(tokens.token(i), classes);
            if (found != null) {
                return trigger.senses().get(found);
            }
        }
        if (classes.contains(EXERCISES) && !exerciseParticipants.apply(frame.sentence).isEmpty()) {
            // "Participants include A, B and C, alongside host D": with nothing near to say what
            // is hosted, it is the exercise the sentence is about.
            return trigger.senses().get(EXERCISES);
        }
        return trigger.kind();
    }

    /** Whether an exercise is named between {@code from} and {@code to}: "hosted troops from ... for Eager Lion". */
    private boolean namedExerciseAfter(int from, int to) {
        for (int i = from; i < to; i++) {
            if (exerciseNamedAt.test(i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an exercise word stands in the trigger's sense window, before or after it. */
    private boolean exerciseNear(SentenceFrame frame, PhraseIndex.Match<Trigger> match, int end) {
        int from = Math.max(frame.first, match.first() - SENSE_BEFORE);
        for (int i = from; i < end; i++) {
            if (i >= match.first() && i < match.end()) {
                continue;
            }
            Token token = frame.tokens.token(i);
            if (EXERCISES.equals(words.thingClass(token, Set.of(EXERCISES)))
                    || token.isCapitalised() && token.lower().equals("exercise")) {
                return true;
            }
        }
        return false;
    }

    private List<LinkDraft> drafts(SentenceFrame frame, PhraseIndex.Match<Trigger> match, LinkKind kind, Arguments found) {
        List<LinkDraft> links = new ArrayList<>();
        String rule = "trigger:" + match.value().phrase() + "/" + found.rule();
        if (found.mutual()) {
            List<String> keys = found.sources();
            for (int a = 0; a < keys.size(); a++) {
                for (int b = a + 1; b < keys.size(); b++) {
                    links.add(new LinkDraft(keys.get(a), keys.get(b), kind, kind.family() == LinkFamily.CONFLICT
                            && kind != LinkKind.RIVALRY, frame.sentence, found.first(), found.end(), found.rule(),
                            found.confidence()));
                }
            }
            return links;
        }
        if (kind == LinkKind.JOINT_EXERCISE && found.sources().size() >= 2 && found.rule().startsWith("subject")) {
            // "A and B trained alongside C": coordinated participants exercise with each other too.
            links.addAll(drafts(frame, match, kind, Arguments.mutual(found.sources(), found.first(), found.end(),
                    found.rule(), found.confidence())));
        }
        Trigger.Role role = match.value().subject();
        boolean reversed = kind == LinkKind.ARMS_TRANSFER ? !sellerIsSubject(frame, match, found)
                : role == Trigger.Role.TARGET;
        boolean directed = !SYMMETRIC.contains(kind) || kind == LinkKind.DIALOGUE && found.rule().startsWith("possessive");
        for (String source : found.sources()) {
            for (String target : found.targets()) {
                if (!source.equals(target)) {
                    links.add(new LinkDraft(reversed ? target : source, reversed ? source : target, kind, directed,
                            frame.sentence, found.first(), found.end(), rule, found.confidence()));
                }
            }
        }
        return links;
    }

    /**
     * Whether the subject side of an arms trigger is the seller: "export", or a deal "to export";
     * not "buy". A deal with no such word keeps the direction the brief gave the same pair before;
     * failing that, a company that signs a contract sells, a state buys.
     */
    private boolean sellerIsSubject(SentenceFrame frame, PhraseIndex.Match<Trigger> match, Arguments found) {
        Trigger.Role role = match.value().subject();
        if (role != Trigger.Role.EITHER) {
            return role == Trigger.Role.SOURCE;
        }
        ActorGroup object = frame.groupAfter(match.end(), SALE_OBJECT_REACH);
        if (object != null && found.targets().containsAll(object.keys()) && object.first() - 1 >= match.end()) {
            // "arms sales to Taiwan": whoever sells it "to" someone is the seller; "from" someone, the buyer.
            Token before = frame.tokens.token(object.first() - 1);
            if (before.is("to") || before.is("from")) {
                return before.is("to");
            }
        }
        Clause clause = frame.clauseOf(match.first());
        for (int i = match.end(); i < Math.min(frame.end, clause.end() + 12); i++) {
            PhraseIndex.Match<Trigger> other = lexicon.at(frame.tokens.tokens(), i, frame.end);
            if (other != null && other.value().kind() == LinkKind.ARMS_TRANSFER && other.value().subject() != Trigger.Role.EITHER) {
                return other.value().subject() == Trigger.Role.SOURCE;
            }
        }
        for (String source : found.sources()) {
            for (String target : found.targets()) {
                if (discourse.sold(lift.apply(source), lift.apply(target))) {
                    return true;
                }
                if (discourse.sold(lift.apply(target), lift.apply(source))) {
                    return false;
                }
            }
        }
        return found.sources().stream().anyMatch(isCompany);
    }

    private void remember(LinkKind kind, List<LinkDraft> made, int sentence) {
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (LinkDraft link : made) {
            String source = lift.apply(link.source());
            String target = lift.apply(link.target());
            if (!sources.contains(source)) {
                sources.add(source);
            }
            if (!targets.contains(target)) {
                targets.add(target);
            }
        }
        discourse.remember(kind, sources, targets, sentence);
        if (kind == LinkKind.DIALOGUE && sources.size() == 1 && targets.size() == 1 && !sources.equals(targets)
                && isState.test(sources.get(0)) && isState.test(targets.get(0))) {
            // "X met Y. The two sides agreed to ...": the two who met.
            discourse.rememberList(List.of(sources.get(0), targets.get(0)));
        }
    }

    /**
     * A trigger with no ends of its own in a clause that names two actors, one of them its
     * subject or the one before it and the other after, with no capitalised word between that
     * names something else: the two are linked, with low confidence.
     */
    private List<LinkDraft> fallback(SentenceFrame frame, Unlinked item) {
        PhraseIndex.Match<Trigger> match = item.match();
        Clause clause = frame.clauseOf(match.first());
        List<ActorGroup> groups = new ArrayList<>();
        Set<String> actors = new HashSet<>();
        for (ActorGroup group : frame.groups) {
            if (clause.contains(group.first()) && !frame.isBracketed(group.first()) && !frame.isSpeaker(group)) {
                groups.add(group);
                actors.addAll(group.keys());
            }
        }
        if (groups.size() != 2 || actors.size() > MAX_FALLBACK_ACTORS || !allStateLevel(groups)
                || namesSomethingElse(frame, groups.get(0).first(), Math.max(groups.get(1).end(), match.end()))) {
            return List.of();
        }
        ActorGroup first = groups.get(0);
        ActorGroup second = groups.get(1);
        if (frame.modifierBefore(match.first(), 0) == second) {
            // "condemned the Colombian purchase": the actor modifying the trigger is no second party to it.
            return List.of();
        }
        List<String> sources = item.sources().isEmpty() ? first.keys() : item.sources();
        ActorGroup other = sources.containsAll(first.keys()) ? second : sources.containsAll(second.keys()) ? first : null;
        if (other == null || item.sources().isEmpty() && (second.first() < match.first() || first.first() > match.first()
                || afterPreposition(frame, first.first()))) {
            // With no subject of its own, the trigger needs one actor before it that can be a
            // subject ("... the United States to counter China" has none) and one after it.
            return List.of();
        }
        ActorGroup own = other == second ? first : second;
        if (!item.sources().isEmpty() && other.first() < own.first()) {
            // "Ethiopia and Eritrea, and Sudan's civil war": the other party would stand before the subject.
            return List.of();
        }
        if (item.kind() != LinkKind.COERCION && placedBetween(frame, match.end(), other.first())) {
            // "drills around Taiwan": the actor is where it happens, not a party to it.
            return List.of();
        }
        Arguments found = new Arguments(sources, other.keys(), false, Math.min(first.first(), match.first()),
                Math.max(second.end(), match.end()), "fallback", FALLBACK_CONFIDENCE);
        List<LinkDraft> made = drafts(frame, match, item.kind(), found);
        remember(item.kind(), made, frame.sentence);
        return made;
    }

    /** Whether the group at {@code first} is the object of a preposition ("from the United States"). */
    private static boolean afterPreposition(SentenceFrame frame, int first) {
        int before = first - 1;
        while (before > frame.first && DETERMINERS.contains(frame.tokens.token(before).lower())) {
            before--;
        }
        return before >= frame.first && PREPOSITIONS.contains(frame.tokens.token(before).text());
    }

    /** Whether a preposition of place stands in {@code [from, to)}. */
    private static boolean placedBetween(SentenceFrame frame, int from, int to) {
        for (int i = from; i < to; i++) {
            if (PLACE_PREPOSITIONS.contains(frame.tokens.token(i).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean allStateLevel(List<ActorGroup> groups) {
        for (ActorGroup group : groups) {
            for (String key : group.keys()) {
                if (!isState.test(lift.apply(key))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A capitalised word that names no actor, past the sentence's first word: "Tomahawk cruise missiles". */
    private static boolean namesSomethingElse(SentenceFrame frame, int from, int to) {
        for (int i = Math.max(from, frame.first + 1); i < to; i++) {
            Token token = frame.tokens.token(i);
            if (token.isCapitalised() && !frame.isInMention(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kinds of link each sentence has a trigger for that its words undo ("lifted its ban on",
     * "restrict exports of"), as "sentence kind": no later stage should state a link of that kind
     * there on the strength of the same words. Hedges, weapons' names and the like are not among
     * them: the keyed briefs link across those as often as not, and the pair model reads them.
     */
    Set<String> declined() {
        return Set.copyOf(declined);
    }

    private void decline(SentenceFrame frame, LinkKind kind) {
        declined.add(declinedKey(frame.sentence, kind));
    }

    static String declinedKey(int sentence, LinkKind kind) {
        return sentence + " " + kind.name();
    }

    /** Remembers the lists of states each sentence names, for "the three countries" later on. */
    private void rememberLists(SentenceFrame frame) {
        for (ActorGroup group : frame.groups) {
            List<String> states = group.keys().stream().filter(isState).toList();
            if (states.size() >= 2 && states.size() == group.keys().size()) {
                discourse.rememberList(states);
            }
        }
    }
}
