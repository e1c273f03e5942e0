package org.brieflens.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.brieflens.model.ActorKind;

/**
 * One sentence as the link and exercise stages see it: its actor groups (mentions that are part
 * of another actor's name are left out: "Hanoi's coast guard" is the coast guard) and its
 * clauses, with the subject of each.
 */
final class SentenceFrame {
    private static final Set<String> LIST_JOINERS = Set.of(",", "and", "or", "&", "the", "-", "/");
    private static final Set<String> BOUNDARIES = Set.of(";", "–", "—", ":", "\"");
    private static final Set<String> SUBORDINATORS = Set.of("after", "while", "when", "because", "although", "though",
            "whereas", "but", "which", "who", "whose", "before", "if", "unless", "where");
    /** How many words of title may stand between a quotation and its speaker's name: "German Foreign Minister". */
    private static final int QUOTE_SPEAKER_REACH = 8;
    /** Verbs of saying: what follows them is a clause with a subject of its own ("X said Australia would buy"). */
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "stated", "states", "added", "noted",
            "announced", "told");
    /** Words that open a reported clause after a verb of saying: "said the North had", "said it would". */
    private static final Set<String> REPORTED_OPENERS = Set.of("the", "its", "their", "it", "they", "he", "she", "we");
    /** Verbs after which an actor is the source of a report, not an argument: "..., CENTCOM said." */
    private static final Set<String> SAYING = Set.of("said", "says", "stated", "told", "reported", "announced", "added",
            "noted", "confirmed", "claimed");
    /** Words opening an adjunct whose actor is the subject of the clause before ("amid tensions with Russia"). */
    private static final Set<String> PRONOUN_SUBJECTS = Set.of("it", "they", "It", "They");
    /** Words after "after" that open a clause with a subject of its own: "after the navy sent", "after it fired". */
    private static final Set<String> CLAUSE_SUBJECT_OPENERS = Set.of("the", "a", "an", "its", "their", "his", "her",
            "it", "they", "he", "she", "we", "i", "both", "two", "three", "several", "some", "many");
    /** Words that open a verb phrase going on with the subject before: "and will hold", "and has sold". */
    private static final Set<String> AUXILIARIES = Set.of("will", "would", "has", "have", "had", "is", "was", "were",
            "are", "could", "can", "may", "might", "should", "must", "did", "does", "plans", "wants", "hopes", "intends");
    private static final Set<String> SHARED_SUBJECT_ADVERBS = Set.of("also", "then", "later", "now", "separately");
    /** Present verbs of the brief's trigger words that may follow ", and" with the subject before: "and holds". */
    private static final Set<String> PRESENT_VERBS = Set.of("holds", "stages", "sells", "supplies", "signs", "sends",
            "trains", "conducts", "hosts", "buys", "funds", "finances", "provides", "operates", "patrols", "deploys",
            "joins", "leads", "runs", "keeps", "gives", "pays", "backs", "supports", "accuses", "condemns", "rejects",
            "imposes", "blocks", "exports", "imports", "builds", "maintains", "shares", "arms", "equips",
            "drills", "exercises", "sanctions", "threatens", "attacks", "helps", "lends", "donates", "delivers", "ships",
            "orders", "receives", "welcomes", "opposes", "criticises", "criticizes", "denounces", "warns", "urges");
    /** Verbs of stirring a reaction, whose subject after ", which" is the act before the comma. */
    private static final Set<String> REACTION_VERBS = Set.of("angered", "irked", "infuriated", "alarmed", "angers",
            "alarms", "provoked", "provokes", "drew", "draws", "prompted", "prompts", "sparked", "sparks");
    /** "with Marles set to host": the words after an absolute clause's subject. */
    private static final int ABSOLUTE_TITLE_WORDS = 4;
    private static final Set<String> ABSOLUTE_VERBS = Set.of("set", "due", "expected", "poised", "slated", "scheduled");
    /** Participles of judging whose subject, after a reported clause, is the speaker. */
    private static final Set<String> JUDGING_PARTICIPLES = Set.of("criticizing", "criticising", "accusing",
            "condemning", "denouncing", "blaming", "slamming", "urging", "warning", "calling", "praising", "welcoming");
    /** Verbs of asserting that, besides those of saying, open a sentence's report: "asserted that". */
    private static final Set<String> ASSERTING = Set.of("asserted", "asserts", "declared", "insisted", "argued",
            "maintained");
    private static final Set<String> AGREEMENT_NOUNS = Set.of("deal", "deals", "agreement", "agreements", "pact", "package",
            "contract", "contracts", "treaty", "accord", "arrangement", "memorandum", "plan", "programme", "program",
            "initiative", "framework", "scheme", "partnership", "order", "sale", "loan", "grant");
    private static final Set<String> ADJUNCTS = Set.of("amid", "despite", "during");
    /** An adjunct that may sit inside an opening phrase: "Under an arrangement signed during the visit, Japan ...". */
    private static final String DURING = "during";
    /** Words before "as" that make it part of a phrase, not the start of a clause: "such as", "as well as". */
    private static final Set<String> NOT_CLAUSE_AS = Set.of("such", "well", "same", "much", "many", "soon", "long",
            "far", "just", "known", "serve", "serves", "served", "serving", "act", "acts", "acting");
    /** The most words a quoted term may have: "drone wall". */
    private static final int SHORT_QUOTE = 3;
    /** How many tokens may stand between a relative pronoun and its actor: a comma, an acronym in brackets. */
    private static final int ANTECEDENT_GAP = 4;
    /** The same for a demonym's noun and the name set off after it: "British frigate, HMS Iron Duke,". */
    private static final int NAMED_ANTECEDENT_GAP = 7;
    /** How far into its clause a subject may start: further in, an actor is an object. */
    private static final int SUBJECT_REACH = 8;
    /** How many tokens of title may stand before a name set off by commas: "Lt. Gen." is four. */
    private static final int TITLE_BEFORE_NAME = 5;
    /** How many words of role may stand between a state and the comma before its person: "counterpart". */
    private static final int ROLE_BEFORE_COMMA = 3;
    /** Prepositions that open an adjunct before the subject ("Under the AUKUS pact, ..."). */
    private static final Set<String> INTRODUCING = Set.of("under", "in", "with", "for", "from", "at", "on", "by",
            "despite", "after", "amid", "since", "through", "among", "between", "against", "unlike", "like", "before",
            "during", "following");
    /** Nouns through which a state acts: "China's military launched ...". */
    private static final Set<String> OPENING_PARTICIPLES = Set.of("Having", "Facing", "Seeking", "Citing",
            "Following", "Buoyed", "Stung", "Alarmed", "Backed", "Armed", "Speaking", "Talking", "Meeting", "Addressing");
    private static final Set<String> OPENING_PREPOSITIONS = Set.of("At", "During", "In", "On", "Ahead");
    private static final Set<String> OPENING_CONJUNCTIONS = Set.of("After", "Before", "While", "Since", "Despite");
    /** How many words may stand between a possessive subject and its agent noun: "growing military presence". */
    private static final int AGENT_MODIFIERS = 3;
    /** What a state's conduct is called, acting for it after modifiers: "Beijing's growing military presence". */
    private static final Set<String> CONDUCT_NOUNS = Set.of("presence", "expansion", "build-up", "buildup", "activity",
            "activities", "ambitions", "assertiveness", "behaviour", "behavior", "conduct", "manoeuvres", "deployments",
            "programme", "program", "arsenal", "fleet");
    private static final Set<String> AGENT_NOUNS = Set.of("military", "government", "forces", "troops", "army",
            "navy", "leaders", "leadership", "officials", "administration", "regime", "warships", "jets", "ships",
            "aircraft", "diplomats", "parliament", "cabinet", "president", "prime", "minister", "ministers", "foreign",
            "defence", "defense", "ministry", "spokesman", "spokeswoman", "spokesperson", "chief", "king", "leader",
            "envoy", "ambassador", "coast", "junta", "armed", "air", "special", "delegation", "delegates", "negotiators",
            "representatives", "envoys", "authorities", "police", "drones", "missiles");
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("from", "with", "to", "for", "of", "by", "at", "on",
            "in", "against");
    /** Words that may open a subject as a share of it, with "as" opening the clause: "as 73% of ...". */
    private static final Set<String> QUANTITY_WORDS = Set.of("%", "percent", "per", "cent", "most", "many", "some",
            "half", "majority", "a", "the", "as", "all", "two-thirds", "third", "quarter");
    private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
            "can", "could", "may", "might", "should", "must", "be", "been", "do", "does", "did");
    /** Words that may stand between the people of a list: "Biden, South Korean President Yoon". */
    private static final Set<String> TITLE_FILLERS = Set.of("former", "then", ".");
    /** How many tokens a role set off by a comma may take between two people of a list: "and Iran's deputy foreign minister,". */
    private static final int ROLE_BEFORE_PERSON = 9;

    final TokenizedBrief tokens;
    private final ActorTable table;
    final int sentence;
    final int first;
    final int end;
    final List<ActorGroup> groups = new ArrayList<>();
    final List<Clause> clauses = new ArrayList<>();
    /** The clauses that are the words of a quotation: a later clause does not take its subject from them. */
    private final Set<Clause> quoted = new HashSet<>();
    /** Whether each token of the sentence (from {@code first}) lies inside brackets. */
    private final boolean[] bracketed;

    SentenceFrame(ActorTable table, int sentence) {
        this.tokens = table.tokens();
        this.table = table;
        this.sentence = sentence;
        this.first = tokens.firstOf(sentence);
        this.end = tokens.endOf(sentence);
        this.bracketed = new boolean[Math.max(0, end - first)];
        int depth = 0;
        for (int i = first; i < end; i++) {
            if (tokens.token(i).is(")")) {
                depth = Math.max(0, depth - 1);
            }
            bracketed[i - first] = depth > 0;
            if (tokens.token(i).is("(")) {
                depth++;
            }
        }
        buildGroups(table);
        buildClauses();
    }

    private void buildGroups(ActorTable table) {
        ActorGroup current = null;
        List<Mention> mentions = table.mentionsIn(sentence);
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            if (mention.isPartOfAnother() || namesAMaker(mention)) {
                continue;
            }
            if (m + 1 < mentions.size() && isPerson(mentions.get(m + 1)) && !isPerson(mention)
                    && !mention.possessive() && titleBetween(mention.end(), mentions.get(m + 1).first())) {
                // "talks mediated by Malaysian Prime Minister Anwar Ibrahim", "Daniel Armitage and Japanese
                // Foreign Minister Kenji Morita": the demonym belongs to the person's title; the person acts.
                continue;
            }
            if (current != null && isAside(mention.first(), current) && mention.first() > current.end()) {
                // "U.S. Southern Command (SOUTHCOM) and ...": the acronym in brackets is the same member again.
                continue;
            }
            if (current != null && joins(current, mention)) {
                boolean hyphen = mention.first() == current.end() + 1 && isCompoundDash(current.end())
                        || mention.first() == current.last().first();
                current.hyphenated &= hyphen;
                current.members.add(mention);
                continue;
            }
            current = new ActorGroup();
            current.members.add(mention);
            groups.add(current);
        }
        splitCommaOnlyLists();
        for (ActorGroup group : groups) {
            if (group.members.size() < 2) {
                group.hyphenated = false;
            }
        }
    }

    private boolean isPerson(Mention mention) {
        return table.actor(mention.actorKey()).map(actor -> actor.kind() == ActorKind.PERSON).orElse(false);
    }

    private boolean onlyBetween(int from, int to, Set<String> words) {
        for (int i = from; i < to; i++) {
            if (!words.contains(tokens.token(i).text())) {
                return false;
            }
        }
        return from < to;
    }

    /** Whether only title words stand between: "Foreign Minister", "Secretary of State", "Lt. Gen.". */
    private boolean titleBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            Token token = tokens.token(i);
            if (!token.isCapitalised() && !TITLE_FILLERS.contains(token.text()) && !token.is("of")) {
                return false;
            }
        }
        return from < to;
    }

    /**
     * "Under the AUKUS pact, Australia will ...", "its ally, the U.S.": actors joined by commas
     * alone are an introduction or an apposition, not a list; a list has "and" or "or" before
     * its last member. Lists in brackets need none: "(Japan, South Korea, Australia, New Zealand)".
     */
    /** "Chinese-supplied", "Turkish-made": the maker's state describes arms, it is no argument ({@link MadeAbroad}). */
    private boolean namesAMaker(Mention mention) {
        return isMakerDash(mention.end());
    }

    /**
     * Whether token {@code dash} joins a maker's name to a word of making, with no space on either
     * side: the dash of "Chinese-supplied" or "Turkish-made".
     */
    boolean isMakerDash(int dash) {
        return dash > first && dash + 1 < end && tokens.token(dash).is("-") && isInMention(dash - 1)
                && tokens.token(dash).start() == tokens.token(dash - 1).end()
                && tokens.token(dash + 1).start() == tokens.token(dash).end()
                && MadeAbroad.MADE.contains(tokens.token(dash + 1).lower());
    }

    private void splitCommaOnlyLists() {
        List<ActorGroup> split = new ArrayList<>();
        for (ActorGroup group : groups) {
            if (group.members.size() < 2 || isBracketed(group.first()) || hasConjunction(group)) {
                split.add(group);
                continue;
            }
            ActorGroup current = null;
            for (Mention member : group.members) {
                if (current == null || member.first() != current.last().first() && !isCompoundDash(member.first() - 1)) {
                    current = new ActorGroup();
                    split.add(current);
                }
                current.members.add(member);
            }
        }
        groups.clear();
        groups.addAll(split);
    }

    /** Whether a group of several actors joined by a conjunction ends at token {@code end}. */
    private boolean listEndsAt(int end) {
        for (ActorGroup group : groups) {
            if (group.end() == end && group.members.size() >= 2 && hasConjunction(group)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasConjunction(ActorGroup group) {
        for (int i = group.first(); i < group.end(); i++) {
            Token token = tokens.token(i);
            if ((token.is("and") || token.is("or") || token.is("&")) && !isInMention(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean joins(ActorGroup group, Mention mention) {
        if (mention.first() == group.last().first()) {
            return true;
        }
        if (mention.first() < group.end() || group.isPossessive()) {
            return false;
        }
        if (tokens.token(group.end()).is(",") && group.end() + 1 < end && tokens.token(group.end() + 1).is("and")
                && hasConjunction(group)) {
            // "talks between Hamas and Israel, and Egypt joined": a second "and" opens a new clause.
            return false;
        }
        if (mention.possessive() && tokens.token(group.end()).is(",")) {
            // "Tensions between Ethiopia and Eritrea, and Sudan's civil war": a possessive after a comma opens a new phrase.
            return false;
        }
        int before = kindClass(group.last().actorKey());
        int after = kindClass(mention.actorKey());
        // "The Venezuelan navy and Russian warships": a state and a body may share a list joined by "and" alone.
        boolean andOnly = mention.first() == group.end() + 1 && tokens.token(group.end()).is("and");
        if (before != after && !(andOnly && before < 2 && after < 2)) {
            return false;
        }
        boolean person = table.actor(mention.actorKey()).map(actor -> actor.kind() == ActorKind.PERSON).orElse(false);
        // "al-Dosari and Iran's deputy foreign minister, Reza Kazemi,": a role in lower case set off before the person.
        boolean roleSetOff = person && mention.first() - 1 > group.end() && tokens.token(mention.first() - 1).is(",")
                && mention.first() - group.end() <= ROLE_BEFORE_PERSON;
        for (int i = group.end(); i < mention.first(); i++) {
            Token token = tokens.token(i);
            boolean title = person && (token.isCapitalised() || TITLE_FILLERS.contains(token.text()) || isInMention(i)
                    || roleSetOff && (token.isLowerCase() || token.is("'s") || i == mention.first() - 1));
            // "the Royal Navy and the Dutch navy": "Dutch" is part of the next member's name.
            boolean partOfNext = isInMention(i) && table.mentionAt(i).isPartOfAnother()
                    // "Finland's Jaeger Brigade and Sweden's Norrland Dragoons": the owner's possessive too.
                    || token.is("'s") && i > 0 && isInMention(i - 1) && table.mentionAt(i - 1).isPartOfAnother();
            if (!LIST_JOINERS.contains(token.text()) && !title && !partOfNext && !isCompoundDash(i) && !isAside(i, group)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A list holds actors of one class: states and groupings, or bodies and companies, or people.
     * "the war against Ukraine, the National Intelligence Service said" is no list.
     */
    private int kindClass(String key) {
        ActorKind kind = table.actor(key).map(ActorDraft::kind).orElse(ActorKind.STATE);
        return switch (kind) {
            case STATE, ALLIANCE, GROUPING -> 0;
            case ORGANISATION, COMPANY -> 1;
            case PERSON -> 2;
        };
    }

    private void buildClauses() {
        int start = first;
        Clause.Kind kind = Clause.Kind.MAIN;
        boolean quoteOpen = false;
        boolean inQuotation = false;
        for (int i = first; i < end; i++) {
            Token token = tokens.token(i);
            Clause.Kind next = null;
            int nextStart = i;
            int cut = i;
            if (BOUNDARIES.contains(token.text()) && !isShortQuote(i) && !isCompoundDash(i) && !isListColon(i)
                    || isSpacedHyphen(i)) {
                // "... naval forces – a strategic hedge against ...": a noun phrase in apposition.
                boolean apposition = (token.is("–") || token.is("—") || token.is("-")) && i + 1 < end
                        && (tokens.token(i + 1).is("a") || tokens.token(i + 1).is("an"));
                boolean closingQuote = token.is("\"") && quoteOpen;
                // 'called the patrols "a warning to separatist forces" and accused Washington': the verb
                // after the quotation is the speaker's, not the quotation's.
                next = apposition || closingQuote && coordinatedVerbAfter(i + 1) ? Clause.Kind.PARTICIPIAL : Clause.Kind.MAIN;
                nextStart = i + 1;
            } else if (i > first && SUBORDINATORS.contains(token.text())) {
                // "the exercise, in which A and B trained": after a preposition the relative clause has its own subject.
                boolean ownSubject = token.is("which") && INTRODUCING.contains(tokens.token(i - 1).lower());
                boolean gerund = i + 1 < end && tokens.token(i + 1).isLowerCase() && tokens.token(i + 1).text().endsWith("ing");
                // "signed the deal after talks with Vietnam": a bare noun after "after" is no clause of its own.
                boolean bareNoun = (token.is("after") || token.is("before")) && i + 1 < end && tokens.token(i + 1).isLowerCase()
                        && tokens.token(i + 1).isWord() && !CLAUSE_SUBJECT_OPENERS.contains(tokens.token(i + 1).lower());
                next = (token.is("which") || token.is("who") || token.is("whose")) && !ownSubject
                        ? Clause.Kind.RELATIVE
                        // "..., after signing a contract with": the gerund's subject is the main clause's.
                        : gerund || bareNoun ? Clause.Kind.PARTICIPIAL : Clause.Kind.MAIN;
            } else if (token.is(",") && isParticiple(i + 1)) {
                next = Clause.Kind.PARTICIPIAL;
                nextStart = i + 1;
            } else if (i > first && REPORTING.contains(token.text()) && i + 1 < end
                    && (tokens.token(i + 1).is("that") || tokens.token(i + 1).isCapitalised()
                    || REPORTED_OPENERS.contains(tokens.token(i + 1).text()))) {
                next = Clause.Kind.MAIN;
                nextStart = i + 1;
                // The verb of saying stays with its subject: "Japan said | it would ...".
                cut = i + 1;
            } else if (i > first && (token.is("as") && !NOT_CLAUSE_AS.contains(tokens.token(i - 1).lower())
                    || token.is("since")) && i + 1 < end && (tokens.token(i + 1).isNumber() && token.is("as")
                    || isInMention(i + 1) || tokens.token(i + 1).is("the") && i + 2 < end && isInMention(i + 2))) {
                // "... comes as 73% of Japanese citizens view China ...", "as Beijing expands ...",
                // "since Brazil ordered ...": "as" or "since" opens a clause of its own.
                next = Clause.Kind.MAIN;
            } else if (i > first && token.is("with") && absoluteSubjectAt(i + 1)) {
                // "a new pact, with Defence Minister Richard Marles set to host counterpart Win Bakri Daki":
                // the absolute clause has its own subject, and is no partner of the pact.
                next = Clause.Kind.MAIN;
                nextStart = i + 1;
            } else if (i > first && token.is("that") && relativeThat(i)) {
                // "terrain that saw fierce fighting between Japan and the US": the relative clause is about
                // the noun before it, not the subject of the sentence.
                next = Clause.Kind.RELATIVE;
            } else if (i > first && token.is("that") && i + 1 < end && tokens.token(i + 1).isCapitalised()) {
                // "warned that Russia could attack": a complement clause with a subject of its own.
                next = Clause.Kind.MAIN;
            } else if (i > first && ADJUNCTS.contains(token.text())
                    && !(token.is(DURING) && start == first && INTRODUCING.contains(tokens.token(start).lower())
                    && !commaBetween(start, i))) {
                // "signed a memorandum during President Marcos's visit": no object of the verb after it.
                next = Clause.Kind.PARTICIPIAL;
            } else if (token.is(",") && i + 1 < end && tokens.token(i + 1).is("and") && i > first
                    && (!isInMention(i - 1) || listEndsAt(i) || countsActorsAt(i + 2))) {
                // "radars in the Philippines, Vietnam and Malaysia, and Australia ... said": a list that
                // has had its "and" is over, so ", and" opens a clause ("A, B, and C" stays one list).
                // "... will ship tanks, and Hanwha Defense ... will send": a new clause, not a list.
                // "China paid for the base, and sold tanks to Cambodia": a verb with no subject of its
                // own goes on with the subject of the clause before.
                next = sharesSubjectAt(i + 2) && opensWithActor(start, i, kind) ? Clause.Kind.PARTICIPIAL : Clause.Kind.MAIN;
                nextStart = i + 2;
            }
            if (next != null) {
                if (cut > start) {
                    addClause(new Clause(start, cut, kind), inQuotation);
                }
                start = nextStart;
                kind = next;
                inQuotation = token.is("\"") && !quoteOpen;
            }
            if (token.is("\"")) {
                quoteOpen = !quoteOpen;
            }
        }
        if (end > start) {
            addClause(new Clause(start, end, kind), inQuotation);
        }
    }

    /** Whether an actor at {@code i} is followed by "set to", "due to", "expected to": the subject of an absolute clause. */
    private boolean absoluteSubjectAt(int i) {
        int at = i;
        while (at < end && at - i < ABSOLUTE_TITLE_WORDS && tokens.token(at).isCapitalised() && !isInMention(at)) {
            // "with Defence Minister Richard Marles set to": a title before the name.
            at++;
        }
        ActorGroup group = at < end ? groupStartingAt(at) : null;
        if (group == null) {
            return false;
        }
        int after = group.end();
        return after + 1 < end && ABSOLUTE_VERBS.contains(tokens.token(after).text()) && tokens.token(after + 1).is("to");
    }

    /**
     * Whether "that" at {@code i} opens a relative clause after a noun: "terrain that saw". After
     * an agreement ("a deal that gave Vietnam six ships") the clause goes on with the deal's maker.
     */
    private boolean relativeThat(int i) {
        if (i + 1 >= end) {
            return false;
        }
        Token noun = tokens.token(i - 1);
        Token verb = tokens.token(i + 1);
        boolean afterNoun = noun.isLowerCase() && noun.isWord() && !noun.text().endsWith("ed") && !REPORTING.contains(noun.text())
                && !SAYING.contains(noun.text()) && !isInMention(i - 1) && !AGREEMENT_NOUNS.contains(noun.text());
        boolean past = verb.isLowerCase() && VerbForms.isPastOrParticiple(verb.text());
        return afterNoun && past;
    }

    /**
     * Whether the main clause {@code [start, to)} opens with an actor as its subject, at its start
     * or after an opening phrase: "China paid ...", "In 2020, the Chinese navy ...", "On Monday
     * China ...", but not "The Government notes reports of a Chinese vessel", whose subject is no actor.
     */
    private boolean opensWithActor(int start, int to, Clause.Kind kind) {
        ActorGroup opening = kind == Clause.Kind.MAIN ? openingGroup(start, to) : null;
        if (opening == null || opening.first() == start) {
            return opening != null;
        }
        Token before = tokens.token(opening.first() - 1);
        return before.is(",") || before.isIgnoringCase("the") || !before.isLowerCase();
    }

    /**
     * Whether a verb phrase with no subject of its own opens at {@code i}: an auxiliary ("will
     * hold", "has sold"), a past ("sold", "signed") or a verb that the trigger words give in the
     * present ("holds", "stages"), perhaps after "also" or "then".
     */
    private boolean sharesSubjectAt(int i) {
        int verb = i < end && SHARED_SUBJECT_ADVERBS.contains(tokens.token(i).text()) ? i + 1 : i;
        if (verb + 1 >= end) {
            return false;
        }
        Token word = tokens.token(verb);
        if (!word.isLowerCase() || !word.isWord() || isInMention(verb)) {
            return false;
        }
        Token next = tokens.token(verb + 1);
        // "and armed groups attacked", "and allied navies trained": a modifier of the next clause's subject.
        boolean modifier = next.isLowerCase() && next.isWord() && next.text().endsWith("s") && !next.text().endsWith("ss")
                && verb + 2 < end && tokens.token(verb + 2).isLowerCase() && tokens.token(verb + 2).text().endsWith("ed");
        return AUXILIARIES.contains(word.text())
                || (VerbForms.isPastOrParticiple(word.text()) || PRESENT_VERBS.contains(word.text())) && !modifier;
    }

    /** ", which has angered China": a relative clause after a comma whose verb is a reaction to what came before. */
    private boolean reactionToClauseBefore(Clause clause) {
        int which = clause.first();
        if (which <= first || !tokens.token(which).is("which") || !tokens.token(which - 1).is(",")) {
            return false;
        }
        int verb = which + 1;
        if (verb < end && (tokens.token(verb).is("has") || tokens.token(verb).is("have") || tokens.token(verb).is("had"))) {
            verb++;
        }
        return verb < end && REACTION_VERBS.contains(tokens.token(verb).text());
    }

    /** "..., and the three signed", "..., and both agreed": a subject counting actors opens a clause, not a list item. */
    private boolean countsActorsAt(int i) {
        if (i + 1 >= end) {
            return false;
        }
        Token word = tokens.token(i);
        Token next = tokens.token(i + 1);
        return word.is("both") && next.isLowerCase() || word.is("the") && NumberReader.isWordNumber(next);
    }

    private void addClause(Clause clause, boolean inQuotation) {
        clauses.add(clause);
        if (inQuotation) {
            quoted.add(clause);
        }
    }

    /** Whether token {@code i} joins another verb in the past to the clause: "and accused", "but urged". */
    boolean joinsAnotherVerb(int i) {
        if (i + 1 >= end || !(tokens.token(i).is("and") || tokens.token(i).is("but"))) {
            return false;
        }
        Token next = tokens.token(i + 1);
        return next.isLowerCase() && next.text().endsWith("ed");
    }

    /** Whether a verb joined by "and" or "but" follows token {@code at}, with no subject of its own: "and accused". */
    private boolean coordinatedVerbAfter(int at) {
        int i = at < end && tokens.token(at).is(",") ? at + 1 : at;
        if (i + 1 >= end || !(tokens.token(i).is("and") || tokens.token(i).is("but"))) {
            return false;
        }
        Token verb = tokens.token(i + 1);
        return verb.isLowerCase() && !REPORTED_OPENERS.contains(verb.text()) && !verb.is("a") && !verb.is("an");
    }

    /**
     * A quotation mark around a few words ("a joint “drone wall” of sensors") marks a name or a
     * term, not a quotation that stands apart from the clause.
     */
    private boolean isShortQuote(int i) {
        if (!tokens.token(i).is("\"")) {
            return false;
        }
        for (int j = i + 1; j < Math.min(end, i + SHORT_QUOTE + 2); j++) {
            if (tokens.token(j).is("\"")) {
                return j - i - 1 <= SHORT_QUOTE && j > i + 1;
            }
        }
        for (int j = i - 1; j > Math.max(first - 1, i - SHORT_QUOTE - 2); j--) {
            if (tokens.token(j).is("\"")) {
                return i - j - 1 <= SHORT_QUOTE && j < i - 1;
            }
        }
        return false;
    }

    /** "is buying hardware: two aircraft from ...": a colon before a counted list goes on with the clause. */
    private boolean isListColon(int i) {
        return tokens.token(i).is(":") && i + 1 < end && (tokens.token(i + 1).isNumber()
                || NumberReader.isWordNumber(tokens.token(i + 1)));
    }

    /** A bracket, or a name in brackets for an actor already in the group: "(SOUTHCOM)". */
    private boolean isAside(int i, ActorGroup group) {
        Token token = tokens.token(i);
        // An empty "()" is no aside, and looking through it would go back and forth for ever.
        if (token.is("(")) {
            return i + 1 < end && !tokens.token(i + 1).is(")") && isAside(i + 1, group);
        }
        if (token.is(")")) {
            return i - 1 > first && !tokens.token(i - 1).is("(") && isAside(i - 1, group);
        }
        Mention mention = table.mentionAt(i);
        return isBracketed(i) && mention != null && group.keys().contains(mention.actorKey());
    }

    /**
     * "US-China", "the Fiji–New Zealand partnership": a hyphen or dash written tight between two
     * names joins them in a compound; it is no clause boundary.
     */
    private boolean isCompoundDash(int i) {
        Token token = tokens.token(i);
        if (!(token.is("-") || token.is("–") || token.is("—")) || i <= first || i + 1 >= end) {
            return false;
        }
        boolean tight = tokens.token(i - 1).end() == token.start() && token.end() == tokens.token(i + 1).start();
        return tight && (token.is("-") || isInMention(i - 1) && isInMention(i + 1));
    }

    /** "NEW DELHI, May 8 (Reuters) - India launched ...": a hyphen between spaces is a dash. */
    private boolean isSpacedHyphen(int i) {
        if (!tokens.token(i).is("-") || i == first || i + 1 >= end) {
            return false;
        }
        return tokens.token(i - 1).end() < tokens.token(i).start() && tokens.token(i).end() < tokens.token(i + 1).start();
    }

    /** ", recently blocking", ", including": an -ing word, perhaps after an -ly adverb. */
    private boolean isParticiple(int i) {
        if (i >= end) {
            return false;
        }
        Token token = tokens.token(i);
        if (token.isLowerCase() && token.text().endsWith("ly") && i + 1 < end) {
            token = tokens.token(i + 1);
        }
        return token.isLowerCase() && token.text().endsWith("ing") && token.text().length() > 4;
    }

    Clause clauseOf(int token) {
        for (Clause clause : clauses) {
            if (clause.contains(token)) {
                return clause;
            }
        }
        return new Clause(token, token + 1, Clause.Kind.MAIN);
    }

    /**
     * The subject acting at token {@code at}: in a main clause its first actor group, if it comes
     * before {@code at} and is not a possessive; for a relative clause the group before it; for a
     * participial clause the subject of the clause before.
     */
    ActorGroup subjectAt(int at) {
        int index = clauses.indexOf(clauseOf(at));
        while (index >= 0) {
            Clause clause = clauses.get(index);
            ActorGroup reporter = clause.kind() == Clause.Kind.PARTICIPIAL ? reporterBefore(clause) : null;
            if (reporter == null && clause.kind() == Clause.Kind.PARTICIPIAL) {
                reporter = speakerOfJudgingParticiple(clause);
            }
            if (reporter != null) {
                // "..., the Congolese army (FARDC) said, accusing Rwanda of ...": the one who said it accuses.
                return reporter;
            }
            if (clause.kind() == Clause.Kind.MAIN) {
                if (PRONOUN_SUBJECTS.contains(tokens.token(clause.first()).text())) {
                    // "Australia and India said they would join the Philippine Navy": the pronoun is
                    // the speaker, and the group after the verb is its object, not its subject.
                    ActorGroup speaker = speakerOf(clause);
                    return speaker != null && speaker.first() < clause.first() ? speaker : null;
                }
                ActorGroup opening = openingGroup(clause.first(), Math.min(at, clause.end()));
                if (opening == null && clause.first() == first) {
                    ActorGroup later = subjectAfterOpeningPhrase(at, clause.end());
                    if (later != null) {
                        // "Having signed a pact with the Solomon Islands in 2022, China is now courting Vanuatu".
                        return later;
                    }
                }
                ActorGroup reported = opening == null ? null : reportedSubject(opening.end(), Math.min(at, clause.end()));
                if (reported != null) {
                    // "Almanza announced today that SENAN and SOUTHCOM will co-host": the reported clause's own subject.
                    return reported;
                }
                if (opening != null && opening.isPossessive()) {
                    // "Germany's Rheinmetall won": the possessed actor is the subject;
                    // "China's military launched": the state acts through its agent.
                    ActorGroup possessed = groupStartingAt(opening.end() + 1);
                    if (possessed != null && possessed.first() < at) {
                        return possessed;
                    }
                    return agentNounAfter(opening.end() + 1, at) ? opening : null;
                }
                return opening;
            }
            if (clause.kind() == Clause.Kind.RELATIVE && reactionToClauseBefore(clause) && index > 0) {
                // "A US warship transited the Taiwan Strait, which has angered China": what angered is the
                // act of the clause before, so its subject.
                return subjectAt(clause.first() - 1);
            }
            if (clause.kind() == Clause.Kind.RELATIVE) {
                // "Oman, which ...": the relative pronoun stands for the actor just before it;
                // in "militants who attack", for no actor at all.
                ActorGroup antecedent = lastGroupBefore(clause.first());
                if (antecedent == null) {
                    return null;
                }
                boolean demonym = antecedent.last().form() == SurfaceForm.DEMONYM;
                for (int i = antecedent.end(); i < clause.first(); i++) {
                    Token token = tokens.token(i);
                    boolean aside = token.is(",") || token.is(")") || token.is("(") || token.is("\"") || isInMention(i)
                            || token.is("'s") || i == clause.first() - 1 && (INTRODUCING.contains(token.lower()) || token.is("of"));
                    // "a British frigate, HMS Iron Duke, which had been training": the demonym's noun and its name.
                    boolean nounOfDemonym = i == antecedent.end() && token.isLowerCase();
                    boolean nameSetOff = i > antecedent.end() && token.isCapitalised()
                            && (tokens.token(i - 1).is(",") || tokens.token(i - 1).isCapitalised());
                    boolean named = demonym && (nounOfDemonym || nameSetOff);
                    int gap = demonym ? NAMED_ANTECEDENT_GAP : ANTECEDENT_GAP;
                    if (!aside && !named || i - antecedent.end() >= gap) {
                        return null;
                    }
                }
                return antecedent;
            }
            at = clause.first();
            index--;
            while (index >= 0 && quoted.contains(clauses.get(index))) {
                index--;
            }
        }
        return null;
    }

    /**
     * Whether a group is the source of a report: "..., U.S. Central Command (CENTCOM) said",
     * "according to South Korea's Joint Chiefs of Staff".
     */
    boolean isSpeaker(ActorGroup group) {
        int after = group.end();
        if (after + 2 < end && tokens.token(after).is("(") && tokens.token(after + 2).is(")")) {
            after += 3;
        }
        boolean saysAfter = after < end && SAYING.contains(tokens.token(after).text());
        boolean accordingTo = group.first() - 2 >= first && tokens.token(group.first() - 2).is("according")
                && tokens.token(group.first() - 1).is("to");
        return saysAfter || accordingTo;
    }

    /**
     * The subject after a sentence's opening participle phrase ("Having signed ..., China is"; "After
     * signing ..., China"): the group just after the comma that ends the phrase {@code at} is in.
     */
    private ActorGroup subjectAfterOpeningPhrase(int at, int limit) {
        String opener = tokens.token(first).text();
        // "At a joint press conference with Sisi in Paris, Macron said": the trigger of an opening
        // phrase of place or time is the subject's after the comma.
        boolean phrase = OPENING_PREPOSITIONS.contains(opener) && !commaBetween(first, at);
        boolean participle = OPENING_PARTICIPLES.contains(opener) || phrase
                || first + 1 < end && OPENING_CONJUNCTIONS.contains(opener) && tokens.token(first + 1).lower().endsWith("ing");
        if (!participle) {
            return null;
        }
        for (int i = at; i + 1 < limit; i++) {
            if (tokens.token(i).is(",")) {
                int next = tokens.token(i + 1).isIgnoringCase("the") ? i + 2 : i + 1;
                ActorGroup group = groupStartingAt(next);
                return group != null && group.end() < end && tokens.token(group.end()).isLowerCase() ? group : null;
            }
        }
        return null;
    }

    /**
     * Whether the noun a possessive subject owns is an agent of its own, right after it or after a
     * few modifiers: "China's military launched", "Beijing's growing military presence has alarmed".
     */
    private boolean agentNounAfter(int from, int limit) {
        for (int i = from; i < Math.min(Math.min(end, limit), from + AGENT_MODIFIERS + 1); i++) {
            Token token = tokens.token(i);
            // "Japan's Defence Minister met": a title written in capitals acts for its state too.
            if (AGENT_NOUNS.contains(token.lower()) || i > from && CONDUCT_NOUNS.contains(token.text())) {
                return true;
            }
            if (!token.isLowerCase()) {
                return false;
            }
        }
        return false;
    }

    /** The group opening a clause reported with "that" between {@code from} and {@code to}: "announced that X will"; or null. */
    private ActorGroup reportedSubject(int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (tokens.token(i).is("that") && i > from && REPORTING.contains(tokens.token(i - 1).text())
                    || tokens.token(i).is("that") && i > from + 1 && REPORTING.contains(tokens.token(i - 2).text())) {
                ActorGroup group = groupAfter(i + 1, 1);
                return group != null && group.first() < to ? group : null;
            }
        }
        return null;
    }

    /**
     * "Mao Ning ... asserted that China holds sovereignty over Taiwan, strongly criticizing the
     * United States": a participle of judging after a reported clause is the speaker's, who opens
     * the sentence with a verb of saying; or null.
     */
    private ActorGroup speakerOfJudgingParticiple(Clause clause) {
        int verb = clause.first();
        while (verb < clause.end() && tokens.token(verb).isLowerCase() && tokens.token(verb).text().endsWith("ly")) {
            verb++;
        }
        if (verb >= clause.end() || !JUDGING_PARTICIPLES.contains(tokens.token(verb).text())) {
            return null;
        }
        ActorGroup speaker = groupStartingAt(first);
        if (speaker == null || !isPeople(speaker) && !isStates(speaker)) {
            return null;
        }
        for (int i = speaker.end(); i < clause.first(); i++) {
            String word = tokens.token(i).text();
            if (SAYING.contains(word) || REPORTING.contains(word) || ASSERTING.contains(word)) {
                return speaker;
            }
        }
        return null;
    }

    /** The actor that "said" just before a participial clause: "X said, accusing ..."; or null. */
    private ActorGroup reporterBefore(Clause clause) {
        int verb = clause.first() - 1;
        if (verb > first && tokens.token(verb).is(",")) {
            verb--;
        }
        if (verb <= first || !SAYING.contains(tokens.token(verb).text())) {
            return null;
        }
        ActorGroup said = lastGroupBefore(verb);
        if (said == null) {
            return null;
        }
        int gap = verb - said.end();
        boolean acronym = gap == 3 && tokens.token(said.end()).is("(") && tokens.token(said.end() + 2).is(")");
        return gap == 0 || acronym ? said : null;
    }

    /**
     * The speaker of a reported clause, "X said the purchase reflected ...": the subject of the
     * verb of saying just before the clause (and a "that"), or null if the clause is not reported.
     */
    /**
     * Who says a quotation that opens the sentence, named after it with a verb of saying before or
     * after them: '"We condemn the strikes," German Foreign Minister Annalena Baerbock said', '...,"
     * said Baerbock'; null if token {@code at} is not in such a quotation.
     */
    ActorGroup quotationSpeaker(int at) {
        if (!tokens.token(first).is("\"")) {
            return null;
        }
        int close = -1;
        for (int i = first + 1; i < end && close < 0; i++) {
            if (tokens.token(i).is("\"")) {
                close = i;
            }
        }
        if (close < 0 || at > close) {
            return null;
        }
        int from = close + 1;
        if (from < end && tokens.token(from).is(",")) {
            from++;
        }
        boolean saidBefore = from < end && REPORTING.contains(tokens.token(from).text());
        for (ActorGroup group : groups) {
            if (group.first() < from || group.first() > from + QUOTE_SPEAKER_REACH) {
                continue;
            }
            boolean saidAfter = group.end() < end && REPORTING.contains(tokens.token(group.end()).text());
            return saidBefore || saidAfter ? group : null;
        }
        return null;
    }

    ActorGroup speakerOf(Clause clause) {
        int verb = clause.first() - 1;
        if (verb > first && tokens.token(verb).is("that")) {
            verb--;
        }
        if (verb > first && tokens.token(verb).is("\"")) {
            // "... said the purchase reflected “a long-term partnership with ...”": the quotation goes on,
            // unless the reported clause names others ("said Iran's neighbours were “buying ...”").
            Clause reported = clauseOf(verb - 1);
            ActorGroup owner = groupStartingAt(reported.first());
            return owner != null && owner.isPossessive() && !agentNounAfter(owner.end() + 1, verb)
                    ? null : speakerOf(reported);
        }
        if (verb <= first || !REPORTING.contains(tokens.token(verb).text())) {
            return null;
        }
        return subjectAt(verb);
    }

    /** Whether token {@code token} lies inside brackets: actors there are asides, not arguments. */
    boolean isBracketed(int token) {
        return token >= first && token < end && bracketed[token - first];
    }

    /**
     * The first group of a clause that can be its subject. A group in a phrase that opens the
     * clause with a preposition and ends with a comma is an adjunct: "Under the AUKUS pact,
     * Australia will buy", "With Prime Minister Ishiba advocating ..., analysts suggest".
     */
    private ActorGroup openingGroup(int from, int to) {
        boolean opensWithPreposition = from < end && INTRODUCING.contains(tokens.token(from).lower());
        // "In Beijing, defence ministry spokesperson Senior Col. Fang Lijun": the reach counts from the comma.
        int reachFrom = from;
        for (ActorGroup group : groups) {
            if (group.first() < from || group.first() >= to || isBracketed(group.first())) {
                continue;
            }
            if (group.end() + 2 < to && tokens.token(group.end()).is("-") && tokens.token(group.end() + 1).isLowerCase()
                    && tokens.token(group.end() + 1).text().endsWith("ed")) {
                // "Iran-backed Houthi rebels fired": the compound describes the subject after it.
                continue;
            }
            boolean afterComma = group.first() > from && tokens.token(group.first() - 1).is(",");
            if (group.first() - reachFrom > SUBJECT_REACH && !afterComma && !opensWithPreposition) {
                // "The ministry plans to buy 20 fighters from the United States": too far in to be the subject.
                return null;
            }
            if (!opensWithPreposition && objectOfPreposition(from, group)) {
                // "The package includes missiles from MBDA": an actor after the verb's preposition.
                return null;
            }
            // "In 2020, the US, through its programme, donated": past the opening phrase's comma, the
            // subject may be set off by an aside of its own.
            boolean pastOpening = opensWithPreposition && commaBetween(from, group.first()) && !group.isPossessive();
            if (!opensWithPreposition || !commaBetween(group.end(), to) || pastOpening) {
                return personSetOffAfter(group);
            }
            opensWithPreposition = false;
            reachFrom = commaAfter(group.end());
        }
        return null;
    }

    /**
     * Whether a group follows a preposition after words that are not the subject's own ("The
     * package includes missiles from"), unlike "Warships and aircraft from the United States".
     */
    private boolean objectOfPreposition(int from, ActorGroup group) {
        int before = group.first() - 1;
        if (before > from && tokens.token(before).isIgnoringCase("the")) {
            before--;
        }
        if (before <= from || !OBJECT_PREPOSITIONS.contains(tokens.token(before).text())) {
            return false;
        }
        if ((tokens.token(before).is("of") || tokens.token(before).is("from"))
                && Carriers.NOUNS.contains(tokens.token(before - 1).lower())) {
            // "The defence ministers of A, B and C met": the people of the states are the subject.
            return false;
        }
        if (tokens.token(before).is("of") && onlyQuantity(from, before)) {
            // "as 73% of Japanese citizens view China ...": a share of the subject is the subject.
            return false;
        }
        for (int i = from; i < before; i++) {
            Token token = tokens.token(i);
            boolean subjectWord = Carriers.NOUNS.contains(token.lower()) || LIST_JOINERS.contains(token.lower());
            if (!subjectWord) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens {@code [from, to)} only count or share out what follows: "73%", "most", "as half". */
    private boolean onlyQuantity(int from, int to) {
        for (int i = from; i < to; i++) {
            Token token = tokens.token(i);
            if (!token.isNumber() && !QUANTITY_WORDS.contains(token.lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the chief of Norway's Joint Headquarters, Lt. Gen. Torgeir Vang, spoke": the person set off
     * by commas after a body is the one who acts; the group itself otherwise.
     */
    ActorGroup personSetOffAfter(ActorGroup group) {
        // "his Somali counterpart, Hassan Sheikh Mohamud,": a role may stand between the state and the comma.
        int comma = group.end();
        while (comma < end && comma - group.end() < ROLE_BEFORE_COMMA && tokens.token(comma).isLowerCase()) {
            comma++;
        }
        if (comma + 1 >= end || !tokens.token(comma).is(",") || isPeople(group)) {
            return group;
        }
        ActorGroup person = groupAfter(comma + 1, TITLE_BEFORE_NAME);
        boolean setOff = person != null && isPeople(person) && person.members.size() == 1
                && (person.end() >= end || tokens.token(person.end()).is(","));
        for (int i = comma + 1; setOff && i < person.first(); i++) {
            // Only the person's title ("Lt. Gen.", "Adm.") may stand between the comma and the name.
            setOff = tokens.token(i).isCapitalised() || tokens.token(i).is(".");
        }
        return setOff ? person : group;
    }

    /** The token after the first comma from {@code from}. */
    private int commaAfter(int from) {
        int i = from;
        while (i < end && !tokens.token(i).is(",")) {
            i++;
        }
        return i + 1;
    }

    private boolean commaBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.token(i).is(",")) {
                return true;
            }
        }
        return false;
    }

    ActorGroup firstGroupIn(int from, int to) {
        for (ActorGroup group : groups) {
            if (group.first() >= from && group.first() < to && !isBracketed(group.first())) {
                return group;
            }
        }
        return null;
    }

    /**
     * The recipient named right after the last "to" before {@code at} ("delivered shells to
     * Ukraine last year, Prague said, with funding from ..."), or null.
     */
    ActorGroup recipientBefore(int at) {
        for (int i = at - 1; i > first; i--) {
            if (tokens.token(i).is("to")) {
                // "to the Pakistan Navy": the article, and the state that names the service, before it.
                ActorGroup group = groupAfter(i + 1, 2);
                return group != null && group.end() <= at ? group : null;
            }
        }
        return null;
    }

    ActorGroup lastGroupBefore(int token) {
        ActorGroup last = null;
        for (ActorGroup group : groups) {
            if (group.end() <= token && !isBracketed(group.first())) {
                last = group;
            }
        }
        return last;
    }

    /** The first group after {@code from} in the same clause, no further than {@code window} tokens on. */
    ActorGroup groupAfter(int from, int window) {
        Clause clause = clauseOf(Math.max(first, from - 1));
        for (ActorGroup group : groups) {
            if (group.first() >= from && group.first() < clause.end() && group.first() - from <= window
                    && !isBracketed(group.first())) {
                return group;
            }
        }
        return null;
    }

    /** Whether a group names people: "Prime Minister Ralph Tamata". */
    boolean isPeople(ActorGroup group) {
        return group.keys().stream().allMatch(key -> table.actor(key).map(actor -> actor.kind() == ActorKind.PERSON)
                .orElse(false));
    }

    /** Whether every actor of a group is a state. */
    boolean isStates(ActorGroup group) {
        return group.keys().stream().allMatch(key -> table.actor(key).map(actor -> actor.kind() == ActorKind.STATE)
                .orElse(false));
    }

    /** Whether token {@code token} names an actor ("French" in "French and Italian naval forces"). */
    boolean isInMention(int token) {
        return table.mentionAt(token) != null;
    }

    /** The mention whose last token is just before {@code end}, or null. */
    Mention mentionEndingAt(int end) {
        Mention mention = table.mentionAt(end - 1);
        return mention != null && mention.end() == end ? mention : null;
    }

    /** The group whose first mention starts at token {@code token}, whatever clause it is in. */
    ActorGroup groupStartingAt(int token) {
        for (ActorGroup group : groups) {
            if (group.first() == token) {
                return group;
            }
        }
        return null;
    }

    /** The group ending just before {@code at} with only lowercase words between (at most {@code gap}). */
    ActorGroup modifierBefore(int at, int gap) {
        for (ActorGroup group : groups) {
            int between = at - group.end();
            if (between < 0 || between > gap) {
                continue;
            }
            boolean words = true;
            for (int i = group.end(); i < at; i++) {
                Token token = tokens.token(i);
                // A verb between ("the US more than tripled exports") means the actor is not a modifier.
                boolean verb = token.isLowerCase() && (token.text().endsWith("ed") || VERBS.contains(token.text()));
                if (!(token.isLowerCase() || token.is("-") || token.is("'s") || token.is("'")) || verb) {
                    words = false;
                }
            }
            if (words) {
                return group;
            }
        }
        return null;
    }
}
