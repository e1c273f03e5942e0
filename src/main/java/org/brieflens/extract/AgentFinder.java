package org.brieflens.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Who acts at a trigger, the link's subject side, in order of evidence: the agent after "by" of
 * a passive ("built by Israel Aerospace Industries"); a possessor ("China's tacit support", "its
 * blockade"); the subject of the trigger's clause, or the one named after "such as" in it
 * ("Chinese firms such as Norinco supply"); "it" or "they" after a verb of saying, which is the
 * speaker ("Tokyo said it would"); the participants of the exercise under discussion ("The
 * Freedom Edge participants condemned"); the last list of as many states ("The three countries
 * agreed"); and, for a reported clause with no actor of its own, the speaker's state ("Lozano said
 * the purchase reflected a partnership with Sweden": Colombia's partnership).
 */
final class AgentFinder {
    /** The actors found, the rule that found them and the first token of the words naming them. */
    record Agent(List<String> keys, String rule, int first) {
        static final Agent NONE = new Agent(List.of(), "none", -1);

        boolean isEmpty() {
            return keys.isEmpty();
        }
    }

    private static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "ministry", "cabinet");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "that", "those", "the", "such");
    static final Set<String> EXERCISE_NOUNS = Set.of("drills", "drill", "exercise", "exercises", "training",
            "wargames", "manoeuvres", "maneuvers");
    static final Set<String> COUNTED_NOUNS = Set.of("countries", "nations", "allies", "governments",
            "sides", "states", "partners", "ministers", "leaders", "presidents", "delegations", "navies", "militaries");
    /** Words a possessor's noun phrase cannot cross: "China's ambassador to protest" is not China's protest. */
    private static final Set<String> FUNCTION_WORDS = Set.of("to", "of", "in", "at", "for", "with", "from", "on", "by",
            "and", "or", "the", "a", "an", "as", "that", "which", "who", "is", "are", "was", "were", "will", "would");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be");
    /** Words that open a clause before its subject: ", and the three signed", "at which both agreed". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "then", "where", "when", "while", ",");
    /** "The countries accused ...": the states of the last list, however many. */
    private static final int ANY_COUNT = -1;
    /** "the three", up to "all six": larger numbers count troops or ships, not the actors named. */
    private static final int MAX_COUNTED = 6;
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "It", "They");
    /** The speaker's own pronouns, just before what they say they do: "We condemn", "we will". */
    private static final Set<String> FIRST_PERSON = Set.of("We", "we", "I");
    /** How many words may stand between "we" and the trigger: "we will not". */
    private static final int FIRST_PERSON_REACH = 3;
    /** Verbs after which an opening "It" is no one: "It is unclear", "It would be". */
    private static final Set<String> EXPLETIVE_VERBS = Set.of("is", "was", "'s", "remains", "remained", "seems", "seemed",
            "appears", "appeared", "would", "could", "may", "might", "must", "should", "means", "meant", "takes", "took");
    /**
     * Nouns of deciding whose possessor acts at the verb after "to" ("Australia's decision to
     * gift"), as does the actor after their "by" ("a decision by France to expel").
     */
    private static final Set<String> DECISION_NOUNS = Set.of("decision", "plan", "plans", "move", "pledge",
            "promise", "bid", "agreement", "commitment", "intention", "attempt", "effort", "offer", "proposal");
    /** How many words a possessor may stand before an exercise noun, over the exercise's name. */
    private static final int NAMED_EXERCISE_REACH = 8;
    /** "Chinese firms such as Norinco": the words after a subject that name it more exactly. */
    private static final int SUCH_AS_REACH = 4;

    /** "They've fought": "They" with its auxiliary written onto it. */
    private static final Set<String> CONTRACTED_THEY = Set.of("They've", "They'll", "They'd", "They're");
    private final IntFunction<List<String>> exerciseParticipants;
    /** The state the brief is about, whose government "The Government" of a press release is; or null. */
    private final Supplier<String> homeState;
    private final Function<String, String> lift;
    private final Discourse discourse;

    AgentFinder(IntFunction<List<String>> exerciseParticipants, Function<String, String> lift, Discourse discourse,
            Supplier<String> homeState) {
        this.homeState = homeState;
        this.exerciseParticipants = exerciseParticipants;
        this.lift = lift;
        this.discourse = discourse;
    }

    /** "We condemn", "we will deepen", "We strongly oppose": the speaker's pronoun opens the trigger's verb phrase. */
    private static boolean firstPersonBefore(SentenceFrame frame, int at) {
        for (int i = at - 1; i >= Math.max(frame.first, at - FIRST_PERSON_REACH); i--) {
            Token token = frame.tokens.token(i);
            if (FIRST_PERSON.contains(token.text())) {
                return true;
            }
            if (!token.isLowerCase()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Its arms purchases grew ... and it has diversified its sourcing, buying equipment from
     * France": "it" after "and", with a verb after it, goes on about the sentence's subject, or
     * where that is no actor, about the one subject of the sentence before.
     */
    private List<String> itBefore(SentenceFrame frame, int at) {
        for (int i = at - 1; i > frame.first; i--) {
            Token token = frame.tokens.token(i);
            boolean opens = frame.tokens.token(i - 1).is("and") || frame.tokens.token(i - 1).is("but");
            if (token.is("it") && opens && i + 1 < at && frame.tokens.token(i + 1).isLowerCase()
                    && !EXPLETIVE_VERBS.contains(frame.tokens.token(i + 1).lower())) {
                // "Japan signed the deal and it will ...": the sentence's own subject comes first.
                ActorGroup own = frame.subjectAt(i - 1);
                List<String> subject = own != null ? own.keys() : discourse.previousSubject(frame.sentence);
                return subject.size() == 1 ? subject : List.of();
            }
        }
        return List.of();
    }

    /** The actor of "a decision by France to" or "a move by Japan to" just before the trigger at {@code at}; or null. */
    private static ActorGroup deciderBefore(SentenceFrame frame, int at) {
        int to = at - 1;
        if (to - 2 < frame.first || !frame.tokens.token(to).is("to")) {
            return null;
        }
        ActorGroup group = frame.lastGroupBefore(to);
        if (group == null || group.end() != to || group.first() - 2 < frame.first) {
            return null;
        }
        return frame.tokens.token(group.first() - 1).is("by") && DECISION_NOUNS.contains(frame.tokens.token(group.first() - 2).lower())
                ? group : null;
    }

    /** The top-level actor (a state, most often) an actor belongs to. */
    String topOf(String key) {
        return lift.apply(key);
    }

    /** {@code byAgent} is the group after a passive's "by", or null. */
    Agent find(SentenceFrame frame, int at, ActorGroup byAgent) {
        if (byAgent != null) {
            return new Agent(byAgent.keys(), "passive-agent", byAgent.first());
        }
        ActorGroup decider = deciderBefore(frame, at);
        if (decider != null) {
            // "in response to a decision by France to expel 41 Russian diplomats": the one who decided acts.
            return new Agent(decider.keys(), "decision-by", decider.first());
        }
        ActorGroup possessor = possessorBefore(frame, at);
        ActorGroup subject = frame.subjectAt(at);
        boolean attributive = possessor != null && possessor.first() > frame.first
                && frame.tokens.token(possessor.first() - 1).isIgnoringCase("the");
        if (possessor != null && !(attributive && subject != null && subject.end() <= possessor.first())) {
            // "Moscow staged the CSTO's annual exercise": after "the", the possessor only describes
            // the object of a subject that acts.
            return new Agent(possessor.keys(), "possessive", possessor.first());
        }
        List<String> counted = countedInClause(frame, at, subject);
        if (!counted.isEmpty()) {
            return new Agent(counted, "counted-states", frame.clauseOf(at).first());
        }
        if (subject != null) {
            ActorGroup named = suchAs(frame, subject, at);
            return named != null ? new Agent(named.keys(), "subject", subject.first())
                    : new Agent(subject.keys(), "subject", subject.first());
        }
        Clause clause = frame.clauseOf(at);
        ActorGroup quoting = firstPersonBefore(frame, at) ? frame.quotationSpeaker(at) : null;
        if (quoting != null) {
            // '"We condemn the Russian strikes," German Foreign Minister Annalena Baerbock said'.
            return new Agent(quoting.keys(), "quotation-speaker", quoting.first());
        }
        ActorGroup speaker = frame.speakerOf(clause);
        if (speaker != null && SUBJECT_PRONOUNS.contains(frame.tokens.token(clause.first()).text())) {
            return new Agent(speaker.keys(), "pronoun-subject", clause.first());
        }
        List<String> continued = continuedSubject(frame, clause);
        if (continued.isEmpty()) {
            continued = itBefore(frame, at);
        }
        if (!continued.isEmpty()) {
            return new Agent(continued, "previous-subject", clause.first());
        }
        ActorGroup announcer = passiveAfter(frame, at);
        if (announcer != null) {
            return new Agent(announcer.keys(), "passive-verb-agent", announcer.first());
        }
        if (mentionsParticipants(frame, at) || opensWithExercise(frame, at)) {
            return new Agent(exerciseParticipants.apply(frame.sentence), "participants", at);
        }
        int count = countedStates(frame, at);
        List<String> listed = count > 0 ? discourse.lastListOf(count)
                : count == ANY_COUNT ? discourse.lastList() : List.of();
        if (!listed.isEmpty()) {
            return new Agent(listed, "counted-states", frame.first);
        }
        if (speaker != null) {
            List<String> states = new ArrayList<>();
            speaker.keys().forEach(key -> states.add(lift.apply(key)));
            return new Agent(states, "speaker-state", speaker.first());
        }
        int government = governmentSubject(frame, clause, at);
        if (government >= 0) {
            // "The government of Tonga": the state named; "The Government" of a press release: its own.
            ActorGroup named = government + 3 < frame.end && frame.tokens.token(government + 2).is("of")
                    ? frame.groupStartingAt(government + 3) : null;
            if (named != null) {
                return new Agent(named.keys(), "government-of", government);
            }
            if (homeState.get() != null) {
                return new Agent(List.of(homeState.get()), "home-government", government);
            }
        }
        return Agent.NONE;
    }

    /**
     * "The Finnish Border Guard ... . It will host ...": a sentence opening with "It", "They",
     * "He" or "She" and a verb goes on about the subject of the sentence before, when that was one
     * actor ("It"), several ("They") or one person ("He", "She"). "It is ...", "It would be ..."
     * open no subject at all.
     */
    private List<String> continuedSubject(SentenceFrame frame, Clause clause) {
        int first = clause.first();
        if (first != frame.first || first + 1 >= frame.end) {
            return List.of();
        }
        String pronoun = frame.tokens.token(first).text();
        if (CONTRACTED_THEY.contains(pronoun)) {
            // "They've fought al-Shabaab since 2006": the contraction holds the auxiliary.
            List<String> subject = discourse.previousSubject(frame.sentence);
            return subject.size() > 1 ? subject : List.of();
        }
        String next = frame.tokens.token(first + 1).lower();
        boolean expletive = EXPLETIVE_VERBS.contains(next) || (next.equals("has") || next.equals("had"))
                && first + 2 < frame.end && frame.tokens.token(first + 2).is("been");
        if (expletive || !frame.tokens.token(first + 1).isLowerCase()) {
            return List.of();
        }
        List<String> subject = discourse.previousSubject(frame.sentence);
        boolean person = discourse.previousSubjectIsPerson(frame.sentence);
        boolean fits = pronoun.equals("It") && subject.size() == 1 && !person
                || pronoun.equals("They") && subject.size() > 1
                || (pronoun.equals("He") || pronoun.equals("She")) && person;
        return fits ? subject : List.of();
    }

    /**
     * Where "The Government" or "the ministry" opens the clause of the trigger at {@code at}, or
     * of the main clause it continues ("The Government notes ..., and has lodged a protest"); or -1.
     */
    private static int governmentSubject(SentenceFrame frame, Clause clause, int at) {
        // The sentence's subject carries over to a later clause that opens with its verb ("and has lodged").
        boolean carriesOver = frame.tokens.token(clause.first()).isLowerCase();
        for (int first : carriesOver ? List.of(clause.first(), frame.first) : List.of(clause.first())) {
            int noun = frame.tokens.token(first).isIgnoringCase("the") ? first + 1 : -1;
            if (noun > 0 && noun < at && GOVERNMENT_NOUNS.contains(frame.tokens.token(noun).lower())) {
                return first;
            }
        }
        return -1;
    }

    /**
     * "China's tacit support", "its simulated blockade", "Russia's Ukraine campaign": the
     * possessor of the trigger's noun phrase, over lowercase words and at most one actor between.
     */
    static ActorGroup possessorBefore(SentenceFrame frame, int at) {
        TokenizedBrief tokens = frame.tokens;
        boolean skippedActor = false;
        boolean exercise = EXERCISE_NOUNS.contains(tokens.token(at).lower());
        int decision = decisionBefore(frame, at);
        if (decision >= 0) {
            // "Australia's decision to gift": the possessor of the decision acts.
            at = decision;
        }
        int reach = exercise ? NAMED_EXERCISE_REACH : 4;
        for (int i = at - 1; i >= Math.max(frame.first, at - reach); i--) {
            Token token = tokens.token(i);
            if (exercise && token.isCapitalised() && !frame.isInMention(i)) {
                // "Seoul's combined Ulchi Freedom Shield exercise": the exercise's name stands between.
                continue;
            }
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

    /**
     * "New sanctions on Myanmar's military were announced by the UK": the trigger noun is the
     * subject of a passive verb later in its clause, whose agent acts.
     */
    private static ActorGroup passiveAfter(SentenceFrame frame, int at) {
        TokenizedBrief tokens = frame.tokens;
        Clause clause = frame.clauseOf(at);
        for (int i = at + 1; i + 2 < clause.end(); i++) {
            boolean be = BE.contains(tokens.token(i).text());
            String verb = tokens.token(i + 1).text();
            if (be && (verb.endsWith("ed") || verb.endsWith("en")) && tokens.token(i + 2).is("by")) {
                ActorGroup agent = frame.groupAfter(i + 3, 2);
                return agent != null && !frame.isSpeaker(agent) ? agent : null;
            }
        }
        return null;
    }

    /** "X's decision to gift": where the noun of deciding starts when "to" and the trigger follow it, or -1. */
    private static int decisionBefore(SentenceFrame frame, int at) {
        TokenizedBrief tokens = frame.tokens;
        if (at - 2 < frame.first || !tokens.token(at - 1).is("to") || !DECISION_NOUNS.contains(tokens.token(at - 2).lower())) {
            return -1;
        }
        return at - 2;
    }

    /** "Chinese firms such as Norinco", "companies including Saab": the actors named after the subject. */
    private static ActorGroup suchAs(SentenceFrame frame, ActorGroup subject, int at) {
        TokenizedBrief tokens = frame.tokens;
        for (int i = subject.end(); i + 1 < Math.min(at, subject.end() + SUCH_AS_REACH); i++) {
            Token token = tokens.token(i);
            boolean such = token.is("such") && tokens.token(i + 1).is("as") || token.is("including");
            if (such) {
                ActorGroup named = frame.groupStartingAt(token.is("such") ? i + 2 : i + 1);
                return named != null && named.end() <= at ? named : null;
            }
            if (!token.isLowerCase()) {
                return null;
            }
        }
        return null;
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
     * "Eritrea hosted the Egyptian and Somali presidents, and the three signed a pact": a clause
     * inside the sentence whose subject counts actors ("the three", "both sides", "all four
     * leaders") stands for the states named before it when they are that many, else for the last
     * list of that many states. Empty when the clause has no such subject, or its own subject.
     */
    private List<String> countedInClause(SentenceFrame frame, int at, ActorGroup subject) {
        Clause clause = frame.clauseOf(at);
        TokenizedBrief tokens = frame.tokens;
        int i = clause.first();
        while (i < at && CLAUSE_OPENERS.contains(tokens.token(i).lower())) {
            i++;
        }
        if (i == frame.first || i >= at || subject != null && subject.first() >= i) {
            return List.of();
        }
        int count = 0;
        int after = i;
        String word = tokens.token(i).lower();
        if (word.equals("both")) {
            count = 2;
            after = i + 1;
        } else if ((word.equals("the") || word.equals("all")) && i + 1 < at && NumberReader.isWordNumber(tokens.token(i + 1))) {
            count = (int) NumberReader.plain(tokens.tokens(), i + 1, frame.end).value();
            after = i + 2;
        }
        if (count < 2 || count > MAX_COUNTED) {
            return List.of();
        }
        if (after < at && COUNTED_NOUNS.contains(tokens.token(after).lower())) {
            after++;
        }
        if (after >= at || !tokens.token(after).isLowerCase() || FUNCTION_WORDS.contains(tokens.token(after).lower())) {
            // "the two navies' drills", "the three of them", "both of": not a subject that acts.
            return List.of();
        }
        Set<String> before = new LinkedHashSet<>();
        for (ActorGroup group : frame.groups) {
            if (group.first() < i) {
                group.keys().forEach(key -> before.add(lift.apply(key)));
            }
        }
        return before.size() == count ? List.copyOf(before) : discourse.lastListOf(count);
    }

    /**
     * "The three countries agreed ...", "Both nations ...": how many states the subject counts, or
     * 0; {@link #ANY_COUNT} for "The countries accused ..." that counts them not.
     */
    private static int countedStates(SentenceFrame frame, int at) {
        TokenizedBrief tokens = frame.tokens;
        if (at > frame.first && tokens.token(frame.first).is("Both")) {
            return 2;
        }
        if (at > frame.first + 1 && tokens.token(frame.first).is("The")
                && COUNTED_NOUNS.contains(tokens.token(frame.first + 1).text())) {
            return ANY_COUNT;
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
}
