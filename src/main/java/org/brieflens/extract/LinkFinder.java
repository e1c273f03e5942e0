package org.brieflens.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import org.brieflens.model.LinkFamily;
import org.brieflens.model.LinkKind;

/**
 * Finds the links each sentence states, typed by its trigger words, between the actors the
 * trigger connects rather than every pair in the sentence:
 * <ul>
 * <li>a hyphenated compound before the trigger links its members ("US-China competition");</li>
 * <li>"between" or "by" after the trigger links the members of the list that follows ("a summit
 * between A, B and C", "jointly established by A, B and C");</li>
 * <li>otherwise the trigger's source is a possessive just before it ("China's tacit support"),
 * "its" (the actor named last), or the subject of its clause; its target is the first actor
 * after it in the clause, a demonstrative reference to the last partnership ("these ties"), or
 * an actor modifying it ("NATO dialogue", "Australian iron ore imports");</li>
 * <li>a subject listing several actors with no target links them together ("Warships from A, B
 * and C ... exercise").</li>
 * </ul>
 * Arms transfers run from seller to buyer. A sentence that opens with a reference to the last
 * partnership ("This framework enables intelligence-sharing") links that partnership's ends.
 */
final class LinkFinder {
    private static final Set<String> REFERENCE_NOUNS = Set.of("ties", "partnership", "framework", "arrangement",
            "alliance", "pact", "agreement", "cooperation", "grouping", "format", "mechanism", "relationship", "bloc");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "that", "those", "the", "such");
    private static final Set<String> EXERCISE_NOUNS = Set.of("drills", "drill", "exercise", "exercises", "training",
            "wargames", "manoeuvres", "maneuvers");
    private static final Set<LinkKind> SYMMETRIC = Set.of(LinkKind.PARTNERSHIP, LinkKind.DIALOGUE,
            LinkKind.JOINT_EXERCISE, LinkKind.INFRASTRUCTURE, LinkKind.INTELLIGENCE_SHARING);
    private static final Set<String> PREPOSITIONS = Set.of("to", "with", "from", "for", "against", "toward",
            "towards", "on", "about", "of", "into", "at");
    /** Prepositions that give a partnership's or a dialogue's topic, never the partner. */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "about", "against", "over", "in", "into", "at");
    /** Words between a preposition and its actor: "on 12 Chinese companies", "to the Philippine Navy". */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "some", "several", "two", "three", "four", "five");
    /** Words a possessor's noun phrase cannot cross: "China's ambassador to protest" is not China's protest. */
    private static final Set<String> FUNCTION_WORDS = Set.of("to", "of", "in", "at", "for", "with", "from", "on", "by",
            "and", "or", "the", "a", "an", "as", "that", "which", "who", "is", "are", "was", "were", "will", "would");
    private static final Set<String> THREAT_DETERMINERS = Set.of("such", "these", "those", "this", "that");
    private static final Set<String> THREAT_NOUNS = Set.of("threats", "threat", "provocations", "provocation",
            "aggression", "attacks", "actions", "launches");
    private static final Set<String> COUNTED_NOUNS = Set.of("countries", "nations", "allies", "governments",
            "sides", "states", "partners");
    private static final int RECENT_LISTS = 8;
    private static final int TARGET_WINDOW = 10;
    private static final int BETWEEN_REACH = 8;
    private static final int MAX_LIST_TO_PAIR = 6;

    private final TriggerLexicon lexicon = TriggerLexicon.get();

    /** Links between the ends of the last partnership found, for "these ties" and "this framework". */
    private List<String> lastPartnership = List.of();
    private final Function<String, String> lift;
    private final IntFunction<List<String>> exerciseParticipants;
    private final Predicate<String> isCompany;
    private final Predicate<String> isState;
    /** The target of the last conflict link, for "such threats". */
    private String lastAdversary;
    /** The last lists of states named, most recent last. */
    private final List<List<String>> recentLists = new ArrayList<>();
    /** Arms transfers found so far, seller to buyer, between states or bodies: "kor>pol". */
    private final Set<String> armsSales = new HashSet<>();

    /**
     * {@code lift} gives the state or body an actor belongs to; {@code exerciseParticipants} the
     * participants of the exercise a sentence talks about, for "the participants condemned ...";
     * {@code isCompany} and {@code isState} whether an actor is a company or a state.
     */
    LinkFinder(Function<String, String> lift,
            IntFunction<List<String>> exerciseParticipants, Predicate<String> isCompany, Predicate<String> isState) {
        this.lift = lift;
        this.exerciseParticipants = exerciseParticipants;
        this.isCompany = isCompany;
        this.isState = isState;
    }

    List<LinkDraft> find(ActorTable table, List<SentenceFrame> frames) {
        List<LinkDraft> links = new ArrayList<>();
        TokenizedBrief tokens = table.tokens();
        for (SentenceFrame frame : frames) {
            List<String> referent = openingReference(frame) ? lastPartnership : List.of();
            int i = frame.first;
            while (i < frame.end) {
                PhraseIndex.Match<Trigger> trigger = lexicon.at(tokens.tokens(), i, frame.end);
                // A trigger word inside a name ("the AUKUS pact") states nothing by itself.
                if (trigger == null || frame.isInMention(i)) {
                    i++;
                    continue;
                }
                List<LinkDraft> found = linksOf(frame, trigger, referent);
                links.addAll(found);
                for (LinkDraft link : found) {
                    if (link.kind() == LinkKind.PARTNERSHIP) {
                        lastPartnership = List.of(lift.apply(link.source()), lift.apply(link.target()));
                    }
                    if (link.kind().family() == LinkFamily.CONFLICT) {
                        lastAdversary = lift.apply(link.target());
                    }
                    if (link.kind() == LinkKind.ARMS_TRANSFER) {
                        armsSales.add(lift.apply(link.source()) + ">" + lift.apply(link.target()));
                    }
                }
                i = trigger.end();
            }
            rememberLists(frame);
        }
        return links;
    }

    /** "This framework ...", "The partnership ...": the sentence opens with a reference noun. */
    private static boolean openingReference(SentenceFrame frame) {
        if (frame.end - frame.first < 2) {
            return false;
        }
        return DEMONSTRATIVES.contains(frame.tokens.token(frame.first).lower())
                && REFERENCE_NOUNS.contains(frame.tokens.token(frame.first + 1).lower());
    }

    private List<LinkDraft> linksOf(SentenceFrame frame, PhraseIndex.Match<Trigger> match, List<String> referent) {
        Trigger trigger = match.value();
        TokenizedBrief tokens = frame.tokens;
        List<LinkDraft> links = new ArrayList<>();
        ActorGroup compound = frame.modifierBefore(match.first(), 3);
        if (compound != null && compound.hyphenated) {
            pairs(compound.keys(), trigger.kind(), frame, compound.first(), match.end(), "hyphen-compound", 0.85, links);
            return links;
        }
        int after = match.end();
        int between = listedAfter(frame, after);
        if (between >= 0 && SYMMETRIC.contains(trigger.kind())) {
            ActorGroup listed = frame.groupAfter(between + 1, 3);
            if (listed != null && listed.members.size() >= 2) {
                pairs(listed.keys(), trigger.kind(), frame, match.first(), listed.end(), "listed-after-trigger", 0.8, links);
                return links;
            }
        }
        List<String> sources = sources(frame, match.first());
        String sourceRule = "subject";
        ActorGroup possessor = possessorBefore(frame, match.first());
        if (possessor != null) {
            sources = possessor.keys();
            sourceRule = "possessive";
        }
        int evidenceStart = match.first();
        List<String> targets = new ArrayList<>();
        String targetRule = "none";
        List<String> referenced = referenceAfter(frame, after);
        if (referenced.isEmpty() && lastAdversary != null && threatReferenceAfter(frame, after)) {
            referenced = List.of(lastAdversary);
            targetRule = "threat-reference";
        }
        if (referenced.isEmpty() && exerciseReferenceAfter(frame, after)) {
            referenced = exerciseParticipants.apply(frame.sentence);
            targetRule = "exercise-reference";
        }
        ActorGroup next = objectAfter(frame, match, after);
        if (!referenced.isEmpty()) {
            targets.addAll(referenced);
            targetRule = targetRule.equals("none") ? "reference" : targetRule;
        } else if (next != null) {
            targets.addAll(next.keys());
            targetRule = "object";
        } else if (trigger.kind() != LinkKind.ARMS_TRANSFER && trigger.kind() != LinkKind.JOINT_EXERCISE) {
            // "NATO dialogue", "Australian iron ore imports"; but a "Philippine supply boat" buys
            // nothing, and "a NATO naval exercise" is NATO's, not an exercise with NATO.
            ActorGroup modifier = frame.modifierBefore(match.first(), 4);
            if (modifier != null && (possessor == null || modifier != possessor)) {
                targets.addAll(modifier.keys());
                evidenceStart = Math.min(evidenceStart, modifier.first());
            }
            targetRule = "modifier";
        } else {
            targetRule = "none";
        }
        if (targets.isEmpty() && possessor != null && trigger.kind() == LinkKind.PARTNERSHIP) {
            // "China, Pakistan's closest ally, called ...": the ally is the actor the apposition follows.
            ActorGroup named = possessor.first() > frame.first && frame.tokens.token(possessor.first() - 1).is(",")
                    ? frame.modifierBefore(possessor.first() - 1, 0) : null;
            if (named != null) {
                targets.addAll(named.keys());
                evidenceStart = named.first();
                targetRule = "apposition";
            }
        }
        targets.removeAll(sources);
        int evidenceEnd = next != null && targetRule.equals("object") ? next.end() : match.end();
        if (sources.isEmpty() && targets.isEmpty() && referent.size() == 2
                && trigger.kind().family() == LinkFamily.COOPERATION) {
            pairs(referent, trigger.kind(), frame, match.first(), match.end(), "reference-sentence", 0.6, links);
            return links;
        }
        if (targets.isEmpty() && sources.size() >= 2 && sources.size() <= MAX_LIST_TO_PAIR
                && SYMMETRIC.contains(trigger.kind())) {
            ActorGroup subject = frame.subjectAt(match.first());
            int start = subject == null ? match.first() : subject.first();
            pairs(sources, trigger.kind(), frame, start, match.end(), "listed-subject", 0.7, links);
            return links;
        }
        if (sources.isEmpty() || targets.isEmpty()) {
            return links;
        }
        ActorGroup subject = frame.subjectAt(match.first());
        if (sourceRule.equals("subject") && subject != null) {
            evidenceStart = Math.min(evidenceStart, subject.first());
        } else if (possessor != null) {
            evidenceStart = Math.min(evidenceStart, possessor.first());
        }
        boolean sellerFirst = sellerIsSubject(frame, match, sources, targets);
        for (String source : sources) {
            for (String target : targets) {
                if (source.equals(target)) {
                    continue;
                }
                boolean reversed = trigger.kind() == LinkKind.ARMS_TRANSFER && !sellerFirst;
                links.add(new LinkDraft(reversed ? target : source, reversed ? source : target, trigger.kind(),
                        !SYMMETRIC.contains(trigger.kind()) || trigger.kind() == LinkKind.DIALOGUE && sourceRule.equals("possessive"),
                        frame.sentence, evidenceStart, Math.max(evidenceEnd, match.end()),
                        "trigger:" + trigger.phrase() + "/" + sourceRule + "/" + targetRule, confidence(sourceRule, targetRule)));
            }
        }
        return links;
    }

    /** "a summit at Camp David between ...", "jointly established by ...": where the list starts, or -1. */
    private static int listedAfter(SentenceFrame frame, int after) {
        Clause clause = frame.clauseOf(Math.max(frame.first, after - 1));
        for (int i = after; i < Math.min(clause.end(), after + BETWEEN_REACH); i++) {
            Token token = frame.tokens.token(i);
            if (token.is("between") || token.is("by") && i == after) {
                return i;
            }
            if (token.is(";") || frame.isInMention(i) && !frame.tokens.token(i - 1).is(",")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The object of a trigger: the first actors after it in its clause, reached over lowercase
     * words and commas only (a capitalised word between, "acquisition of Tomahawk missiles mirrors
     * NATO", means the object is something else). Exercising is "with" someone.
     */
    private static ActorGroup objectAfter(SentenceFrame frame, PhraseIndex.Match<Trigger> match, int after) {
        if (after < frame.end && frame.tokens.token(after).is("that") && match.value().kind() == LinkKind.RIVALRY) {
            // "have warned that Russia could attack": what is warned of is the subject of the clause after.
            return frame.groupAfter(after + 1, 2);
        }
        ActorGroup next = frame.groupAfter(after, TARGET_WINDOW);
        if (next == null) {
            return null;
        }
        TokenizedBrief tokens = frame.tokens;
        if (match.value().kind() == LinkKind.JOINT_EXERCISE && !(after < frame.end && tokens.token(after).is("with"))) {
            return null;
        }
        // "will send K9 self-propelled howitzers to (the Philippine) Navy": a preposition introduces the object.
        int before = next.first() - 1;
        while (before > after && (frame.isInMention(before) || ARTICLES.contains(tokens.token(before).lower())
                || tokens.token(before).isNumber())) {
            before--;
        }
        if (before >= after && SYMMETRIC.contains(match.value().kind())
                && TOPIC_PREPOSITIONS.contains(tokens.token(before).text())) {
            // "agreed to share intelligence on Chinese naval movements": China is the topic, not a partner.
            return null;
        }
        if (before >= after && PREPOSITIONS.contains(tokens.token(before).text())) {
            return next;
        }
        for (int i = after; i < next.first(); i++) {
            Token token = tokens.token(i);
            boolean partOfName = frame.isInMention(i);
            if (!token.isLowerCase() && !token.is(",") && !token.is("-") && !partOfName) {
                return null;
            }
        }
        return next;
    }

    private static double confidence(String sourceRule, String targetRule) {
        double confidence = sourceRule.equals("possessive") ? 0.8 : 0.7;
        return targetRule.equals("object") ? confidence : confidence - 0.1;
    }

    private List<String> sources(SentenceFrame frame, int at) {
        ActorGroup subject = frame.subjectAt(at);
        if (subject != null) {
            return new ArrayList<>(subject.keys());
        }
        if (mentionsParticipants(frame, at) || opensWithExercise(frame, at)) {
            return new ArrayList<>(exerciseParticipants.apply(frame.sentence));
        }
        int count = countedStates(frame, at);
        for (int k = recentLists.size() - 1; k >= 0 && count > 0; k--) {
            if (recentLists.get(k).size() == count) {
                return new ArrayList<>(recentLists.get(k));
            }
        }
        return new ArrayList<>();
    }

    /** "This training reflected their will to deter ...": the exercise is the subject. */
    private static boolean opensWithExercise(SentenceFrame frame, int at) {
        TokenizedBrief tokens = frame.tokens;
        int i = frame.first;
        while (i < at && (tokens.token(i).is("\"") || tokens.token(i).is("'"))) {
            i++;
        }
        return i + 1 < at && DEMONSTRATIVES.contains(tokens.token(i).lower()) && EXERCISE_NOUNS.contains(tokens.token(i + 1).lower());
    }

    /** "The three countries agreed ...", "Both nations ...": how many states the subject counts, or 0. */
    private static int countedStates(SentenceFrame frame, int at) {
        TokenizedBrief tokens = frame.tokens;
        if (at > frame.first && tokens.token(frame.first).is("Both")) {
            return 2;
        }
        for (int i = frame.first; i + 1 < Math.min(at, frame.first + 4); i++) {
            String word = tokens.token(i).lower();
            String noun = tokens.token(i + 1).lower();
            if (!COUNTED_NOUNS.contains(noun)) {
                continue;
            }
            if (word.equals("both")) {
                return 2;
            }
            if (NumberReader.isWordNumber(tokens.token(i)) && i > frame.first && tokens.token(i - 1).isIgnoringCase("the")) {
                return (int) NumberReader.plain(tokens.tokens(), i, frame.end).value();
            }
        }
        return 0;
    }

    /** Remembers the lists of states each sentence names, for "the three countries" later on. */
    private void rememberLists(SentenceFrame frame) {
        for (ActorGroup group : frame.groups) {
            List<String> states = group.keys().stream().filter(isState).toList();
            if (states.size() >= 2 && states.size() == group.keys().size()) {
                recentLists.add(states);
            }
        }
        while (recentLists.size() > RECENT_LISTS) {
            recentLists.remove(0);
        }
    }

    /** "The Freedom Edge participants ... condemned": the sentence's subject is an exercise's participants. */
    private static boolean mentionsParticipants(SentenceFrame frame, int at) {
        for (int i = frame.first; i < Math.min(at, frame.first + 6); i++) {
            if (frame.tokens.token(i).is("participants")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "China's tacit support", "its simulated blockade", "Russia's Ukraine campaign": the
     * possessor of the trigger's noun phrase, over lowercase words and at most one actor between.
     */
    private static ActorGroup possessorBefore(SentenceFrame frame, int at) {
        TokenizedBrief tokens = frame.tokens;
        boolean skippedActor = false;
        for (int i = at - 1; i >= Math.max(frame.first, at - 4); i--) {
            Token token = tokens.token(i);
            if (token.is("'s") || token.is("'")) {
                ActorGroup group = frame.modifierBefore(i + 1, 1);
                return group != null && group.end() == i ? group : null;
            }
            if (token.is("its") || token.is("their")) {
                return frame.lastGroupBefore(i);
            }
            ActorGroup modifier = token.isLowerCase() ? null : frame.modifierBefore(i + 1, 0);
            if (modifier != null && !skippedActor && !modifier.isPossessive() && modifier.end() == at) {
                skippedActor = true;
                i = modifier.first();
                continue;
            }
            if (!token.isLowerCase() && !token.is("-") || FUNCTION_WORDS.contains(token.text())) {
                return null;
            }
        }
        return null;
    }

    /** "condemns these ties": a reference to the last partnership right after the trigger. */
    private List<String> referenceAfter(SentenceFrame frame, int after) {
        if (after + 1 >= frame.end || lastPartnership.isEmpty()) {
            return List.of();
        }
        TokenizedBrief tokens = frame.tokens;
        boolean reference = DEMONSTRATIVES.contains(tokens.token(after).lower()) && !tokens.token(after).is("the")
                && REFERENCE_NOUNS.contains(tokens.token(after + 1).lower());
        return reference ? lastPartnership : List.of();
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
        if (after + 1 >= frame.end) {
            return false;
        }
        TokenizedBrief tokens = frame.tokens;
        return DEMONSTRATIVES.contains(tokens.token(after).lower()) && EXERCISE_NOUNS.contains(tokens.token(after + 1).lower());
    }

    /**
     * Whether the subject of an arms trigger is the seller: "export", or a deal "to export"; not
     * "buy". A deal with no such word keeps the direction the brief gave the same pair before;
     * failing that, a company that signs a contract sells, a state buys.
     */
    private boolean sellerIsSubject(SentenceFrame frame, PhraseIndex.Match<Trigger> match, List<String> sources,
            List<String> targets) {
        Trigger.Role role = match.value().subject();
        if (role != Trigger.Role.EITHER) {
            return role == Trigger.Role.SELLER;
        }
        TriggerLexicon lexicon = TriggerLexicon.get();
        Clause clause = frame.clauseOf(match.first());
        for (int i = match.end(); i < Math.min(frame.end, clause.end() + 12); i++) {
            PhraseIndex.Match<Trigger> other = lexicon.at(frame.tokens.tokens(), i, frame.end);
            if (other != null && other.value().kind() == LinkKind.ARMS_TRANSFER && other.value().subject() != Trigger.Role.EITHER) {
                return other.value().subject() == Trigger.Role.SELLER;
            }
        }
        for (String source : sources) {
            for (String target : targets) {
                if (armsSales.contains(lift.apply(source) + ">" + lift.apply(target))) {
                    return true;
                }
                if (armsSales.contains(lift.apply(target) + ">" + lift.apply(source))) {
                    return false;
                }
            }
        }
        return sources.stream().anyMatch(key -> isCompany.test(key));
    }

    private static void pairs(List<String> keys, LinkKind kind, SentenceFrame frame, int first, int end, String rule,
            double confidence, List<LinkDraft> links) {
        for (int a = 0; a < keys.size(); a++) {
            for (int b = a + 1; b < keys.size(); b++) {
                links.add(new LinkDraft(keys.get(a), keys.get(b), kind, kind.family() == LinkFamily.CONFLICT
                        && kind != LinkKind.RIVALRY, frame.sentence, first, end, rule, confidence));
            }
        }
    }
}
