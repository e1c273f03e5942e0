package org.brieflens.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.brieflens.model.LinkFamily;
import org.brieflens.model.LinkKind;

/**
 * The actors a trigger connects, from the structure of its sentence:
 * <ul>
 * <li>a hyphenated compound before it links its members ("US-China competition");</li>
 * <li>"between" or "by" after a mutual trigger links the list that follows ("a summit between A,
 * B and C", "jointly established by A, B and C"), or, for a mediator, links the subject to each
 * of them ("Oman mediated between A and B");</li>
 * <li>otherwise its subject side comes from {@link AgentFinder} and its object side from
 * {@link PatientFinder}; a passive ("built by X", "was condemned by X") swaps them to the
 * active order;</li>
 * <li>a subject listing several actors with no object links them together ("Warships from A, B
 * and C ... exercise"), and a sentence opening with a reference to the last partnership ("This
 * framework enables ...") links its ends.</li>
 * </ul>
 */
final class ArgumentFinder {
    /** Participles read as passive before "by": "approved by", "run by", "built by". */
    /** How far after a conflict trigger a possessive pronoun may name its target's owner: "at two of its ships". */
    private static final int PRONOUN_AFTER = 5;
    /** Kinds of act an "over" clause may give as the reason for a measure against the one who did it. */
    private static final Set<LinkKind> REASON_KINDS = EnumSet.of(LinkKind.ARMS_TRANSFER, LinkKind.JOINT_EXERCISE,
            LinkKind.ATTACK, LinkKind.COERCION, LinkKind.INFRASTRUCTURE, LinkKind.PARTNERSHIP, LinkKind.SUPPORT);
    /** How many words may stand between "over" and the act it names: "over its expanding arms sales". */
    private static final int REASON_MODIFIERS = 4;
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "that", "those", "the", "such");
    private static final Set<String> REFERENCE_NOUNS = Set.of("ties", "partnership", "framework", "arrangement",
            "alliance", "pact", "agreement", "cooperation", "grouping", "format", "mechanism", "relationship", "bloc");
    /** Kinds a list after "between" can state among its members: "tensions between A and B". */
    private static final Set<LinkKind> BETWEEN_KINDS = Set.of(LinkKind.PARTNERSHIP, LinkKind.DIALOGUE,
            LinkKind.JOINT_EXERCISE, LinkKind.INFRASTRUCTURE, LinkKind.INTELLIGENCE_SHARING, LinkKind.RIVALRY,
            LinkKind.ATTACK);
    private static final int BETWEEN_REACH = 8;
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "this", "that");
    /** Bodies made of the actors named after their "of": "a consortium of Germany, Britain, Italy and Spain". */
    private static final Set<String> BODY_OF_AGENTS = Set.of("consortium", "coalition", "group", "team", "alliance",
            "grouping", "bloc", "venture");
    /** Verbs of doing whose passive after a noun trigger names its agent after "by": "sanctions were imposed by". */
    private static final Set<String> DOING_PARTICIPLES = Set.of("imposed", "conducted", "held", "hosted", "signed",
            "staged", "carried", "launched", "announced", "approved", "provided", "delivered", "sent", "extended",
            "levied", "placed", "introduced", "adopted", "organised", "organized", "led", "made", "given", "granted",
            "offered", "pledged", "agreed", "reached", "struck", "concluded", "brokered", "mediated", "ordered", "taken");
    /** Prepositions before where a contest happens: "competing for influence in Nepal". */
    private static final Set<String> ARENA_PREPOSITIONS = Set.of("in", "across", "throughout", "around");
    private static final int ARENA_REACH = 8;
    /** What a state may declare someone, naming the one it acts on before the words: "declared X persona non grata". */
    private static final Set<String> DECLARED_VERDICTS = Set.of("persona non grata");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "been", "is", "are", "being", "be");
    /** How many words of a title may stand between a passive's "by" and its agent. */
    private static final int TITLE_REACH = 5;
    private static final int MAX_LIST_TO_PAIR = 6;
    /** Verbs that credit someone with what they did: "thanked X for its support". */
    /** Kinds whose noun takes the demonym before it as its agent: "Israeli strikes", "Chinese harassment". */
    static final Set<LinkKind> NAMED_BY_AGENT = Set.of(LinkKind.ATTACK, LinkKind.COERCION, LinkKind.CONDEMNATION);
    private static final Set<String> THANKING = Set.of("thank", "prais", "credit", "commend");

    /** How far after a reaction its own object may be named. */
    private static final int OBJECT_REACH = 6;
    /** Verbs by which one actor's act makes another react: "prompting Tokyo to scramble fighters". */
    private static final Set<String> CAUSATIVES = Set.of("prompting", "prompted", "forcing", "forced", "causing", "caused",
            "leading", "led", "pushing", "pushed", "spurring", "spurred", "provoking", "provoked");

    private final AgentFinder agents;
    private final PatientFinder patients;
    private final Discourse discourse;

    ArgumentFinder(AgentFinder agents, PatientFinder patients, Discourse discourse) {
        this.agents = agents;
        this.patients = patients;
        this.discourse = discourse;
    }

    /**
     * A demonym right before a conflict noun, over at most one modifier ("Israeli air strikes"):
     * the noun's agent. A verb ("Chinese vessels harassed") takes its subject instead.
     */
    static ActorGroup agentDemonymBefore(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        Token trigger = frame.tokens.token(match.first());
        Token last = frame.tokens.token(match.end() - 1);
        if (!trigger.isLowerCase() || trigger.text().endsWith("ed") || last.text().endsWith("ed")) {
            return null;
        }
        ActorGroup group = frame.modifierBefore(match.first(), 1);
        if (group == null || group.members.size() != 1 || group.last().form() != SurfaceForm.DEMONYM
                || group.isPossessive()) {
            return null;
        }
        return group;
    }

    /**
     * The object of the verb before an "over" that gives its reason ("sanctioned X over arms sales
     * to Taiwan", "over its drills"): the one whose act the reason is; or null.
     */
    private static ActorGroup objectBeforeReason(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        int over = match.first() - 1;
        while (over > frame.first && match.first() - over <= REASON_MODIFIERS && frame.tokens.token(over).isLowerCase()
                && !frame.tokens.token(over).is("over")) {
            over--;
        }
        if (over <= frame.first || !frame.tokens.token(over).is("over")) {
            return null;
        }
        ActorGroup subject = frame.subjectAt(over);
        ActorGroup object = frame.lastGroupBefore(over);
        // "excluded from the U.S.-led F-35 programme over its purchase": a compound's actor is no object.
        boolean compound = object != null && (object.hyphenated || frame.tokens.token(object.end()).is("-"));
        boolean sameClause = object != null && !compound && frame.clauseOf(object.first()) == frame.clauseOf(over);
        return sameClause && subject != null && object != subject && object.first() >= subject.end() ? object : null;
    }

    /** Whether a quotation of a few words opens just before token {@code at}: '“firmly opposes'. */
    private static boolean quotedBefore(SentenceFrame frame, int at) {
        for (int i = at - 1; i >= Math.max(frame.first, at - 3); i--) {
            if (frame.tokens.token(i).is("\"")) {
                return true;
            }
        }
        return false;
    }

    /** A subject of several actors that acts "jointly" or "together" just before the trigger, or null. */
    private static ActorGroup jointSubject(SentenceFrame frame, int at) {
        for (int i = at - 1; i >= Math.max(frame.first, at - 2); i--) {
            if (frame.tokens.token(i).is("jointly") || frame.tokens.token(i).is("together")) {
                ActorGroup subject = frame.subjectAt(at);
                return subject != null && subject.members.size() >= 2 && subject.end() <= i ? subject : null;
            }
        }
        return null;
    }

    Arguments find(SentenceFrame frame, PhraseIndex.Match<Trigger> match, LinkKind kind) {
        ActorGroup compound = frame.modifierBefore(match.first(), 3);
        if (compound != null && compound.hyphenated) {
            return Arguments.mutual(compound.keys(), compound.first(), match.end(), "hyphen-compound", 0.85);
        }
        ActorGroup together = jointSubject(frame, match.first());
        if (together != null) {
            // "Australia, the United States and Japan will jointly fund a new undersea cable".
            return Arguments.mutual(together.keys(), together.first(), match.end(), "joint-subject", 0.75);
        }
        int after = match.end();
        if (match.value().verbOnly() && after < frame.end && frame.tokens.token(after).is("\"")
                && quotedBefore(frame, match.first())) {
            // 'it “firmly opposes” the deployment': the quotation closes around the verb; its object follows.
            after++;
        }
        int listed = listedAfter(frame, after, kind);
        if (listed >= 0) {
            ActorGroup list = frame.groupAfter(listed + 1, 3);
            if (list != null && list.members.size() >= 2 && match.value().subject() == Trigger.Role.MEDIATOR) {
                // "Oman, which has mediated between Tehran and Washington": talks with each side.
                AgentFinder.Agent mediator = agents.find(frame, match.first(), null);
                if (!mediator.isEmpty()) {
                    return new Arguments(mediator.keys(), list.keys(), false, Math.min(match.first(),
                            Math.max(mediator.first(), frame.first)), list.end(), "mediator", 0.75);
                }
            }
            if (list != null && list.members.size() >= 2) {
                return Arguments.mutual(list.keys(), match.first(), list.end(), "listed-after-trigger", 0.8);
            }
        }
        Arguments reaction = causedReaction(frame, match);
        if (reaction != null) {
            return reaction;
        }
        Arguments thanked = thankedFor(frame, match);
        if (thanked != null) {
            return thanked;
        }
        Arguments agentNoun = agentNounOfPossessor(frame, match);
        if (agentNoun != null) {
            return agentNoun;
        }
        Arguments participle = demonymNounDoing(frame, match, kind);
        if (participle != null) {
            return participle;
        }
        Arguments relative = reducedRelative(frame, match);
        if (relative != null) {
            return relative;
        }
        Arguments runBy = kind == LinkKind.JOINT_EXERCISE ? exerciseRunBy(frame, match) : null;
        if (runBy != null) {
            return runBy;
        }
        if (DECLARED_VERDICTS.contains(match.value().phrase())) {
            // "Russia declared 34 French diplomats persona non grata": who is declared stands before the words.
            AgentFinder.Agent declarer = agents.find(frame, match.first(), null);
            ActorGroup declared = declarer.isEmpty() || declarer.first() < 0 ? null : declaredBefore(frame, match, declarer);
            if (declared != null) {
                return new Arguments(declarer.keys(), declared.keys(), false, Math.max(declarer.first(), frame.first),
                        match.end(), declarer.rule() + "/declared", 0.7);
            }
        }
        ActorGroup demonym = NAMED_BY_AGENT.contains(kind) ? agentDemonymBefore(frame, match) : null;
        if (demonym != null) {
            // "condemned Israeli airstrikes near Damascus", "Chinese harassment of fishermen": whose strikes they are.
            PatientFinder.Patient patient = patients.find(frame, match, kind, after, false);
            List<String> targets = patient.keys().stream().filter(key -> !demonym.keys().contains(key)).toList();
            return new Arguments(demonym.keys(), targets, false, demonym.first(),
                    Math.max(match.end(), patient.end()), "demonym-agent/" + patient.rule(), 0.65);
        }
        ActorGroup judge = kind == LinkKind.CONDEMNATION ? PatientFinder.relativeJudge(frame, match) : null;
        if (judge != null) {
            int which = judge.first() - 1;
            while (!frame.tokens.token(which).is("which") && !frame.tokens.token(which).is("that")) {
                which--;
            }
            PatientFinder.Patient judged = patients.judgedInRelative(frame, which);
            List<String> targets = judged.keys().stream().filter(key -> !judge.keys().contains(key)).toList();
            if (!targets.isEmpty()) {
                return new Arguments(judge.keys(), targets, false, judge.first(), match.end(), "relative/" + judged.rule(), 0.6);
            }
        }
        ActorGroup byAgent = passiveAgent(frame, match);
        AgentFinder.Agent agent = agents.find(frame, match.first(), byAgent);
        ActorGroup reasonDoer = agent.rule().equals("subject") && REASON_KINDS.contains(kind) ? objectBeforeReason(frame, match) : null;
        if (reasonDoer != null) {
            // "imposed sanctions on three U.S. defence contractors over arms sales to Taiwan": the sales are
            // the sanctioned's, not the subject's.
            agent = new AgentFinder.Agent(reasonDoer.keys(), "reason-of", reasonDoer.first());
        }
        int objectFrom = byAgent != null ? byAgent.end() : after;
        PatientFinder.Patient patient = patients.find(frame, match, kind, objectFrom, byAgent != null);
        List<String> sources = new ArrayList<>(agent.keys());
        List<String> targets = new ArrayList<>(patient.keys());
        int first = match.first();
        String targetRule = patient.rule();
        ActorGroup inner = innerGroup(frame, match);
        if (targets.isEmpty() && inner != null) {
            // "entered Romanian airspace": the actor in the trigger's gap is what it acts on.
            targets.addAll(inner.keys());
            targetRule = "inside-trigger";
        }

        ActorGroup possessor = agent.rule().equals("possessive") ? AgentFinder.possessorBefore(frame, match.first()) : null;
        if (targets.isEmpty() && possessor != null && kind == LinkKind.PARTNERSHIP) {
            // "China, Pakistan's closest ally, called ...": the ally is the actor the apposition follows.
            ActorGroup named = possessor.first() > frame.first && frame.tokens.token(possessor.first() - 1).is(",")
                    ? frame.modifierBefore(possessor.first() - 1, 0) : null;
            if (named != null) {
                targets.addAll(named.keys());
                first = named.first();
                targetRule = "apposition";
            }
        }
        if (patient.afterFrom() && kind == LinkKind.ARMS_TRANSFER && match.value().subject() != Trigger.Role.TARGET
                && sources.isEmpty()) {
            // "The package includes missiles from MBDA": the seller is named, the buyer is the deal's.
            sources.addAll(targets);
            targets.clear();
        }
        if (patient.afterFrom() && kind == LinkKind.SUPPORT && !targets.isEmpty()) {
            // "delivered 1.5 million shells to Ukraine, with funding from Denmark and Canada": the
            // funders support whom the clause delivers to, or else its subject.
            ActorGroup recipient = frame.recipientBefore(match.first());
            List<String> funders = new ArrayList<>(targets);
            targets.clear();
            targets.addAll(recipient != null ? recipient.keys() : sources);
            sources.clear();
            sources.addAll(funders);
            targetRule = "funded-recipient";
        }
        targets.removeAll(sources);
        ActorGroup owner = targets.isEmpty() && !sources.isEmpty() ? pronounInGap(frame, match, agent) : null;
        if (owner != null) {
            // "Japan scrambled fighters after Chinese aircraft entered its airspace": "its" is the
            // actor named before, other than the one acting.
            targets.addAll(owner.keys());
            targetRule = "pronoun-in-trigger";
        }
        if (sources.isEmpty() && targets.isEmpty() && LinkFinder.SYMMETRIC.contains(kind)
                && kind.family() == LinkFamily.COOPERATION && openingReference(frame)) {
            List<String> partnership = discourse.lastPartnership();
            if (partnership.size() == 2) {
                return Arguments.mutual(partnership, match.first(), match.end(), "reference-sentence", 0.6);
            }
        }
        if (match.value().subject() == Trigger.Role.MUTUAL && sources.size() >= 2 && sources.size() <= MAX_LIST_TO_PAIR
                && !agent.rule().equals("speaker-state")
                && (targets.isEmpty() || kind.family() == LinkFamily.COOPERATION || inArena(frame, after))) {
            // "India and China are competing for influence in Nepal": each other, not the arena. But a conflict
            // with a named foe is not among those listed: "Kenya, Uganda and Ethiopia have fought al-Shabaab",
            // "two countries long at odds with Beijing".
            return Arguments.mutual(sources, Math.min(Math.max(agent.first(), frame.first), match.first()), match.end(),
                    "listed-subject", 0.7);
        }
        if (targets.isEmpty() && sources.size() == 2 && kind == LinkKind.ARMS_TRANSFER
                && match.value().subject() == Trigger.Role.EITHER && !agent.rule().equals("speaker-state")
                && !partnershipAfter(frame, match)) {
            // "South Korea and Poland signed a $6 billion contract for 180 K2 tanks": the two parties
            // to a deal trade with each other, though the sentence does not say who sells.
            return Arguments.mutual(sources, Math.min(Math.max(agent.first(), frame.first), match.first()), match.end(),
                    "deal-parties", 0.55);
        }
        boolean mutual = LinkFinder.SYMMETRIC.contains(kind) || match.value().subject() == Trigger.Role.MUTUAL;
        if (targets.isEmpty() && sources.size() >= 2 && sources.size() <= MAX_LIST_TO_PAIR
                && mutual && !agent.rule().equals("speaker-state")) {
            return Arguments.mutual(sources, Math.min(Math.max(agent.first(), frame.first), match.first()), match.end(),
                    "listed-subject", 0.7);
        }
        boolean protest = match.value().phrase().startsWith("protest") || match.value().phrase().startsWith("complain");
        List<String> protested = targets.isEmpty() && kind == LinkKind.CONDEMNATION && protest && !sources.isEmpty()
                ? otherPartyBefore(frame, match, sources) : List.of();
        if (!protested.isEmpty()) {
            // "two Chinese frigates had sailed between Yonaguni and Iriomote islands, and Tokyo lodged a
            // protest": a protest with no object is against the one other party the sentence names before it.
            targets.addAll(protested);
            targetRule = "other-party";
        }
        if (agent.first() >= 0 && !agent.rule().equals("participants") && !agent.rule().equals("speaker-state")) {
            first = Math.min(first, agent.first());
        }
        int end = patient.end() > match.end() ? patient.end() : match.end();
        String rule = agent.rule() + "/" + targetRule;
        return new Arguments(sources, targets, false, first, end, rule, confidence(agent.rule(), targetRule));
    }

    /**
     * "Chinese bombers flew near Japan, prompting Tokyo to scramble fighters": the one prompted acts,
     * on whoever prompted it, the subject of the clause the causative verb follows; or null.
     */
    private static Arguments causedReaction(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        int to = match.first() - 1;
        if (to - 2 < frame.first || !frame.tokens.token(to).is("to") || frame.groupAfter(match.end(), OBJECT_REACH) != null) {
            // "prompting Bucharest to summon Moscow's ambassador": a reaction with its own object is read as usual.
            return null;
        }
        ActorGroup prompted = frame.lastGroupBefore(to);
        if (prompted == null || prompted.end() != to || prompted.first() - 1 < frame.first
                || !CAUSATIVES.contains(frame.tokens.token(prompted.first() - 1).lower())) {
            return null;
        }
        ActorGroup cause = frame.subjectAt(prompted.first() - 1);
        if (cause == null || cause == prompted || cause.keys().stream().anyMatch(prompted.keys()::contains)) {
            return null;
        }
        return new Arguments(prompted.keys(), cause.keys(), false, cause.first(), match.end(), "caused-reaction", 0.6);
    }

    /**
     * The actors before a trigger with nothing after it that belong to one state other than the
     * protester's, when there is exactly one such state; else empty.
     */
    private List<String> otherPartyBefore(SentenceFrame frame, PhraseIndex.Match<Trigger> match, List<String> sources) {
        if (frame.groupAfter(match.end(), OBJECT_REACH) != null) {
            return List.of();
        }
        Set<String> own = new HashSet<>();
        sources.forEach(key -> own.add(agents.topOf(key)));
        Set<String> others = new LinkedHashSet<>();
        List<String> keys = new ArrayList<>();
        for (ActorGroup group : frame.groups) {
            if (group.first() >= match.first()) {
                break;
            }
            for (String key : group.keys()) {
                if (!own.contains(agents.topOf(key)) && !sources.contains(key)) {
                    others.add(agents.topOf(key));
                    keys.add(key);
                }
            }
        }
        return others.size() == 1 ? keys : List.of();
    }

    /** "signed a deal to co-develop drones": a partnership said later in the clause is what the deal is. */
    private static boolean partnershipAfter(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        Clause clause = frame.clauseOf(match.first());
        for (int i = match.end(); i < clause.end(); i++) {
            PhraseIndex.Match<Trigger> other = TriggerLexicon.get().at(frame.tokens.tokens(), i, clause.end());
            if (other != null && other.value().kind() == LinkKind.PARTNERSHIP) {
                return true;
            }
        }
        return false;
    }

    /** The group "its" or "their" in a trigger phrase's gap stands for: the last before it that does not act. */
    private static ActorGroup pronounInGap(SentenceFrame frame, PhraseIndex.Match<Trigger> match, AgentFinder.Agent agent) {
        boolean pronoun = false;
        for (int i = match.first() + 1; i < match.end() - 1; i++) {
            pronoun |= frame.tokens.token(i).is("its") || frame.tokens.token(i).is("their");
        }
        // "fired water cannon at two of its ships": the pronoun just after a conflict trigger owns its target.
        boolean after = false;
        if (match.value().kind().family() == LinkFamily.CONFLICT) {
            for (int i = match.end(); i < Math.min(frame.end, match.end() + PRONOUN_AFTER); i++) {
                Token token = frame.tokens.token(i);
                if (frame.isInMention(i) || token.is(",")) {
                    break;
                }
                after |= token.is("its") || token.is("their");
            }
        }
        if (!pronoun && !after) {
            return null;
        }
        for (int i = frame.groups.size() - 1; i >= 0; i--) {
            ActorGroup group = frame.groups.get(i);
            if (group.end() <= match.first() && !group.keys().stream().anyMatch(agent.keys()::contains)
                    && !frame.isBracketed(group.first())) {
                return group;
            }
        }
        if (after) {
            // "..., the Philippine coast guard said": the one who reports it.
            for (ActorGroup group : frame.groups) {
                if (group.first() >= match.end() && frame.isSpeaker(group)
                        && !group.keys().stream().anyMatch(agent.keys()::contains)) {
                    return group;
                }
            }
        }
        return null;
    }

    /** The group standing inside a trigger phrase's gap, or null. */
    private static ActorGroup innerGroup(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        for (ActorGroup group : frame.groups) {
            if (group.first() > match.first() && group.end() < match.end()) {
                return group;
            }
        }
        return null;
    }

    /**
     * "Kyiv thanked Ankara, Bucharest and Sofia for their support": those thanked for a trigger
     * noun did it, to the one who thanks them.
     */
    private static Arguments thankedFor(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        TokenizedBrief tokens = frame.tokens;
        int i = match.first() - 1;
        if (i > frame.first && (tokens.token(i).is("its") || tokens.token(i).is("their"))) {
            i--;
        }
        if (i <= frame.first || !tokens.token(i).is("for")) {
            return null;
        }
        ActorGroup thanked = frame.lastGroupBefore(i);
        if (thanked == null || thanked.end() != i || thanked.first() <= frame.first) {
            return null;
        }
        Token verb = tokens.token(thanked.first() - 1);
        if (!THANKING.stream().anyMatch(verb.lower()::startsWith)) {
            return null;
        }
        ActorGroup thanker = frame.subjectAt(thanked.first() - 1);
        if (thanker == null || thanker == thanked) {
            return null;
        }
        return new Arguments(thanked.keys(), thanker.keys(), false, thanker.first(), match.end(), "thanked-for", 0.65);
    }

    /**
     * "Türkiye and Egypt have become Mogadishu's principal backers", "Japan is Australia's
     * closest partner": a noun for one who acts ("-er"), possessed by an actor, after the
     * subject's verb. The subject acts on the possessor.
     */
    private static Arguments agentNounOfPossessor(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        String noun = frame.tokens.token(match.end() - 1).lower();
        if (!noun.endsWith("er") && !noun.endsWith("ers")) {
            return null;
        }
        ActorGroup owner = AgentFinder.possessorBefore(frame, match.first());
        if (owner == null || !frame.tokens.token(owner.end()).is("'s")) {
            return null;
        }
        ActorGroup subject = frame.subjectAt(owner.first());
        if (subject == null || subject == owner || subject.end() >= owner.first()) {
            return null;
        }
        return new Arguments(subject.keys(), owner.keys(), false, subject.first(), match.end(), "subject/agent-noun", 0.65);
    }

    /**
     * "sanctions on Chinese firms helping Russia's war effort": those a noun describes by their
     * state, followed by what they are doing, do it; or null.
     */
    private Arguments demonymNounDoing(SentenceFrame frame, PhraseIndex.Match<Trigger> match, LinkKind kind) {
        TokenizedBrief tokens = frame.tokens;
        int noun = match.first() - 1;
        if (noun - 1 <= frame.first || !tokens.token(match.first()).text().endsWith("ing")) {
            return null;
        }
        Token head = tokens.token(noun);
        if (!head.isLowerCase() || !head.text().endsWith("s") || frame.isInMention(noun)) {
            return null;
        }
        ActorGroup agent = frame.modifierBefore(noun, 0);
        if (agent == null || agent.isPossessive() || agent.end() != noun) {
            return null;
        }
        PatientFinder.Patient patient = patients.find(frame, match, kind, match.end(), false);
        List<String> targets = patient.keys().stream().filter(key -> !agent.keys().contains(key)).toList();
        return targets.isEmpty() ? null : new Arguments(agent.keys(), targets, false, agent.first(),
                Math.max(match.end(), patient.end()), "described-doing/" + patient.rule(), 0.6);
    }

    /**
     * "..., an exercise the United States denounced", "the deal Moscow signed": a noun for an
     * earlier event, then the actor that acted on it right before the verb. The event's parties
     * are the object (an exercise's participants, or the actors the noun refers back to).
     */
    private Arguments reducedRelative(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        TokenizedBrief tokens = frame.tokens;
        ActorGroup agent = frame.modifierBefore(match.first(), 0);
        if (agent == null || agent.isPossessive() || !tokens.token(match.first()).text().endsWith("ed")) {
            return null;
        }
        int noun = agent.first() - 1;
        if (noun > frame.first && tokens.token(noun).isIgnoringCase("the")) {
            noun--;
        }
        if (noun <= frame.first || !ARTICLES.contains(tokens.token(noun - 1).lower())) {
            return null;
        }
        List<String> referent = patients.eventParties(frame, tokens.token(noun));
        List<String> targets = new ArrayList<>(referent);
        targets.removeAll(agent.keys());
        return targets.isEmpty() ? null : new Arguments(agent.keys(), targets, false, noun - 1, match.end(),
                "reduced-relative", 0.6);
    }

    /**
     * "X hosts Flintlock, the annual exercise run by AFRICOM": the one that runs or leads an
     * exercise exercises with the clause's subject.
     */
    private Arguments exerciseRunBy(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        TokenizedBrief tokens = frame.tokens;
        int after = match.end();
        if (after + 2 >= frame.end || !tokens.token(after + 1).is("by") || !isParticiple(tokens.token(after).text())) {
            return null;
        }
        ActorGroup runner = frame.groupAfter(after + 2, TITLE_REACH);
        AgentFinder.Agent host = agents.find(frame, match.first(), null);
        if (runner == null || host.isEmpty() || frame.isSpeaker(runner)) {
            return null;
        }
        List<String> hosts = new ArrayList<>(host.keys());
        hosts.removeAll(runner.keys());
        return hosts.isEmpty() ? null : new Arguments(hosts, runner.keys(), false, Math.min(match.first(),
                Math.max(frame.first, host.first())), runner.end(), "exercise-run-by", 0.65);
    }

    private static boolean isParticiple(String word) {
        return VerbForms.isPastOrParticiple(word);
    }

    /** "built by X", "a transfer approved by X": the group after the "by" of a passive, or null. */
    private static ActorGroup passiveAgent(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        TokenizedBrief tokens = frame.tokens;
        int by;
        if (match.value().isPassivePhrase()) {
            by = match.end() - 1;
        } else {
            String last = tokens.token(match.end() - 1).text();
            boolean participle = isParticiple(last);
            int nounPassive = participle ? -1 : byAfterPassiveVerb(frame, match.end());
            if (nounPassive >= 0) {
                // "Similar sanctions were imposed by ECOWAS on Mali": the noun's verb is passive.
                by = nounPassive;
            } else if (!participle || match.end() >= frame.end || !tokens.token(match.end()).is("by") && !summonedTo(frame, match)) {
                return null;
            } else {
                by = match.end();
            }
        }
        ActorGroup agent = frame.groupAfter(by + 1, TITLE_REACH);
        if (agent == null || frame.isSpeaker(agent)) {
            return null;
        }
        // "built by a consortium of Germany, Britain, Italy and Spain": the body is made of the agents.
        boolean madeOf = agent.first() - 1 > by && tokens.token(agent.first() - 1).is("of")
                && BODY_OF_AGENTS.contains(tokens.token(agent.first() - 2).lower());
        for (int i = by + 1; i < agent.first() && !madeOf; i++) {
            // "by Venezuelan Defence Minister Vladimir Padrino": a title may stand before the agent.
            Token token = tokens.token(i);
            boolean ownWords = frame.isInMention(i) || token.is("'s") || token.is("'");
            if (!token.isCapitalised() && !ownWords && !token.is("the") && !token.is("its") && !token.is("their")) {
                return null;
            }
        }
        return agent;
    }

    /**
     * The "by" of a passive verb of doing right after a noun trigger ("sanctions were imposed by"),
     * or -1. A verb that judges ("the outpost was criticised by") states a link of its own.
     */
    private static int byAfterPassiveVerb(SentenceFrame frame, int after) {
        TokenizedBrief tokens = frame.tokens;
        int i = after;
        if (i < frame.end && (tokens.token(i).is("have") || tokens.token(i).is("has") || tokens.token(i).is("had"))) {
            i++;
        }
        if (i + 2 >= frame.end || !PASSIVE_AUXILIARIES.contains(tokens.token(i).lower())) {
            return -1;
        }
        return DOING_PARTICIPLES.contains(tokens.token(i + 1).text()) && tokens.token(i + 2).is("by") ? i + 2 : -1;
    }

    /** Whether the first actor after the trigger is where it happens: "competing for influence in Nepal". */
    private static boolean inArena(SentenceFrame frame, int after) {
        ActorGroup place = frame.groupAfter(after, ARENA_REACH);
        return place != null && place.first() > frame.first && ARENA_PREPOSITIONS.contains(frame.tokens.token(place.first() - 1).text());
    }

    /** The actor between "declared" and a verdict such as "persona non grata", after the agent; or null. */
    private static ActorGroup declaredBefore(SentenceFrame frame, PhraseIndex.Match<Trigger> match, AgentFinder.Agent agent) {
        ActorGroup group = frame.lastGroupBefore(match.first());
        if (group == null || group.first() <= agent.first()) {
            return null;
        }
        for (int i = agent.first(); i < group.first(); i++) {
            if (frame.tokens.token(i).lower().startsWith("declar")) {
                return group;
            }
        }
        return null;
    }

    /** "Ambassador Pierre Levy was summoned to the Russian Foreign Ministry": who is summoned "to" is summoned by. */
    private static boolean summonedTo(SentenceFrame frame, PhraseIndex.Match<Trigger> match) {
        TokenizedBrief tokens = frame.tokens;
        int before = match.first() - 1;
        return tokens.token(match.end() - 1).is("summoned") && tokens.token(match.end()).is("to") && before > frame.first
                && PASSIVE_AUXILIARIES.contains(tokens.token(before).lower());
    }

    /** "a summit at Camp David between ...", "jointly established by ...": where the list starts, or -1. */
    private static int listedAfter(SentenceFrame frame, int after, LinkKind kind) {
        if (!BETWEEN_KINDS.contains(kind)) {
            return -1;
        }
        Clause clause = frame.clauseOf(Math.max(frame.first, after - 1));
        for (int i = after; i < Math.min(clause.end(), after + BETWEEN_REACH); i++) {
            Token token = frame.tokens.token(i);
            if (token.is("between") || token.is("among") || token.is("by") && i == after && LinkFinder.SYMMETRIC.contains(kind)) {
                return i;
            }
            if (token.is(";") || frame.isInMention(i) && !frame.tokens.token(i - 1).is(",")) {
                return -1;
            }
        }
        return -1;
    }

    /** "This framework ...", "The partnership ...": the sentence opens with a reference noun. */
    private static boolean openingReference(SentenceFrame frame) {
        if (frame.end - frame.first < 2) {
            return false;
        }
        return DEMONSTRATIVES.contains(frame.tokens.token(frame.first).lower())
                && REFERENCE_NOUNS.contains(frame.tokens.token(frame.first + 1).lower());
    }

    /** Surer for a possessor or a passive's agent than a subject, for a stated object than an inferred one. */
    private static double confidence(String agentRule, String patientRule) {
        double confidence = switch (agentRule) {
            case "possessive", "passive-agent" -> 0.8;
            case "subject" -> 0.7;
            case "pronoun-subject", "counted-states", "participants" -> 0.65;
            default -> 0.55;
        };
        return switch (patientRule) {
            case "object", "passive-subject", "apposition" -> confidence;
            case "reference", "passive-event", "passive-described", "modifier", "threat-reference", "exercise-reference" ->
                confidence - 0.1;
            default -> confidence - 0.2;
        };
    }
}
