package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

import org.brieflens.model.LinkFamily;
import org.brieflens.model.LinkKind;

/**
 * What a trigger acts on, the link's object side, in order of evidence: for a passive, the
 * subject of "was condemned by", the event a noun before it names ("a transfer approved by"), or
 * the actor the participle describes ("the Aerospace Force's fleet, built by"); a noun referring
 * back to an earlier event ("denounced the project", "welcomed the strikes", "condemns these
 * ties") or a pronoun ("condemned them"); "such threats" (the last adversary); "the drills"
 * (their participants); the object after the trigger, over lowercase words and numbers or after
 * a preposition ("will send K9 howitzers to Poland", "personnel in Mali"); and an actor
 * modifying the trigger ("NATO dialogue", "Australian iron ore imports").
 */
final class PatientFinder {
    /** The actors found, the rule that found them and the token after the words naming them. */
    record Patient(List<String> keys, String rule, int end, boolean afterFrom) {
        static final Patient NONE = new Patient(List.of(), "none", -1, false);

        boolean isEmpty() {
            return keys.isEmpty();
        }
    }

    /** Words after which "that" opens a reported clause, not a relative one: "said that", "warned that". */
    private static final Set<String> VERBS_BEFORE_THAT = Set.of("said", "says", "warned", "warns", "noted", "added",
            "stated", "argued", "insisted", "claimed", "believes", "believe", "announced", "so", "such", "now");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "that", "those", "the", "such");
    private static final Set<String> EXERCISE_NOUNS = Set.of("drills", "drill", "exercise", "exercises", "training",
            "wargames", "manoeuvres", "maneuvers");
    private static final Set<String> PREPOSITIONS = Set.of("to", "with", "from", "for", "against", "toward",
            "towards", "on", "about", "of", "into", "at", "in");
    /** Prepositions that give a partnership's or a dialogue's topic, never the partner. */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "about", "against", "over", "in", "into", "at");
    /** Words between a preposition and its actor: "on 12 Chinese companies", "to the Philippine Navy". */
    /** Words between a count and its noun: "both prime ministers". */
    private static final int COUNTED_MODIFIERS = 2;
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "some", "several", "two", "three", "four", "five");
    private static final Set<String> THREAT_DETERMINERS = Set.of("such", "these", "those", "this", "that");
    private static final Set<String> THREAT_NOUNS = Set.of("threats", "threat", "provocations", "provocation",
            "aggression", "attacks", "actions", "launches");
    /** Nouns of a fight or quarrel whose "over" names what it is about: "war over Taiwan". */
    private static final Set<String> DISPUTE_NOUNS = Set.of("war", "wars", "dispute", "disputes", "conflict", "conflicts",
            "tensions", "tension", "clash", "clashes", "row", "standoff", "stand-off", "spat", "feud", "fighting", "rivalry");
    /** How many words a counted description may take before the states it counts. */
    private static final int COUNTED_APPOSITION_REACH = 12;
    /** Prepositions of place: an actor after them is where something happens ("along their borders with Russia"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("along", "near", "around", "off", "across", "through",
            "within", "inside", "outside", "beyond", "alongside");
    /** Words that may follow a trigger that has no object: "condemned it again". */
    private static final Set<String> TRAILING_WORDS = Set.of("again", "too", "also", "as", "well", "today", "yesterday",
            "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Words that introduce a partner in an exercise. */
    private static final Set<String> PARTNER_MARKERS = Set.of("with", "alongside", "beside", "aboard");
    /** Prepositions after an event noun that introduce its own party: "the sale of jets to Turkey". */
    private static final Set<String> OWN_PARTY_PREPOSITIONS = Set.of("of", "to", "with", "for", "between", "from", "on",
            "against");
    private static final Set<String> OWN_POSSESSIVES = Set.of("its", "their", "our");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them");
    /** Nouns for an act of any kind: "the move", "the decision". */
    private static final Set<String> ACTS = Set.of("move", "moves", "decision", "step", "steps", "action", "actions",
            "incident", "incidents", "manoeuvre", "manoeuvres", "maneuver", "maneuvers", "provocation", "provocations",
            "activity", "activities", "vote", "plan", "plans", "announcement", "remarks", "comments", "statement",
            "statements", "work", "works", "construction", "build-up", "buildup", "deployment", "deployments", "launch",
            "launches", "transit", "transits");
    /** Words after a determiner that are no noun: "the exercises as ...". */
    private static final Set<String> NOT_NOUNS = Set.of("as", "a", "an", "of", "to", "in", "on", "for", "with", "by",
            "and", "or", "that", "which");
    /** What others said, which one may reject without condemning anyone: "called the charge baseless". */
    private static final Set<String> REBUTTED = Set.of("charge", "charges", "accusation", "accusations", "allegation",
            "allegations", "account", "accounts", "claim", "claims", "report", "reports", "complaint", "complaints",
            "story", "suggestion", "remarks", "comments");
    /** Nouns for an agreement of any kind: "the deal", "the package". */
    private static final Set<String> DEAL_NOUNS = Set.of("deal", "deals", "package", "agreement", "accord", "pact",
            "arrangement");
    private static final List<LinkKind> DEAL_KINDS = List.of(LinkKind.ARMS_TRANSFER, LinkKind.PARTNERSHIP,
            LinkKind.SUPPORT, LinkKind.INFRASTRUCTURE);
    /** Kinds whose trigger, with nothing after it, reacts to what was just said ("Kremlin cries provocation"). */
    private static final Set<LinkKind> REACTIONS = Set.of(LinkKind.CONDEMNATION, LinkKind.SUPPORT);
    private static final int TARGET_WINDOW = 10;
    /** How far an object introduced by a preposition may be: "six of 24 used F-16s from Denmark". */
    private static final int PREPOSITION_WINDOW = 14;
    /** How far after a trigger of buying its seller may be named after "from". */
    private static final int SELLER_REACH = 26;
    /** How far after an exercise trigger its first actor may be, if "with" or "alongside" marks it as a partner. */
    private static final int PARTNER_WINDOW = 30;
    /** How many words may name what partners send before "from": "ships and aircraft from". */
    private static final int CARRIER_PHRASE = 5;
    private static final Set<String> REASONS = Set.of("after", "when");
    private static final Set<String> COUNTED_BODIES = Set.of("countries", "states", "nations", "partners", "allies",
            "buyers", "customers", "governments", "militaries");
    /** What one actor lends another's act: "with China's help". */
    private static final Set<String> HELP_NOUNS = Set.of("help", "support", "backing", "mediation", "assistance",
            "blessing", "approval", "consent", "encouragement", "facilitation");
    /** How many words a role before a coordinated person may take: "her Serbian counterpart,". */
    private static final int ROLE_REACH = 6;
    /** Kinds where something is given to someone: "donate ... to", "deliver ... to". */
    private static final Set<LinkKind> GIVING = Set.of(LinkKind.SUPPORT, LinkKind.ARMS_TRANSFER, LinkKind.INFRASTRUCTURE);
    private static final int REFERENCE_REACH = 6;
    /** How many words may stand between "the" and the exercise noun referring back: "the week-long exercise". */
    private static final int EXERCISE_MODIFIERS = 3;
    private static final int PASSIVE_REACH = 10;

    private final LinkWords words = LinkWords.get();
    private final Discourse discourse;
    private final IntFunction<List<String>> exerciseParticipants;

    PatientFinder(Discourse discourse, IntFunction<List<String>> exerciseParticipants) {
        this.discourse = discourse;
        this.exerciseParticipants = exerciseParticipants;
    }

    Patient find(SentenceFrame frame, PhraseIndex.Match<Trigger> match, LinkKind kind, int after, boolean passive) {
        if (passive) {
            Patient patient = passivePatient(frame, match.first());
            if (!patient.isEmpty()) {
                return patient;
            }
        }
        ActorGroup inside = kind.family() == LinkFamily.CONFLICT ? insideTrigger(frame, match) : null;
        if (inside != null) {
            // "violated Polish airspace during an attack on Ukraine": the airspace is Poland's.
            return new Patient(inside.keys(), "inside-trigger", match.end(), false);
        }
        ActorGroup actedBefore = REACTIONS.contains(kind) ? subjectOfReason(frame, after) : null;
        if (actedBefore != null) {
            // "The Philippines protested after Chinese vessels blocked a resupply mission": at who did that.
            return new Patient(actedBefore.keys(), "reason-clause", actedBefore.end(), false);
        }
        Patient referred = referenceAfter(frame, after);
        if (!referred.isEmpty()) {
            return referred;
        }
        String adversary = discourse.lastAdversary();
        if (adversary != null && threatReferenceAfter(frame, after)) {
            return new Patient(List.of(adversary), "threat-reference", match.end(), false);
        }
        if (exerciseReferenceAfter(frame, after)) {
            List<String> participants = exerciseParticipants.apply(frame.sentence);
            if (!participants.isEmpty()) {
                return new Patient(participants, "exercise-reference", match.end(), false);
            }
        }
        ActorGroup object = objectAfter(frame, match, kind, after);
        if (object != null && kind == LinkKind.DIALOGUE) {
            // "spoke to the commander of Russia's Northern Fleet, Adm. Sergei Volodin,": the person named.
            object = frame.personSetOffAfter(object);
        }
        if (object != null) {
            boolean fromObject = object.first() > 0 && frame.tokens.token(object.first() - 1).is("from");
            List<String> keys = new ArrayList<>(object.keys());
            int end = object.end();
            for (ActorGroup next : coordinatedAfter(frame, object)) {
                // "with the Royal Australian Navy, the New Zealand Defence Force and troops from Fiji and Tonga".
                next.keys().stream().filter(key -> !keys.contains(key)).forEach(keys::add);
                end = next.end();
            }
            return new Patient(keys, "object", end, fromObject);
        }
        List<String> counted = countedAfter(frame, after);
        if (!counted.isEmpty()) {
            return new Patient(counted, "counted-states", match.end(), false);
        }
        ActorGroup included = includedAfter(frame, after);
        if (included != null) {
            // "sold drones to more than 30 countries, including Poland and Ukraine": the ones named.
            return new Patient(included.keys(), "included-states", included.end(), false);
        }
        if (kind != LinkKind.ARMS_TRANSFER && kind != LinkKind.JOINT_EXERCISE) {
            // "NATO dialogue", "Australian iron ore imports"; but a "Philippine supply boat" buys
            // nothing, and "a NATO naval exercise" is NATO's, not an exercise with NATO.
            ActorGroup modifier = frame.modifierBefore(match.first(), 4);
            ActorGroup possessor = AgentFinder.possessorBefore(frame, match.first());
            if (modifier != null && modifier != possessor) {
                return new Patient(modifier.keys(), "modifier", match.end(), false);
            }
        }
        if (REACTIONS.contains(kind) && nothingAfter(frame, after)) {
            List<String> implied = discourse.pronounReferent(frame.sentence);
            if (!implied.isEmpty()) {
                return new Patient(implied, "implied-object", match.end(), false);
            }
        }
        return Patient.NONE;
    }

    /** An actor named in the gap of a trigger such as "entered ~ waters": "entered Japanese territorial waters". */
    private static ActorGroup insideTrigger(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        for (int i = match.first() + 1; i < match.end() - 1; i++) {
            ActorGroup group = frame.groupStartingAt(i);
            if (group != null && group.end() < match.end()) {
                return group;
            }
        }
        return null;
    }

    /**
     * "spoke to both prime ministers", "met the three governments": an object that counts the
     * states of the last list of that many, right after the trigger (or its preposition).
     */
    private List<String> countedAfter(SentenceFrame frame, int after) {
        TokenizedBrief tokens = frame.tokens;
        int i = after;
        if (i < frame.end && PREPOSITIONS.contains(tokens.token(i).text())) {
            i++;
        }
        int count = 0;
        if (i < frame.end && tokens.token(i).is("both")) {
            count = 2;
            i++;
        } else if (i + 1 < frame.end && tokens.token(i).is("the") && NumberReader.isWordNumber(tokens.token(i + 1))) {
            count = (int) NumberReader.plain(tokens.tokens(), i + 1, frame.end).value();
            i += 2;
        }
        for (int j = i; count > 1 && j < Math.min(frame.end, i + COUNTED_MODIFIERS + 1); j++) {
            Token token = tokens.token(j);
            if (AgentFinder.COUNTED_NOUNS.contains(token.lower())) {
                return discourse.lastListOf(count);
            }
            if (!token.isLowerCase()) {
                break;
            }
        }
        return List.of();
    }

    /**
     * Where the title before a person's name starts: the capitalised words and the possessive
     * actor just before it ("met Vanuatu's Prime Minister Ralph Tamata"), which name no other
     * object. {@code name} itself where there is none.
     */
    private static int titleBefore(SentenceFrame frame, int from, int name) {
        int i = name;
        if (i - 1 > from && frame.tokens.token(i - 1).is(",")
                && (frame.tokens.token(i - 2).isCapitalised() || frame.isInMention(i - 2))) {
            // "talks with Mexico's Foreign Secretary, Lucía Montaño": the role set off before the name.
            i--;
        }
        while (i > from) {
            Token token = frame.tokens.token(i - 1);
            // "State Minister of Defense": a lowercase joiner between the capitalised words of a title.
            boolean joiner = (token.is("of") || token.is("for")) && i - 2 > from && frame.tokens.token(i - 2).isCapitalised();
            if (!(token.isCapitalised() || token.is(".") || token.is("'s") || token.is("'") || joiner || frame.isInMention(i - 1))) {
                break;
            }
            i--;
        }
        return i;
    }

    /**
     * The groups coordinated with {@code group} in the same clause: between them stand only
     * commas, "and", "or", articles, and a noun for what a state sends with "from" or "of"
     * ("..., the New Zealand Defence Force and troops from Fiji"), and the last of them follows
     * "and" or "or" (commas alone may be an apposition: "its ally, the U.S.").
     */
    private static List<ActorGroup> coordinatedAfter(SentenceFrame frame, ActorGroup group) {
        List<ActorGroup> accepted = new ArrayList<>();
        List<ActorGroup> pending = new ArrayList<>();
        TokenizedBrief tokens = frame.tokens;
        Clause clause = frame.clauseOf(group.first());
        boolean joined = false;
        for (int i = group.end(); i < clause.end() && !group.isPossessive(); i++) {
            ActorGroup next = frame.groupStartingAt(i);
            if (next != null) {
                if (frame.isBracketed(next.first()) || frame.isSpeaker(next) || next.isPossessive()) {
                    // "Russia's war in Ukraine, and Astana's defence budget": a possessive opens another phrase.
                    break;
                }
                pending.add(next);
                if (joined) {
                    accepted.addAll(pending);
                    pending.clear();
                }
                joined = false;
                i = next.end() - 1;
                continue;
            }
            Token token = tokens.token(i);
            boolean carrier = Carriers.NOUNS.contains(token.lower()) && i + 1 < clause.end()
                    && (tokens.token(i + 1).is("from") || tokens.token(i + 1).is("of"));
            int person = joined ? personAfterRole(frame, i, clause.end()) : -1;
            if (token.is("and") || token.is("or")) {
                joined = true;
            } else if (carrier) {
                i++;
            } else if (person > i) {
                // "Besa Krasniqi, and her Serbian counterpart, Nenad Pavlović": a person after their role.
                i = person - 1;
            } else if (!token.is(",") && !ARTICLES.contains(token.lower())) {
                break;
            }
        }
        return accepted;
    }

    /**
     * The states named after "including" when the trigger's object is a number of them: "to more
     * than 30 countries, including Poland and Ukraine"; or null.
     */
    private static ActorGroup includedAfter(SentenceFrame frame, int after) {
        TokenizedBrief tokens = frame.tokens;
        boolean counted = false;
        for (int i = after; i + 1 < Math.min(frame.end, after + PREPOSITION_WINDOW); i++) {
            Token token = tokens.token(i);
            if (frame.isInMention(i)) {
                return null;
            }
            counted |= COUNTED_BODIES.contains(token.lower());
            if (token.is("including") && counted) {
                ActorGroup group = frame.groupStartingAt(i + 1);
                if (group == null) {
                    group = countedApposition(frame, i + 1);
                }
                return group != null && frame.isStates(group) ? group : null;
            }
        }
        return null;
    }

    /**
     * "including two aspiring to join the military alliance, Finland and Sweden": a count, a few
     * words about them and a comma, then as many states as counted; or null.
     */
    private static ActorGroup countedApposition(SentenceFrame frame, int at) {
        TokenizedBrief tokens = frame.tokens;
        if (at >= frame.end || !NumberReader.isWordNumber(tokens.token(at))) {
            return null;
        }
        NumberReader.Read count = NumberReader.plain(tokens.tokens(), at, frame.end);
        for (int i = count.end(); i + 1 < Math.min(frame.end, at + COUNTED_APPOSITION_REACH); i++) {
            if (tokens.token(i).is(",")) {
                ActorGroup group = frame.groupStartingAt(i + 1);
                return group != null && group.members.size() == (int) count.value() ? group : null;
            }
        }
        return null;
    }

    /** The actor opening the clause of "after", "when" or "as" right after a reaction: "protested after China ..."; or null. */
    private static ActorGroup subjectOfReason(SentenceFrame frame, int after) {
        TokenizedBrief tokens = frame.tokens;
        int at = after;
        while (at < frame.end && TRAILING_WORDS.contains(tokens.token(at).lower())) {
            at++;
        }
        if (at + 1 >= frame.end || !REASONS.contains(tokens.token(at).lower())) {
            return null;
        }
        int first = tokens.token(at + 1).isIgnoringCase("the") ? at + 2 : at + 1;
        ActorGroup group = frame.groupStartingAt(first);
        return group != null && !group.isPossessive() ? group : null;
    }

    /**
     * Where a person named after a role starts, if the words from {@code from} are that role and a
     * comma ("her Serbian counterpart, "); else -1.
     */
    private static int personAfterRole(SentenceFrame frame, int from, int limit) {
        TokenizedBrief tokens = frame.tokens;
        for (int i = from; i < Math.min(limit, from + ROLE_REACH); i++) {
            ActorGroup group = frame.groupStartingAt(i);
            if (group != null) {
                return i > from && tokens.token(i - 1).is(",") && frame.isPeople(group) ? i : -1;
            }
            Token token = tokens.token(i);
            boolean roleWord = token.isLowerCase() || token.is(",") || frame.isInMention(i);
            if (!roleWord) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The one a passive acts on: the subject of "was condemned by"; the event a noun just before
     * names ("a $300m transfer approved by"); else the actor the participle describes, the last
     * one named before it ("the Colombian Aerospace Force's ageing Kfir fleet, built by").
     */
    private Patient passivePatient(SentenceFrame frame, int at) {
        TokenizedBrief tokens = frame.tokens;
        if (at > frame.first && BE.contains(tokens.token(at - 1).text())) {
            ActorGroup subject = frame.subjectAt(at);
            return subject == null ? passiveEvent(frame, at) : new Patient(subject.keys(), "passive-subject", at, false);
        }
        for (int i = at - 1; i >= Math.max(frame.first, at - 2); i--) {
            Optional<LinkKind> event = words.referenceKind(tokens.token(i));
            if (event.isPresent()) {
                List<String> referent = discourse.referent(event.get(), frame.sentence);
                if (!referent.isEmpty()) {
                    return new Patient(referent, "passive-event", at, false);
                }
            }
        }
        ActorGroup described = frame.lastGroupBefore(at);
        if (described != null && at - described.end() <= PASSIVE_REACH && !crossesClauseMark(frame, described.end(), at)) {
            return new Patient(described.keys(), "passive-described", at, false);
        }
        return Patient.NONE;
    }

    /** The parties of the earlier event a noun names: an exercise's participants, or the referent of "the deal". */
    List<String> eventParties(SentenceFrame frame, Token noun) {
        if (EXERCISE_NOUNS.contains(noun.lower())) {
            return exerciseParticipants.apply(frame.sentence);
        }
        return words.referenceKind(noun).map(kind -> discourse.referent(kind, frame.sentence)).orElse(List.of());
    }

    /**
     * "The drills were condemned by ...", "The seizure was denounced by ...": the subject of the
     * passive is an earlier event, and the one acted on is its parties (an exercise's participants).
     */
    private Patient passiveEvent(SentenceFrame frame, int at) {
        TokenizedBrief tokens = frame.tokens;
        Clause clause = frame.clauseOf(at);
        if (!DEMONSTRATIVES.contains(tokens.token(clause.first()).lower())) {
            return Patient.NONE;
        }
        for (int i = clause.first() + 1; i < Math.min(at - 1, clause.first() + 4); i++) {
            Token token = tokens.token(i);
            if (EXERCISE_NOUNS.contains(token.lower()) || words.referenceKind(token).isPresent()) {
                List<String> parties = eventParties(frame, token);
                return parties.isEmpty() ? Patient.NONE : new Patient(parties, "passive-event", at, false);
            }
            if (!token.isLowerCase() && !token.is("-") || frame.isInMention(i)) {
                return Patient.NONE;
            }
        }
        return Patient.NONE;
    }

    private static boolean crossesClauseMark(SentenceFrame frame, int from, int to) {
        for (int i = from; i < to; i++) {
            Token token = frame.tokens.token(i);
            if (token.is(";") || token.is(":") || token.is("\"")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "denounced the project", "welcomed the strikes", "condemns these ties", "pledged €600
     * million towards it": a demonstrative or article, up to two modifiers and a noun that refers
     * back to an earlier event; or "it", "them" as the trigger's object.
     */
    private Patient referenceAfter(SentenceFrame frame, int after) {
        TokenizedBrief tokens = frame.tokens;
        int end = Math.min(frame.clauseOf(Math.max(frame.first, after - 1)).end(), after + REFERENCE_REACH);
        for (int i = after; i < end; i++) {
            Token token = tokens.token(i);
            boolean opensObject = i == after || PREPOSITIONS.contains(tokens.token(i - 1).text());
            if (frame.isInMention(i)) {
                return Patient.NONE;
            }
            boolean relativeSubject = i == after && i + 1 < frame.end && frame.tokens.token(i + 1).isLowerCase()
                    && nounTrigger(frame, after);
            if (opensObject && OBJECT_PRONOUNS.contains(token.text()) && !relativeSubject) {
                List<String> referent = discourse.pronounReferent(frame.sentence);
                return referent.isEmpty() ? Patient.NONE : new Patient(referent, "pronoun", i + 1, false);
            }
            if (opensObject && DEMONSTRATIVES.contains(token.lower())) {
                return referenceNoun(frame, i + 1);
            }
            if (!token.isLowerCase() && !token.isNumber() && !Currencies.isSign(token.text())) {
                return Patient.NONE;
            }
        }
        return Patient.NONE;
    }

    /**
     * Who judges in a relative clause right before the trigger: "..., which China's defence
     * ministry called “provocative”"; or null.
     */
    static ActorGroup relativeJudge(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        ActorGroup judge = frame.lastGroupBefore(match.first());
        if (judge == null || judge.end() != match.first()) {
            return null;
        }
        int first = judge.first();
        if (first - 1 > frame.first && frame.tokens.token(first - 1).is("'s")) {
            // "China's foreign ministry": the owner's name (a part of the body's) comes first.
            first--;
            while (first - 1 > frame.first && (frame.tokens.token(first - 1).isCapitalised() || frame.isInMention(first - 1))) {
                first--;
            }
        }
        // "..., which China called", "a boundary deal that Turkey rejected as null and void".
        Token pronoun = first - 2 >= frame.first ? frame.tokens.token(first - 1) : null;
        Token before = pronoun == null ? null : frame.tokens.token(first - 2);
        boolean relative = pronoun != null && (pronoun.is("which") && before.is(",")
                || pronoun.is("that") && before.isLowerCase() && !VERBS_BEFORE_THAT.contains(before.lower()));
        return relative ? judge : null;
    }

    /**
     * "held an anti-submarine drill off Gunsan, which China's defence ministry called “provocative”":
     * what a relative clause judges is what its antecedent's clause did, so those who did it (the
     * exercise's participants, or else that clause's subject) are condemned.
     */
    Patient judgedInRelative(SentenceFrame frame, int which) {
        List<String> participants = exerciseParticipants.apply(frame.sentence);
        if (!participants.isEmpty()) {
            return new Patient(participants, "judged-exercise", which, false);
        }
        ActorGroup doer = frame.subjectAt(which - 1);
        return doer == null ? Patient.NONE : new Patient(doer.keys(), "judged-relative", which, false);
    }

    /**
     * Whether the trigger ending before {@code after} is a noun after its determiner: "the
     * sanctions it first imposed", where "it" opens a relative clause rather than being an object.
     */
    private static boolean nounTrigger(SentenceFrame frame, int after) {
        for (int i = after - 1; i >= Math.max(frame.first, after - 4); i--) {
            String word = frame.tokens.token(i).lower();
            if (DEMONSTRATIVES.contains(word) || word.equals("its") || word.equals("their")) {
                return true;
            }
            if (!frame.tokens.token(i).isLowerCase()) {
                return false;
            }
        }
        return false;
    }

    /** The event the noun after a determiner refers back to, over up to two modifiers. */
    private Patient referenceNoun(SentenceFrame frame, int from) {
        for (int j = from; j < Math.min(frame.end, from + 3); j++) {
            Token token = frame.tokens.token(j);
            if (frame.isInMention(j)) {
                return Patient.NONE;
            }
            if (ACTS.contains(token.lower()) || judgedNext(frame, j)) {
                // "called the move provocative": whoever acted last, whatever they did; so too
                // "called the brigade “a provocation”": what is judged is the last actor's doing.
                List<String> actors = discourse.actorsOfLatest(frame.sentence);
                if (actors.isEmpty()) {
                    // "Greece will spend €25 billion on a missile shield. Ankara dismissed the plan": no link
                    // was told, but the last sentence's subject made the plan.
                    actors = discourse.previousSubject(frame.sentence);
                }
                return actors.isEmpty() ? Patient.NONE : new Patient(actors, "reference-to-an-act", j + 1, false);
            }
            Optional<LinkKind> event = words.referenceKind(token);
            if (event.isPresent()) {
                // "the purchases": every recent purchase, as a procurement story lists several
                // buyers; but "the strikes" are the last campaign, not every attack told before it.
                boolean plural = event.get() == LinkKind.ARMS_TRANSFER && token.lower().endsWith("s")
                        && !token.lower().endsWith("ss");
                List<String> referent = plural ? discourse.referentOfAll(event.get(), frame.sentence)
                        : discourse.referent(event.get(), frame.sentence);
                for (int k = 0; referent.isEmpty() && DEAL_NOUNS.contains(token.lower()) && k < DEAL_KINDS.size(); k++) {
                    // "criticised the deal" after a security agreement or an aid package: a deal is any
                    // agreement, the latest of whatever kind was told.
                    referent = discourse.referent(DEAL_KINDS.get(k), frame.sentence);
                }
                if (referent.isEmpty() || namesItsOwnParty(frame, j + 1)) {
                    return Patient.NONE;
                }
                discourse.referredTo(referent, frame.sentence);
                return new Patient(referent, "reference", j + 1, false);
            }
            if (!token.isLowerCase() && !token.is("-")) {
                return Patient.NONE;
            }
        }
        return Patient.NONE;
    }

    /** Whether the noun at {@code at} is followed by the words judging it: a quotation, or "as" and a judgement. */
    private boolean judgedNext(SentenceFrame frame, int at) {
        Token noun = frame.tokens.token(at);
        if (at + 1 >= frame.end || !noun.isLowerCase() || words.referenceKind(noun).isPresent() || REBUTTED.contains(noun.lower())
                || AgentFinder.EXERCISE_NOUNS.contains(noun.lower()) || NOT_NOUNS.contains(noun.lower())) {
            // "called the charge “fiction”": rejecting what another said condemns no one.
            return false;
        }
        Token next = frame.tokens.token(at + 1);
        return next.is("\"") || words.is(next, "judgement")
                || next.is("as") && at + 2 < frame.end && (frame.tokens.token(at + 2).is("\"")
                        || words.is(frame.tokens.token(at + 2), "judgement")
                        || frame.tokens.token(at + 2).is("a") || frame.tokens.token(at + 2).is("an"));
    }

    /**
     * "approved the sale of 40 F-16s to Turkey": the noun goes on to name its own party after a
     * preposition, so it is a new event, not one referred back to.
     */
    private static boolean namesItsOwnParty(SentenceFrame frame, int after) {
        if (after >= frame.end || !OWN_PARTY_PREPOSITIONS.contains(frame.tokens.token(after).text())) {
            return false;
        }
        if (after + 1 < frame.end && OWN_POSSESSIVES.contains(frame.tokens.token(after + 1).text())) {
            // "condemns the attack on its patrol boat": a new event against the subject itself.
            return true;
        }
        ActorGroup next = frame.groupAfter(after, PREPOSITION_WINDOW);
        if (next == null) {
            return false;
        }
        for (int i = after; i < next.first(); i++) {
            Token token = frame.tokens.token(i);
            if (BE.contains(token.text()) || token.is(",")) {
                return false;
            }
        }
        return true;
    }

    /** "to deter and respond to such threats": a reference to the adversary named last. */
    private static boolean threatReferenceAfter(SentenceFrame frame, int after) {
        TokenizedBrief tokens = frame.tokens;
        for (int i = after; i + 1 < Math.min(frame.end, after + 6); i++) {
            if (THREAT_DETERMINERS.contains(tokens.token(i).lower()) && THREAT_NOUNS.contains(tokens.token(i + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "condemned the drills": a reference to the exercise under discussion right after the trigger. */
    private static boolean exerciseReferenceAfter(SentenceFrame frame, int after) {
        if (after + 1 >= frame.end || !DEMONSTRATIVES.contains(frame.tokens.token(after).lower())) {
            return false;
        }
        // "the drills", "the week-long exercise", "this year's annual drills".
        for (int i = after + 1; i < Math.min(frame.end, after + 1 + EXERCISE_MODIFIERS + 1); i++) {
            Token token = frame.tokens.token(i);
            if (EXERCISE_NOUNS.contains(token.lower())) {
                return true;
            }
            if (!token.isLowerCase() && !token.is("-") && !token.is("'s") || frame.isInMention(i)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the trigger ends its clause, but for lowercase words: it has no object at all. */
    private static boolean nothingAfter(SentenceFrame frame, int after) {
        Clause clause = frame.clauseOf(Math.max(frame.first, after - 1));
        for (int i = after; i < clause.end(); i++) {
            Token token = frame.tokens.token(i);
            if (token.isWord() && !token.isLowerCase() || frame.isInMention(i) || token.isNumber()) {
                return false;
            }
            // "cries provocation again", "welcomed warmly"; but "to provide coastal radars" has an object.
            boolean adverb = token.text().endsWith("ly") || TRAILING_WORDS.contains(token.text());
            if (token.isWord() && !adverb) {
                return false;
            }
        }
        return true;
    }

    /** "exercise in Kyrgyzstan in September alongside Kyrgyz units": the first group marked as a partner. */
    private static ActorGroup partnerAfter(SentenceFrame frame, int after) {
        Clause clause = frame.clauseOf(Math.max(frame.first, after - 1));
        for (ActorGroup group : frame.groups) {
            if (group.first() < after || group.first() >= clause.end() || frame.isBracketed(group.first())) {
                continue;
            }
            if (group.first() - after > PREPOSITION_WINDOW) {
                // "will host Polaris 27, in the Gulf of Bothnia in March, with troops from Canada": a partner
                // marked as such is the partner however long the place and time before it, when it is the
                // first actor after the trigger.
                return group.first() - after <= PARTNER_WINDOW && partnerMarked(frame, after, group) ? group : null;
            }
            if (partnerMarked(frame, after, group)) {
                return group;
            }
        }
        return null;
    }

    /**
     * "will donate 40 engineering vehicles and a mobile field hospital, valued at ¥2.3 billion, to
     * the Mongolian Armed Forces": what is given may take many words, but the first actor after it,
     * marked by "to", receives it.
     */
    /** The state after "NATO member" or "EU member state" when {@code group} is that grouping; or null. */
    private static ActorGroup memberNamedAfter(SentenceFrame frame, ActorGroup group) {
        int at = group.end();
        if (at < frame.end && frame.tokens.token(at).is("member")) {
            at++;
            if (at < frame.end && frame.tokens.token(at).is("state")) {
                at++;
            }
            ActorGroup member = at < frame.end ? frame.groupStartingAt(at) : null;
            return member != null && frame.isStates(member) && !frame.isStates(group) ? member : null;
        }
        return null;
    }

    /** The actor after the first "from" of the trigger's clause, within {@link #SELLER_REACH} words; or null. */
    private static ActorGroup sellerAfter(SentenceFrame frame, int after) {
        Clause clause = frame.clauseOf(Math.max(frame.first, after - 1));
        for (int i = after; i + 1 < Math.min(clause.end(), after + SELLER_REACH); i++) {
            if (frame.joinsAnotherVerb(i)) {
                return null;
            }
            if (frame.tokens.token(i).is("from")) {
                int at = frame.tokens.token(i + 1).is("the") ? i + 2 : i + 1;
                return frame.groupStartingAt(at);
            }
        }
        return null;
    }

    private static ActorGroup recipientAfter(SentenceFrame frame, int after) {
        Clause clause = frame.clauseOf(Math.max(frame.first, after - 1));
        for (ActorGroup group : frame.groups) {
            if (group.first() < after || frame.isBracketed(group.first())) {
                continue;
            }
            if (group.first() - after > PARTNER_WINDOW || group.first() >= clause.end()) {
                return null;
            }
            int before = group.first() - 1;
            while (before > after && (ARTICLES.contains(frame.tokens.token(before).lower()) || frame.isInMention(before))) {
                before--;
            }
            return frame.tokens.token(before).is("to") ? group : null;
        }
        return null;
    }

    /** "India's state-owned Hindustan Aeronautics": the actor a possessive group owns, over lowercase words. */
    private static ActorGroup possessedBy(SentenceFrame frame, ActorGroup owner) {
        int i = owner.end() + 1;
        while (i < frame.end && i - owner.end() <= 4 && (frame.tokens.token(i).isLowerCase() || frame.tokens.token(i).is("-"))) {
            i++;
        }
        ActorGroup possessed = frame.groupStartingAt(i);
        // "Russia's Ukraine campaign": a state after a possessive modifies a noun; it is owned by no one.
        return possessed != null && !frame.isStates(possessed) && frame.clauseOf(owner.first()).contains(i) ? possessed : null;
    }

    /**
     * Whether the group after an exercise trigger is a partner in it: "drills with X", "trained
     * alongside a French Navy vessel", "exercises in the Caribbean together with X". A marker
     * further back than the group's own words ("drills near X with Y") marks someone else.
     */
    private static boolean partnerMarked(SentenceFrame frame, int after, ActorGroup next) {
        TokenizedBrief tokens = frame.tokens;
        int before = next.first() - 1;
        while (before >= after && (frame.isInMention(before) || ARTICLES.contains(tokens.token(before).lower())
                || tokens.token(before).isNumber())) {
            before--;
        }
        if (before > after + 1 && (tokens.token(before).is("from") || tokens.token(before).is("of"))
                && Carriers.NOUNS.contains(tokens.token(before - 1).lower())) {
            // "with forces from Rwanda, Burundi and Djibouti", "with ships and aircraft from the Canadian Coast Guard".
            int from = before;
            before -= 2;
            while (before >= after && tokens.token(before).isLowerCase() && !PARTNER_MARKERS.contains(tokens.token(before).text())
                    && before > from - CARRIER_PHRASE) {
                before--;
            }
        }
        // "operating alongside the FARDC": the marker may be the trigger's own last word.
        return before >= after - 1 && PARTNER_MARKERS.contains(tokens.token(before).text());
    }

    /**
     * The object of a trigger: the first actors after it in its clause, reached over lowercase
     * words, numbers and commas only (a capitalised word between, "acquisition of Tomahawk
     * missiles mirrors NATO", means the object is something else), or after a preposition. An
     * actor that says something ("..., U.S. Central Command said") is the source of the report,
     * no object. Exercising is "with" someone.
     */
    private static ActorGroup objectAfter(SentenceFrame frame, PhraseIndex.Match<Trigger> match, LinkKind kind, int after) {
        TokenizedBrief tokens = frame.tokens;
        if (after < frame.end && tokens.token(after).is("that") && kind == LinkKind.RIVALRY) {
            // "have warned that Russia could attack": what is warned of is the subject of the clause after.
            return frame.groupAfter(after + 1, 2);
        }
        if (after < frame.end && BE.contains(tokens.token(after).text())) {
            // "the purchases were defensive and not aimed at Iran": the trigger is the subject of another verb.
            return null;
        }
        ActorGroup next = kind == LinkKind.JOINT_EXERCISE ? partnerAfter(frame, after)
                : frame.groupAfter(after, PREPOSITION_WINDOW);
        if (next == null && GIVING.contains(kind)) {
            next = recipientAfter(frame, after);
        }
        if (next == null && kind == LinkKind.ARMS_TRANSFER) {
            // "a deal to procure 40 F-16 fighter jets and 79 modernisation kits for its existing F-16s from the
            // United States": a long list of what is bought may stand before its seller.
            next = sellerAfter(frame, after);
        }
        if (next == null || frame.isSpeaker(next)) {
            return null;
        }
        ActorGroup member = memberNamedAfter(frame, next);
        if (member != null) {
            // "imposed sanctions on NATO member Turkey's defence industry": the member, not the alliance.
            next = member;
        }
        for (int i = after; i + 1 < next.first(); i++) {
            if (frame.joinsAnotherVerb(i)) {
                // "opposes the deployment and urged Tokyo to stop": the object of another verb.
                return null;
            }
        }
        if (kind != LinkKind.DIALOGUE && next.first() - 2 >= after && tokens.token(next.first() - 1).is("by")
                && tokens.token(next.first() - 2).isLowerCase() && tokens.token(next.first() - 2).text().endsWith("ed")) {
            // "restored relations in a deal brokered by China": the agent of another verb, not a party;
            // but whoever hosts talks takes part in them.
            return null;
        }
        if (kind != LinkKind.DIALOGUE && next.isPossessive() && next.end() + 1 < frame.end
                && HELP_NOUNS.contains(tokens.token(next.end() + 1).lower())) {
            // "restored relations with China's help": the helper is how it was done, not a party to it; but
            // "talks with China's help" are talks with the one who helps, as with a mediator.
            return null;
        }
        ActorGroup possessed = next.isPossessive() ? possessedBy(frame, next) : null;
        if (kind == LinkKind.JOINT_EXERCISE && !partnerMarked(frame, after, next)) {
            return null;
        }
        // "will send K9 self-propelled howitzers to (the Philippine) Navy": a preposition introduces the object.
        int before = next.first() - 1;
        // "with Ukraine's navy": the possessive state is part of the object's name.
        while (before > after && (frame.isInMention(before) || ARTICLES.contains(tokens.token(before).lower())
                || tokens.token(before).isNumber() || tokens.token(before).is("'s") && frame.isInMention(before - 1))) {
            before--;
        }
        // A trigger may end in its preposition: "building with Turkey's Baykar".
        String preposition = before >= after - 1 ? tokens.token(before).text() : "";
        if (LinkFinder.SYMMETRIC.contains(kind) && TOPIC_PREPOSITIONS.contains(preposition)) {
            // "agreed to share intelligence on Chinese naval movements": China is the topic, not a partner.
            return null;
        }
        if (preposition.equals("over") && (kind == LinkKind.ATTACK || kind == LinkKind.RIVALRY)
                && before == after && DISPUTE_NOUNS.contains(tokens.token(before - 1).lower())) {
            // "went to war over Taiwan", "the dispute over Guyana's Essequibo": what is fought over is no party.
            return null;
        }
        for (int i = after; i < next.first() && kind != LinkKind.COERCION; i++) {
            // "Japan's base in Djibouti": where a base is, is whom it is built with.
            boolean partner = kind == LinkKind.JOINT_EXERCISE && tokens.token(i).is("alongside")
                    || kind == LinkKind.INFRASTRUCTURE && i == after && tokens.token(i).is("in");
            if (PLACE_PREPOSITIONS.contains(tokens.token(i).text()) && !partner) {
                // "a drone wall along their borders with Russia": the actor is in a place, not the object;
                // but pressure "around Taiwan" or "off the Philippines" is on that actor.
                return null;
            }
        }
        if (PREPOSITIONS.contains(preposition) || PARTNER_MARKERS.contains(preposition)) {
            // "from India's state-owned Hindustan Aeronautics": the one the state owns is the object.
            return possessed != null ? possessed : next;
        }
        if (next.first() - after > TARGET_WINDOW) {
            return null;
        }
        int title = frame.isPeople(next) ? titleBefore(frame, after, next.first()) : next.first();
        if (title < next.first() && title > after && tokens.token(title - 1).is(",")) {
            // "ASEAN's eight dialogue partners, U.S. Under Secretary of Defense Paul Brennan and ... held":
            // a titled person after a comma opens another clause.
            return null;
        }
        for (int i = after; i < title; i++) {
            Token token = tokens.token(i);
            boolean partOfName = frame.isInMention(i);
            boolean ownersPossessive = token.is("'s") && i > after && frame.isInMention(i - 1);
            if (!token.isLowerCase() && !token.is(",") && !token.is("-") && !token.isNumber() && !partOfName && !ownersPossessive) {
                return null;
            }
        }
        return next;
    }
}
