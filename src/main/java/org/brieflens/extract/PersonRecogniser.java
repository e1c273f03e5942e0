package org.brieflens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.brieflens.model.ActorKind;

/**
 * Recognises people by pattern, never by a list of names: a title followed by one to four
 * capitalised words ("Secretary General Mark Rutte", "Prime Minister Ishiba", "Rear Adm. Kazushi
 * Yokota"). The person is affiliated to what the title names or what is written around it: an
 * actor just before the title ("NATO Secretary General", "South Korean President", "Chilean Navy
 * Commodore"), after "of" ("... of the Japan Maritime Self-Defense Force"), in an apposition
 * ("John Wade, commander of the U.S. 3rd Fleet"), or else, for a title of state, the home state.
 * Later mentions by surname ("Rutte stated", "Mr Marles said") resolve to the same person.
 */
final class PersonRecogniser {
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "And", "Of", "In", "On", "At", "For",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            // News agencies and outlets say things too, but are no people.
            "Reuters", "Yonhap", "Xinhua", "Kyodo", "Bloomberg", "Associated", "Press", "Agence", "Interfax", "TASS",
            "News", "Agency", "Times", "Post", "Journal", "Daily", "Television", "Broadcasting",
            // "General Staff", "Air Command": a rank before a body's head is part of the body's name.
            "Staff", "Command", "Headquarters");
    /** Verbs of what people do that places and bodies seldom do: "Franz Josef Jung visited", "Donald Trump threw". */
    private static final Set<String> ACTING_VERBS = Set.of("visited", "met", "threw", "vowed", "pledged", "urged",
            "insisted", "stressed", "denied", "praised", "thanked", "resigned", "travelled", "traveled", "flew", "spoke",
            "tweeted", "posted", "wrote", "replied", "responded", "vetoed", "promised");
    /** Courtesy titles before a family name written alone: "Mr Marles". */
    private static final Set<String> COURTESY_TITLES = Set.of("Mr", "Ms", "Mrs", "Dr", "Mr.", "Ms.", "Mrs.", "Dr.");
    /** Words before a person's family name written alone: "by Trump", "Gonsalves and Skerrit". */
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("and", "or", "by", "under", "with", "against");
    private static final Set<String> TIME_WORDS = Set.of("former", "then", "current", "acting", "new", "incoming",
            "outgoing", "late");
    private static final int MAX_NAME_WORDS = 4;
    /** How many words a name with no title and no role beside it may have: "Franz Josef Jung". */
    private static final int MAX_SPOKEN_NAME_WORDS = 3;
    /** Roles of several people, each of a state listed before: "her Finnish and Swedish counterparts". */
    private static final Set<String> PLURAL_ROLES = Set.of("counterparts", "ministers", "envoys", "ambassadors",
            "leaders", "presidents", "chiefs");
    /** What ministers are ministers of: "Minister of Agriculture Avi Dichter". */
    private static final Set<String> PORTFOLIOS = Set.of("Agriculture", "Finance", "Trade", "Energy", "Health",
            "Education", "Justice", "Economy", "Industry", "Commerce", "Tourism", "Transport", "Labour", "Labor",
            "Environment", "Culture", "Information", "Communications", "Development", "Planning", "Immigration",
            "Veterans", "Science", "Technology", "Treasury", "Intelligence", "Relations", "Cooperation", "Integration",
            "Fisheries", "Mines", "Water", "Housing", "Welfare", "Infrastructure", "Innovation", "Digital");
    /** Words of institutions, places and policies that no person's name holds. */
    private static final Set<String> INSTITUTION_WORDS = Stream.of(OrganisationRecogniser.BODY_NOUNS,
            OrganisationRecogniser.UNIT_HEADS, Set.of("Base", "Group", "Navy", "Guard", "Party", "Strategy",
                    "Initiative", "Plan", "Doctrine", "Act", "Law", "Programme", "Program", "Project", "System", "Systems",
                    "Dome", "Shield", "Bank", "Fund", "Corporation", "Company", "Industries", "Holdings", "Road", "Belt",
                    "Sea", "Ocean", "Strait", "Gulf", "Island", "Islands", "Province", "Region", "Border", "Line", "Zone",
                    "Day", "Budget", "Review", "Paper", "Defence", "Defense", "Security", "National", "Federal", "Central",
                    "State", "Military", "Naval", "Air", "Coast", "Maritime", "Foreign", "Home", "Interior", "Affairs",
                    "Congress", "Senate", "House", "Cabinet", "Court", "Supreme", "Constitution", "Embassy", "Mission",
                    "Operation", "Exercise", "Summit", "Forum", "Dialogue", "Agreement", "Treaty", "Pact", "Accord",
                    "Charter", "Declaration", "Vision", "Policy", "Governorate", "Prefecture", "Oblast", "County",
                    "District", "Municipality", "Shoal", "Reef", "Strip", "Valley", "Peninsula", "Canal", "Bay", "Harbour",
                    "Harbor", "Airport", "Republican", "Democrat", "Democratic"), PORTFOLIOS)
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    /**
     * Verbs (most of those not in "-ed", and some common ones in it), and words of place and time,
     * that often follow a person's name, where an apposition would be a role instead.
     */
    private static final Set<String> PERSON_VERBS = Set.of("met", "meets", "held", "holds", "spoke", "speaks", "took",
            "gave", "sent", "began", "flew", "left", "wrote", "sought", "struck", "led", "bought", "sold", "made", "won",
            "will", "would", "has", "had", "is", "was", "who", "can", "could", "must", "may", "might", "also", "told",
            "visits", "signs", "hosts", "visited", "signed", "called", "urged", "hosted", "welcomed", "received",
            // where and when the person did it: "met Russia's Vladimir Putin in Moscow on Thursday".
            "in", "on", "at", "during", "last", "this", "today", "yesterday");
    /** Generational suffixes, left out of the name so that the surname before them resolves later mentions. */
    private static final Pattern DOTTED_INITIALS = Pattern.compile("(?:\\p{Lu}\\.){2,3}");
    private static final Set<String> SUFFIXES = Set.of("Jr", "Sr", "Jnr", "Snr");
    /** Lowercase words inside names: "von der Leyen", "bin Salman", "da Silva", "al-Sisi", "Jaish al Adl". */
    static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di", "du", "dos",
            "das", "del", "della", "la", "le", "bin", "ibn", "al", "el", "ul", "ter");
    /** Words that qualify a rank before it: "Senior Col.", "Lieutenant General". */
    private static final Set<String> RANK_WORDS = Set.of("Senior", "Lieutenant", "Vice", "Deputy", "Rear", "Major",
            "Brigadier", "Chief");
    private static final Set<String> SAYING = Set.of("said", "says", "told", "stated", "added", "noted", "warned",
            "announced", "wrote", "argued");
    /**
     * Heads of an apposed occupation that makes a person whoever they work for: "Bec Strating, a
     * professor of international relations at La Trobe University".
     */
    private static final Set<String> OCCUPATIONS = Set.of("professor", "analyst", "researcher", "scholar", "expert",
            "fellow", "politician", "lawmaker", "legislator", "journalist", "economist", "historian");
    /** The last word of a lowercase title in an apposition: "the U.S. defense secretary". */
    private static final Set<String> TITLE_HEADS = Stream.concat(OCCUPATIONS.stream(), Stream.of("minister", "secretary", "president", "spokesperson",
            "spokesman", "spokeswoman", "chief", "commander", "ambassador", "envoy", "premier", "adviser", "advisor",
            "director", "chairman", "chair", "head", "leader", "general", "admiral", "officer", "official", "negotiator",
            "counterpart", "representative", "executive", "commissioner", "governor", "deputy", "attaché", "diplomat",
            "aide", "chargé", "charge", "director-general", "consul", "consul-general", "undersecretary", "under-secretary",
            "secretary-general", "commandant", "speaker", "senator", "congressman", "congresswoman", "ceo",
            "chairperson", "chairwoman", "founder"))
            .collect(Collectors.toUnmodifiableSet());
    /** Roles, beside {@link #TITLE_HEADS}, that a name written right after them belongs to: "drug lord", "ruler". */
    private static final Set<String> ROLE_NOUNS = Set.of("ruler", "winger", "lord", "dictator", "strongman", "warlord",
            "activist", "candidate", "lawyer", "businessman", "businesswoman", "tycoon", "cleric", "dissident", "monarch");
    /** Words for a ship or its prefix before a ship's name, which may be a title and a name: "frigate Admiral Gorshkov". */
    private static final Set<String> VESSELS = Set.of("frigate", "destroyer", "cruiser", "corvette", "carrier", "submarine",
            "ship", "warship", "vessel", "icebreaker", "tanker", "uss", "hms", "ins", "hmas", "hmcs", "hmnzs", "rfs", "brp",
            "kri", "jds", "js", "rokn", "ors", "tcg", "fs", "its", "bns", "pns", "sln");
    /** Ranks, which no name holds. */
    private static final Set<String> RANKS = Set.of("colonel", "captain", "lieutenant", "sergeant", "brigadier",
            "commodore", "marshal", "corporal");
    /** Words after a role that name whose role it is: "aide to Ukraine's president", "spokesman for the Pentagon". */
    private static final Set<String> ROLE_PREPOSITIONS = Set.of("for", "of", "at", "to");
    /** How many words after an actor an apposed role may take: "the EU's foreign and security policy chief". */
    private static final int APPOSED_ROLE_WORDS = 7;
    /** How many tokens after a role its owner may come: "director of operations at Denmark's ...". */
    private static final int ROLE_REACH = 6;
    /** How many tokens the rest of a title may take: "d'Affaires". */
    private static final int TITLE_TAIL = 3;
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "while", "as");
    /** How many words a role set off before a name may have: "State Minister of Defense". */
    private static final int ROLE_WORDS = 5;

    /** Words before a role that make the name after it a person even where no actor owns the role. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her");
    /** A role with no actor written before it ("the country's defence minister"): the home state's. */
    private static final Mention UNOWNED = new Mention("", -1, -1, -1, SurfaceForm.NAME);
    /** A role of an owner that is no actor the brief knows ("Cinia's business director"): no affiliation. */
    private static final Mention OWNER_UNKNOWN = new Mention("", -2, -2, -2, SurfaceForm.NAME);
    /** How many lowercase words a role after an unknown owner may have: "business director". */
    private static final int UNKNOWN_OWNER_ROLE_WORDS = 3;

    private final Gazetteer gazetteer;

    PersonRecogniser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void recognise(ActorTable table) {
        TokenizedBrief tokens = table.tokens();
        List<ActorDraft> people = new ArrayList<>();
        for (int s = 0; s < tokens.sentenceCount(); s++) {
            List<Token> words = new ArrayList<>();
            for (int i = tokens.firstOf(s); i < tokens.endOf(s); i++) {
                if (!tokens.token(i).is(".")) {
                    words.add(tokens.token(i));
                }
            }
            for (int w = 0; w < words.size(); w++) {
                if (!words.get(w).isWord() || table.mentionAt(words.get(w).index()) != null) {
                    continue;
                }
                PhraseIndex.Match<Title> title = gazetteer.titles().longestAt(words, w, words.size());
                // Titles are capitalised before a name ("President Biden"), except those written
                // in lower case in the data ("foreign ministry spokesperson Lin Jian"), those
                // after the actor they serve ("German defence minister Boris Pistorius", "NATO chief Mark Rutte")
                // and those after a word of time ("former prime minister Tony Abbott").
                boolean timed = w > 0 && TIME_WORDS.contains(words.get(w - 1).lower());
                if (title == null || !words.get(w).isCapitalised() && !Character.isLowerCase(title.value().text().charAt(0))
                        && !timed && actorBefore(table, words.get(w).index(), s) == null
                        && !fullNameAfter(table, words, title.end(), s)) {
                    continue;
                }
                if (w > 0 && VESSELS.contains(words.get(w - 1).lower())) {
                    // "the frigate Admiral Gorshkov": a ship named for a person is no person.
                    continue;
                }
                if (titleFollows(words, title.end()) && !givenNameLikeARank(tokens, words, title)) {
                    // "spokesperson Senior Col. Fang Lijun": the name comes after the last of the titles.
                    continue;
                }
                int titleFirst = words.get(w).index();
                int nameFirst = words.get(title.end() - 1).index() + 1;
                while (nameFirst < tokens.endOf(s) && tokens.token(nameFirst).is(".")) {
                    nameFirst++;
                }
                int portfolioEnd = portfolioEnd(table, nameFirst, tokens.endOf(s));
                if (portfolioEnd > nameFirst) {
                    // "Deputy Assistant Minister for Regional Security Mira Resnick": the name follows the portfolio.
                    nameFirst = portfolioEnd;
                }
                int nameEnd = nameEnd(table, nameFirst, tokens.endOf(s));
                if (nameEnd == nameFirst || holdsATitle(tokens, nameFirst, nameEnd) || holdsAnInstitutionWord(tokens, nameFirst, nameEnd)) {
                    // "Chief Technology Officer", "Senior Colonel": more of the title, not a name.
                    continue;
                }
                ActorDraft person = person(table, nameFirst, nameEnd);
                if (person.title() == null) {
                    person.setTitle(title.value().text());
                }
                table.mention(person, nameFirst, nameEnd, SurfaceForm.NAME);
                affiliate(table, person, title.value(), titleFirst, nameEnd);
                Mention post = portfolioEnd > words.get(title.end() - 1).index() + 1 ? table.mentionAt(portfolioEnd - 1) : null;
                if (post != null && person.affiliationKey() == null) {
                    // "Director General of Indian Coast Guard Rajendra Singh": the body the title is of.
                    person.affiliateTo(post.isPartOfAnother() ? post.partOf() : post.actorKey());
                }
                if (post != null && !post.isPartOfAnother()) {
                    // "Ambassador to Moscow Pierre Levy": the post is part of the person, not an actor of the clause.
                    post.makePartOf(person.key());
                }
                people.add(person);
                while (w < words.size() && words.get(w).index() < nameEnd) {
                    w++;
                }
                w--;
            }
        }
        counterpartsListed(table, people);
        untitledSpeakers(table, people);
        resolveSurnames(table, people);
    }

    /**
     * "Defence Minister Gen Nakatani": after a civil title, a rank's abbreviation written without
     * its full stop and followed by a single name is the person's given name. British style writes
     * ranks without full stops too, but after a military title ("Chief of the Defence Staff Gen Sir
     * Roly Walker").
     */
    private boolean givenNameLikeARank(TokenizedBrief tokens, List<Token> words, PhraseIndex.Match<Title> title) {
        int next = title.end();
        if (title.value().scope() != Title.Scope.STATE || next + 1 >= words.size()) {
            return false;
        }
        PhraseIndex.Match<Title> rank = gazetteer.titles().longestAt(words, next, words.size());
        Token abbreviation = words.get(next);
        boolean stopped = abbreviation.index() + 1 < tokens.size() && tokens.token(abbreviation.index() + 1).is(".");
        Token name = words.get(next + 1);
        boolean oneName = name.isCapitalised() && !name.isAllCaps()
                && (next + 2 >= words.size() || !words.get(next + 2).isCapitalised());
        return rank != null && rank.end() == next + 1 && rank.value().scope() == Title.Scope.MILITARY && !stopped
                && abbreviation.text().length() <= 4 && oneName;
    }

    /**
     * Where the name starts after a title's portfolio, "for Regional Security" in "Minister for
     * Regional Security Mira Resnick": after the last word of an institution in a run of capitalised
     * words that leaves a name of two or three words; or {@code at} where there is no portfolio.
     */
    private static int portfolioEnd(ActorTable table, int at, int limit) {
        TokenizedBrief tokens = table.tokens();
        int posted = at + 1 < limit && tokens.token(at + 1).is("the") ? at + 2 : at + 1;
        int postEnd = posted;
        while (at + 2 < limit && ROLE_PREPOSITIONS.contains(tokens.token(at).text()) && postEnd < limit
                && table.mentionAt(postEnd) != null && table.mentionAt(postEnd).first() == postEnd) {
            // "of Indian Coast Guard": the demonym and the service are mentions one after the other.
            postEnd = table.mentionAt(postEnd).end();
        }
        if (postEnd > posted && postEnd < limit && tokens.token(postEnd).isCapitalised()) {
            // "US Ambassador to the Philippines MaryKay L. Carlson": the name follows the post.
            return postEnd;
        }
        if (at + 3 >= limit || !tokens.token(at).is("for") && !tokens.token(at).is("of") || table.mentionAt(at + 1) != null) {
            return at;
        }
        int runEnd = at + 1;
        while (runEnd < limit && tokens.token(runEnd).isCapitalised() && table.mentionAt(runEnd) == null) {
            runEnd++;
        }
        int lastInstitution = -1;
        for (int i = at + 1; i < runEnd; i++) {
            if (INSTITUTION_WORDS.contains(tokens.token(i).text())) {
                lastInstitution = i;
            }
        }
        int nameWords = runEnd - lastInstitution - 1;
        return lastInstitution > 0 && nameWords >= 2 && nameWords <= 3 ? lastInstitution + 1 : at;
    }

    /** Whether a word of what would be a name is a title's head or a rank: "Technology Officer", "Colonel". */
    private static boolean holdsATitle(TokenizedBrief tokens, int first, int end) {
        for (int k = first; k < end; k++) {
            if (isTitleWord(tokens.token(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of tokens [first, end) is an institution's, as no person's name has: "Veterans Affairs", "Armed Forces". */
    static boolean holdsAnInstitutionWord(TokenizedBrief tokens, int first, int end) {
        for (int k = first; k < end; k++) {
            if (INSTITUTION_WORDS.contains(tokens.token(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitleWord(Token token) {
        return TITLE_HEADS.contains(token.lower()) || RANKS.contains(token.lower());
    }

    /**
     * "where secretary-general Mark Rutte described": a title in lower case before a given name
     * and a surname, which no known actor's name holds.
     */
    private static boolean fullNameAfter(ActorTable table, List<Token> words, int titleEnd, int sentence) {
        TokenizedBrief tokens = table.tokens();
        if (titleEnd >= words.size()) {
            return false;
        }
        int nameFirst = words.get(titleEnd).index();
        int nameEnd = nameEnd(table, nameFirst, tokens.endOf(sentence));
        return nameWords(tokens, nameFirst, nameEnd) >= 2 && !holdsATitle(tokens, nameFirst, nameEnd);
    }

    /** Whether another title, after a rank word or not ("Senior Col.", "Gen."), starts at word {@code w}. */
    private boolean titleFollows(List<Token> words, int w) {
        int at = w < words.size() && RANK_WORDS.contains(words.get(w).text()) ? w + 1 : w;
        return at < words.size() && words.get(at).isCapitalised() && gazetteer.titles().longestAt(words, at, words.size()) != null;
    }

    private static int nameEnd(ActorTable table, int first, int limit) {
        TokenizedBrief tokens = table.tokens();
        int end = first;
        int words = 0;
        while (end < limit && words < MAX_NAME_WORDS) {
            int particles = particlesAt(tokens, end, limit);
            if (particles > 0 && end > first) {
                // "Ursula von der Leyen", "Lula da Silva", "Abdel Fattah al-Sisi": particles inside a name.
                end += particles;
            }
            Token token = tokens.token(end);
            if (DOTTED_INITIALS.matcher(token.text()).matches() && end + 1 < limit
                    && tokens.token(end + 1).isCapitalised() && table.mentionAt(end) == null) {
                // "K.P. Sharma Oli", "Laura S.H. Holgate": initials written as one word.
                end++;
                continue;
            }
            if (isInitial(tokens, end, limit) && table.mentionAt(end) == null) {
                // "S. Jaishankar", "Harry S. Truman": an initial and its full stop are part of the name.
                end += 2;
                continue;
            }
            boolean initialsSoFar = end == first || end - first < MAX_NAME_WORDS && tokens.token(end - 1).text().length() == 1;
            if (initialsSoFar && isBareInitial(tokens, end, limit) && table.mentionAt(end) == null) {
                end++;
                continue;
            }
            boolean nameWord = token.isCapitalised() && !token.isAllCaps() && token.text().length() >= 2
                    && !NOT_NAMES.contains(token.text()) && !SUFFIXES.contains(token.text()) && table.mentionAt(end) == null;
            if (!nameWord) {
                break;
            }
            end++;
            // "Myung-soo", "Seong-ryong": hyphenated parts written without spaces belong to the name.
            while (end + 1 < limit && tokens.token(end).is("-") && tokens.token(end).start() == tokens.token(end - 1).end()
                    && tokens.token(end + 1).isWord() && tokens.token(end + 1).start() == tokens.token(end).end()) {
                end += 2;
            }
            words++;
        }
        return end;
    }

    /** A single capital letter and its full stop, followed by a capitalised word: "S." in "S. Jaishankar". */
    private static boolean isInitial(TokenizedBrief tokens, int at, int limit) {
        if (at + 2 >= limit) {
            return false;
        }
        Token letter = tokens.token(at);
        Token stop = tokens.token(at + 1);
        Token next = tokens.token(at + 2);
        boolean capital = letter.text().length() == 1 && Character.isUpperCase(letter.text().charAt(0));
        return capital && stop.is(".") && stop.start() == letter.end() && next.isCapitalised() && !next.isAllCaps();
    }

    /** A single capital letter written without its full stop before another part of a name: "S S Ranasinghe". */
    private static boolean isBareInitial(TokenizedBrief tokens, int at, int limit) {
        if (at + 1 >= limit || at == 0) {
            return false;
        }
        Token letter = tokens.token(at);
        Token next = tokens.token(at + 1);
        boolean capital = letter.text().length() == 1 && Character.isUpperCase(letter.text().charAt(0));
        boolean nextIsName = next.isCapitalised() && !next.isAllCaps() || next.text().length() == 1 && next.isCapitalised();
        return capital && nextIsName && !letter.is("A") && !letter.is("I");
    }

    /**
     * How many tokens of lowercase name particles start at {@code at} and lead to a capitalised
     * word: "von der" (2), "bin" (1), "al-" (2); 0 if none.
     */
    private static int particlesAt(TokenizedBrief tokens, int at, int limit) {
        int end = at;
        while (end < limit && NAME_PARTICLES.contains(tokens.token(end).text())) {
            end++;
            if (end < limit && tokens.token(end).is("-") && tokens.token(end).start() == tokens.token(end - 1).end()) {
                end++;
            }
        }
        return end > at && end < limit && tokens.token(end).isCapitalised() && !tokens.token(end).isAllCaps() ? end - at : 0;
    }

    /** The last word of a name, with its hyphenated parts: "Kim Myung-soo" gives "Myung-soo". */
    private static String surname(TokenizedBrief tokens, int first, int end) {
        int start = end - 1;
        while (start - 2 >= first && tokens.token(start - 1).is("-")) {
            start -= 2;
        }
        return tokens.textOf(start, end);
    }

    private static ActorDraft person(ActorTable table, int first, int end) {
        String name = table.tokens().textOf(first, end);
        String surname = surname(table.tokens(), first, end);
        for (ActorDraft actor : table.actors()) {
            // "Von der Leyen said" after "Ursula von der Leyen": the family name alone, capitalised to open a sentence.
            boolean familyName = name.contains(" ") && actor.name().toLowerCase(java.util.Locale.ROOT)
                    .endsWith(" " + name.toLowerCase(java.util.Locale.ROOT));
            // "Rachel Holloway" after "Minister Holloway" was met first (titles are read before untitled names).
            boolean fullNameOfSurname = actor.name().equalsIgnoreCase(surname) && !name.equalsIgnoreCase(surname);
            // "MARIUSZ BLASZCZAK" in a caption is Mariusz Blaszczak.
            if (actor.kind() == ActorKind.PERSON && (actor.name().equalsIgnoreCase(name) || familyName || fullNameOfSurname
                    || actor.name().endsWith(" " + surname) && name.equals(surname))) {
                return actor;
            }
        }
        String key = Slug.of(surname);
        while (table.actor(key).isPresent()) {
            key = key + "-person";
        }
        return table.add(new ActorDraft(key, name, ActorKind.PERSON, null, List.of(), "title-and-name", 0.85));
    }

    private void affiliate(ActorTable table, ActorDraft person, Title title, int titleFirst, int nameEnd) {
        if (person.affiliationKey() != null) {
            return;
        }
        TokenizedBrief tokens = table.tokens();
        int sentence = tokens.token(titleFirst).sentence();
        Mention before = actorBefore(table, titleFirst, sentence);
        if (before != null) {
            person.affiliateTo(before.actorKey());
            before.makePartOf(person.key());
            return;
        }
        Mention roleOf = roleOfBefore(table, titleFirst, sentence);
        if (roleOf != null) {
            // "the chief of Norway's Joint Headquarters, Lt. Gen. Torgeir Vang,": the body of the role before.
            person.affiliateTo(roleOf.isPartOfAnother() ? roleOf.partOf() : roleOf.actorKey());
            return;
        }
        Mention after = actorAfterOf(table, nameEnd, sentence);
        if (after != null) {
            // "the U.S. 3rd Fleet": the person serves the fleet, of which "U.S." is part.
            person.affiliateTo(after.isPartOfAnother() ? after.partOf() : after.actorKey());
            if (!after.isPartOfAnother()) {
                after.makePartOf(person.key());
            }
            return;
        }
        if (title.target() != null) {
            String key = title.scope() == Title.Scope.ORG ? title.target() : KnownActor.keyOfState(title.target());
            if (table.actor(key).isPresent()) {
                person.affiliateTo(key);
                return;
            }
        }
        if (title.scope() == Title.Scope.STATE || title.scope() == Title.Scope.MILITARY) {
            person.affiliateToHomeStateLater(sentence);
        }
    }

    /** An actor written just before the title, possibly with "'s" or "former" between. */
    private Mention actorBefore(ActorTable table, int titleFirst, int sentence) {
        TokenizedBrief tokens = table.tokens();
        int at = titleFirst - 1;
        // "former Japanese Prime Minister", "Australian Defence Force chief Admiral David Johnston".
        // "U.S. Under Secretary of Defense": a rank word before the title belongs to it.
        // "PCG Commandant Adm. Ronaldo Estrella": a title before the rank belongs to it too.
        while (tokens.inSentence(at, sentence) && (TIME_WORDS.contains(tokens.token(at).lower())
                || RANK_WORDS.contains(tokens.token(at).text()) || tokens.token(at).is("Under")
                || tokens.token(at).isLowerCase() && TITLE_HEADS.contains(tokens.token(at).text())
                || tokens.token(at).isCapitalised() && table.mentionAt(at) == null
                        && gazetteer.titles().longestAt(tokens.tokens(), at, at + 1) != null)) {
            at--;
        }
        if (tokens.inSentence(at, sentence) && tokens.token(at).is("'s")) {
            at--;
        }
        Mention mention = table.mentionAt(at);
        return tokens.inSentence(at, sentence) && mention != null && mention.end() == at + 1 ? mention : null;
    }

    /**
     * The actor of a role set off before a titled name: "the chief of Norway's Joint Headquarters,
     * Lt. Gen. Torgeir Vang", "the commander of the Philippine Coast Guard, Adm. ..."; or null.
     */
    private static Mention roleOfBefore(ActorTable table, int titleFirst, int sentence) {
        TokenizedBrief tokens = table.tokens();
        int comma = titleFirst - 1;
        while (tokens.inSentence(comma, sentence) && RANK_WORDS.contains(tokens.token(comma).text())) {
            // ", Senior Col. Zhang Wei": the rank word opens the title.
            comma--;
        }
        if (!tokens.inSentence(comma - 3, sentence) || !tokens.token(comma).is(",")) {
            return null;
        }
        Mention body = table.mentionAt(comma - 1);
        if (body == null && TITLE_HEADS.contains(tokens.token(comma - 1).lower())) {
            // "China's defence ministry spokesman, Senior Col. Zhang Wei,": the body whose role it is.
            int head = comma - 1;
            while (tokens.inSentence(head - 1, sentence) && tokens.token(head - 1).isLowerCase()
                    && table.mentionAt(head - 1) == null && comma - head < ROLE_WORDS) {
                head--;
            }
            Mention owner = tokens.inSentence(head - 1, sentence) ? table.mentionAt(head - 1) : null;
            return owner != null && owner.end() == head ? owner : null;
        }
        if (body == null || body.end() != comma) {
            return null;
        }
        int at = body.first() - 1;
        if (tokens.inSentence(at, sentence) && tokens.token(at).is("'s")) {
            // "of Norway's Joint Headquarters": the owner's name is part of the body's phrase.
            Mention owner = table.mentionAt(at - 1);
            at = owner != null && owner.end() == at ? owner.first() - 1 : at;
        }
        if (tokens.inSentence(at, sentence) && tokens.token(at).isIgnoringCase("the")) {
            at--;
        }
        boolean role = tokens.inSentence(at - 1, sentence) && tokens.token(at).is("of")
                && TITLE_HEADS.contains(tokens.token(at - 1).lower());
        return role ? body : null;
    }

    /** "... of the Japan Maritime Self-Defense Force", or ", commander of the U.S. 3rd Fleet". */
    private static Mention actorAfterOf(ActorTable table, int nameEnd, int sentence) {
        TokenizedBrief tokens = table.tokens();
        int at = nameEnd;
        if (tokens.inSentence(at, sentence) && tokens.token(at).is(",")) {
            at++;
            int words = 0;
            while (tokens.inSentence(at, sentence) && tokens.token(at).isLowerCase() && !tokens.token(at).is("of")
                    && words < 3) {
                at++;
                words++;
            }
            if (words == 0) {
                return null;
            }
        }
        if (!tokens.inSentence(at, sentence) || !tokens.token(at).is("of")) {
            return null;
        }
        at++;
        if (tokens.inSentence(at, sentence) && tokens.token(at).isIgnoringCase("the")) {
            at++;
        }
        Mention mention = table.mentionAt(at);
        return mention != null && mention.first() == at ? mention : null;
    }

    /**
     * People named without a title: "Lloyd Austin said", "said Lloyd Austin", and "Lloyd Austin,
     * the U.S. defense secretary," (the apposition affiliates them). Two or three capitalised
     * words that name nothing else, next to a verb of saying or before such an apposition.
     */
    private void untitledSpeakers(ActorTable table, List<ActorDraft> people) {
        TokenizedBrief tokens = table.tokens();
        FamilyNamesAlone alone = new FamilyNamesAlone(table);
        for (int s = 0; s < tokens.sentenceCount(); s++) {
            int end = tokens.endOf(s);
            for (int i = tokens.firstOf(s); i < end; i++) {
                if (table.mentionAt(i) != null || !tokens.token(i).isCapitalised()) {
                    continue;
                }
                int nameEnd = nameEnd(table, i, end);
                // "said Representative Dana Whitaker": a title no list holds is not part of the name.
                int first = i;
                while (first < nameEnd && isTitleWord(tokens.token(first))) {
                    first++;
                }
                int words = nameWords(tokens, first, nameEnd);
                if (words < 2 || words > MAX_NAME_WORDS || startsWithTitle(tokens, first, nameEnd)
                        || namesPlaceOrExercise(tokens, first)
                        || holdsATitle(tokens, first, nameEnd) || holdsAnInstitutionWord(tokens, first, nameEnd)) {
                    i = Math.max(i, nameEnd - 1);
                    continue;
                }
                boolean personVerbAfter = nameEnd < end && (SAYING.contains(tokens.token(nameEnd).text())
                        || ACTING_VERBS.contains(tokens.token(nameEnd).text()))
                        // "Yair Lapid, who accused the government": "who" is said of people.
                        || nameEnd + 1 < end && tokens.token(nameEnd).is(",") && tokens.token(nameEnd + 1).is("who");
                boolean saysBefore = i > tokens.firstOf(s) && SAYING.contains(tokens.token(i - 1).text());
                // "Germany's defence minister, Boris Pistorius, met Poland's defence minister": the role
                // before the name is its own; what follows the comma may be the sentence going on.
                Mention apposed = roleBefore(table, i, nameEnd, end);
                if (apposed == null) {
                    apposed = apposition(table, nameEnd, end);
                }
                if (apposed == null) {
                    apposed = ownerBefore(table, i, nameEnd, end);
                }
                if (apposed == null && roleAfterAs(tokens, nameEnd, end)) {
                    apposed = OWNER_UNKNOWN;
                }
                if (apposed == null && roleWordBefore(tokens, first) && !RANK_WORDS.contains(tokens.token(first).text())) {
                    // "spokesperson Senior Col. Fang Lijun": a rank opens more of the title, not a name.
                    apposed = OWNER_UNKNOWN;
                }
                // "Ahmed bin Abdul Aziz Al-Ohali, governor of ...": a name of four words needs a role beside it.
                boolean longName = words > MAX_SPOKEN_NAME_WORDS;
                if (longName && (apposed == null || apposed == OWNER_UNKNOWN) || !personVerbAfter && !saysBefore
                        && apposed == null && !familyNameAloneElsewhere(table, first, nameEnd, alone)) {
                    i = nameEnd - 1;
                    continue;
                }
                ActorDraft person = person(table, first, nameEnd);
                table.mention(person, first, nameEnd, SurfaceForm.NAME);
                if (apposed == UNOWNED) {
                    person.affiliateToHomeStateLater(s);
                } else if (apposed != null && apposed != OWNER_UNKNOWN && person.affiliationKey() == null) {
                    person.affiliateTo(apposed.isPartOfAnother() ? apposed.partOf() : apposed.actorKey());
                    if (!apposed.isPartOfAnother()) {
                        apposed.makePartOf(person.key());
                    }
                }
                people.add(person);
                i = nameEnd - 1;
            }
        }
    }

    /**
     * "Prabowo Subianto prepares to take office … Subianto, who is serving": a brief that writes a
     * name in full and elsewhere its family name alone, where a person stands, names a person.
     * The family name is the last word, or the first where the last is a hyphenated given name
     * ("Lee Seung-o … Lee said"). It stands alone where no capitalised word but a courtesy title
     * is beside it, and where a person stands where nothing but a person's verb or a punctuation
     * mark follows it, and nothing but a sentence's start, punctuation, a verb of saying or a
     * preposition of agency comes before it: "in Darfur", "the Coalition forces", "two Khwarij"
     * are places and groups.
     */
    private static boolean familyNameAloneElsewhere(ActorTable table, int first, int nameEnd, FamilyNamesAlone alone) {
        TokenizedBrief tokens = table.tokens();
        int named = tokens.token(first).sentence();
        if (TitleCase.isHeadline(tokens.tokens(), tokens.firstOf(named), tokens.endOf(named))) {
            // "Sri Lanka Clears Chinese Ship Amidst Geopolitical Concerns": every word is capitalised.
            return false;
        }
        String familyName = tokens.token(nameEnd - 1).text();
        boolean hyphenatedGivenName = nameEnd - first >= 3 && tokens.token(nameEnd - 2).is("-");
        if (hyphenatedGivenName && nameWords(tokens, first, nameEnd) == 2) {
            familyName = tokens.token(first).text();
        }
        for (int at : alone.placesOf(familyName)) {
            if (at < first || at >= nameEnd) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where each capitalised word stands alone as a person's name does (see
     * {@link #familyNameAloneElsewhere}): the brief's capitalised words indexed once, and each word
     * looked at once, so the search stays linear in the brief's length.
     */
    private static final class FamilyNamesAlone {
        private final ActorTable table;
        private final Map<String, List<Integer>> written = new HashMap<>();
        private final Map<String, List<Integer>> alone = new HashMap<>();

        FamilyNamesAlone(ActorTable table) {
            this.table = table;
            for (Token token : table.tokens().tokens()) {
                if (token.isCapitalised()) {
                    written.computeIfAbsent(token.text(), word -> new ArrayList<>()).add(token.index());
                }
            }
        }

        /** Up to two tokens where {@code word} stands alone as a person's name does. */
        List<Integer> placesOf(String word) {
            return alone.computeIfAbsent(word, this::find);
        }

        private List<Integer> find(String word) {
            TokenizedBrief tokens = table.tokens();
            List<Integer> places = new ArrayList<>();
            for (int at : written.getOrDefault(word, List.of())) {
                Token token = tokens.token(at);
                if (table.mentionAt(at) != null) {
                    continue;
                }
                int sentence = token.sentence();
                Token before = tokens.inSentence(at - 1, sentence) ? tokens.token(at - 1) : null;
                Token after = tokens.inSentence(at + 1, sentence) ? tokens.token(at + 1) : null;
                boolean personBefore = before == null || COURTESY_TITLES.contains(before.text())
                        || !before.isWord() && !before.is("-") || SAYING.contains(before.text())
                        || AGENT_PREPOSITIONS.contains(before.text());
                boolean personAfter = after == null || after.is("'s") || after.is("’s")
                        || !after.isWord() && !after.is("-") || SAYING.contains(after.text())
                        || PERSON_VERBS.contains(after.text()) || after.isLowerCase() && after.text().endsWith("ed");
                if (personBefore && personAfter) {
                    places.add(at);
                    if (places.size() > 1) {
                        // Two places answer for any name: one of them lies outside it.
                        break;
                    }
                }
            }
            return places;
        }
    }

    /**
     * "her Finnish and Swedish counterparts, Antti Saarikoski and Per Lindvall": as many names as
     * the actors listed before a plural role, each a person of the actor in the same place.
     */
    private static void counterpartsListed(ActorTable table, List<ActorDraft> people) {
        TokenizedBrief tokens = table.tokens();
        for (int s = 0; s < tokens.sentenceCount(); s++) {
            int end = tokens.endOf(s);
            for (int i = tokens.firstOf(s) + 1; i + 1 < end; i++) {
                if (!PLURAL_ROLES.contains(tokens.token(i).lower()) || !tokens.token(i + 1).is(",")) {
                    continue;
                }
                List<Mention> owners = ownersListedBefore(table, i);
                List<int[]> names = new ArrayList<>();
                int at = i + 2;
                while (at < end && names.size() < owners.size()) {
                    int nameEnd = nameEnd(table, at, end);
                    int words = nameWords(tokens, at, nameEnd);
                    if (words < 2 || words > 3) {
                        break;
                    }
                    names.add(new int[] {at, nameEnd});
                    at = nameEnd;
                    if (at < end && (tokens.token(at).is(",") || tokens.token(at).is("and"))) {
                        at++;
                    }
                    if (at < end && tokens.token(at).is("and")) {
                        at++;
                    }
                }
                if (owners.size() < 2 || names.size() != owners.size()) {
                    continue;
                }
                for (int k = 0; k < names.size(); k++) {
                    ActorDraft person = person(table, names.get(k)[0], names.get(k)[1]);
                    table.mention(person, names.get(k)[0], names.get(k)[1], SurfaceForm.NAME);
                    if (person.affiliationKey() == null) {
                        person.affiliateTo(owners.get(k).actorKey());
                    }
                    // The demonym describes the person's role; the person acts.
                    owners.get(k).makePartOf(person.key());
                    people.add(person);
                }
            }
        }
    }

    /** The actors listed right before a role: "Finnish and Swedish" in "her Finnish and Swedish counterparts". */
    private static List<Mention> ownersListedBefore(ActorTable table, int role) {
        TokenizedBrief tokens = table.tokens();
        int sentence = tokens.token(role).sentence();
        List<Mention> owners = new ArrayList<>();
        int at = role - 1;
        while (tokens.inSentence(at, sentence)) {
            Mention mention = table.mentionAt(at);
            if (mention == null || mention.end() != at + 1) {
                break;
            }
            owners.add(0, mention);
            at = mention.first() - 1;
            if (tokens.inSentence(at, sentence) && (tokens.token(at).is("and") || tokens.token(at).is(","))) {
                at--;
            } else {
                break;
            }
        }
        return owners;
    }

    /** How many words a name has, a hyphenated part ("Jae-hoon") counting as one and particles ("bin", "da") as none. */
    private static int nameWords(TokenizedBrief tokens, int first, int end) {
        int words = 0;
        for (int i = first; i < end; i++) {
            // "al-Busaidi" is one word after its particle, "Myung-soo" one word of two parts.
            boolean joined = i > first + 1 && tokens.token(i - 1).is("-") && tokens.token(i - 1).end() == tokens.token(i).start()
                    && !NAME_PARTICLES.contains(tokens.token(i - 2).text());
            if (!tokens.token(i).is("-") && !joined && !NAME_PARTICLES.contains(tokens.token(i).text())) {
                words++;
            }
        }
        return words;
    }

    /**
     * "Romania's defence minister, Ana Stoica, said", "A U.S. State Department spokesperson, Mark
     * Ellery, called", "the country's foreign minister, Ana Stoica,", "Japan's State Minister of
     * Defense, Kenji Morimoto,", "her Serbian counterpart, Nenad Pavlović,": a name set off by
     * commas (or ending the sentence) after a role. The role's actor, if one is written before it, is where the person belongs;
     * {@link #UNOWNED} if the role names none.
     */
    private static Mention roleBefore(ActorTable table, int first, int nameEnd, int end) {
        TokenizedBrief tokens = table.tokens();
        int sentence = tokens.token(first).sentence();
        boolean closed = nameEnd == end || tokens.token(nameEnd).is(",") || SAYING.contains(tokens.token(nameEnd).text())
                || tokens.token(nameEnd).is(".") && nameEnd + 1 == end;
        int at = first - 1;
        if (!closed || !tokens.inSentence(at - 1, sentence) || !tokens.token(at).is(",")) {
            return null;
        }
        // The role's words, back to its owner: "defence minister", "Foreign Secretary", "State Minister of Defense".
        at--;
        if (tokens.inSentence(at - 2, sentence) && tokens.token(at).is(")") && tokens.token(at - 2).is("(")
                && tokens.token(at - 1).isAllCaps()) {
            // "the company's Chief Technology Officer (CTO), Selçuk Bayraktar": past the role's acronym.
            at -= 3;
        }
        Mention body = table.mentionAt(at);
        if (body != null && body.end() == at + 1) {
            // "The chairman of Russia's State Duma, Vyacheslav Volodin,": a role of the body just named.
            return roleEndsBefore(tokens, ownerStart(table, body), sentence) ? body : null;
        }
        int words = 0;
        boolean headed = false;
        while (tokens.inSentence(at, sentence) && words < ROLE_WORDS && table.mentionAt(at) == null) {
            Token token = tokens.token(at);
            boolean connector = ROLE_PREPOSITIONS.contains(token.text());
            // "the Indian Ambassador to the country, ...", "The head of the village administration, ...".
            boolean inner = token.is("the") && tokens.inSentence(at - 1, sentence)
                    && ROLE_PREPOSITIONS.contains(tokens.token(at - 1).text());
            boolean acronym = token.isAllCaps() && !TITLE_HEADS.contains(token.lower());
            if (!connector && !inner && (!token.isWord() || acronym || DETERMINERS.contains(token.lower()))) {
                break;
            }
            headed |= TITLE_HEADS.contains(token.lower());
            at--;
            words++;
        }
        if (!headed) {
            return null;
        }
        if (tokens.inSentence(at, sentence) && tokens.token(at).is("'s")) {
            at--;
            Mention actor = table.mentionAt(at);
            return actor != null && actor.end() == at + 1 ? actor : UNOWNED;
        }
        Mention actor = tokens.inSentence(at, sentence) ? table.mentionAt(at) : null;
        if (actor != null && actor.end() == at + 1) {
            return actor;
        }
        return tokens.inSentence(at, sentence) && DETERMINERS.contains(tokens.token(at).lower()) ? UNOWNED : null;
    }

    /** Where the phrase naming a body starts, with its article and an owner's possessive: "the Finnish police", "Russia's State Duma". */
    private static int ownerStart(ActorTable table, Mention body) {
        TokenizedBrief tokens = table.tokens();
        int at = body.first() - 1;
        Mention owner = at >= 0 ? table.mentionAt(at) : null;
        if (owner != null && owner.end() == body.first()) {
            // "the Finnish police": the demonym written onto the body's head.
            at = owner.first() - 1;
        } else if (at > 0 && tokens.token(at).is("'s") && table.mentionAt(at - 1) != null) {
            at = table.mentionAt(at - 1).first() - 1;
        }
        return at >= 0 && tokens.token(at).isIgnoringCase("the") ? at - 1 : at;
    }

    /** Whether a role and a preposition end at {@code at}: "chairman of", "the deputy director general of". */
    private static boolean roleEndsBefore(TokenizedBrief tokens, int at, int sentence) {
        if (!tokens.inSentence(at, sentence) || !ROLE_PREPOSITIONS.contains(tokens.token(at).text())) {
            return false;
        }
        for (int k = at - 1, words = 0; tokens.inSentence(k, sentence) && words < ROLE_WORDS && tokens.token(k).isWord()
                && !DETERMINERS.contains(tokens.token(k).lower()); k--, words++) {
            if (TITLE_HEADS.contains(tokens.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "China's Xi Jinping met Russia's Vladimir Putin": a name written right after the possessive of
     * a state or body, followed by a verb, a list or the end of the sentence, is a person of that
     * owner; or null. A name holding a word of institutions or policies ("Japan's National Security
     * Strategy", "Russia's Black Sea Fleet") is none.
     */
    private static Mention ownerBefore(ActorTable table, int first, int nameEnd, int end) {
        TokenizedBrief tokens = table.tokens();
        int sentence = tokens.token(first).sentence();
        if (!tokens.inSentence(first - 2, sentence) || !tokens.token(first - 1).is("'s")) {
            return null;
        }
        Mention owner = table.mentionAt(first - 2);
        if (owner == null || owner.end() != first - 1 || owner.isPartOfAnother()
                || table.actor(owner.actorKey()).map(actor -> actor.kind() == ActorKind.PERSON).orElse(true)) {
            return null;
        }
        for (int i = first; i < nameEnd; i++) {
            if (INSTITUTION_WORDS.contains(tokens.token(i).text())) {
                return null;
            }
        }
        if (nameEnd >= end) {
            return owner;
        }
        Token next = tokens.token(nameEnd);
        // A verb in the past or a modal after the name ("... Putin met", "... Kishida will"), not a
        // noun that shows the name is a place or a mission ("Cabo Delgado province", "Baltic Sentry mission").
        boolean verb = next.isLowerCase() && (next.text().endsWith("ed") || SAYING.contains(next.text())
                || PERSON_VERBS.contains(next.text()));
        boolean closes = next.is(",") || next.is("and") || next.is(".") || verb;
        return closes ? owner : null;
    }

    /**
     * "long-time ruler Robert Mugabe", "SeaLight director Ray Powell", "far-right winger Geert
     * Wilders": a role in lower case right before the name, whose owner the brief may not know.
     */
    private static boolean roleWordBefore(TokenizedBrief tokens, int first) {
        int sentence = tokens.token(first).sentence();
        if (!tokens.inSentence(first - 1, sentence)) {
            return false;
        }
        Token role = tokens.token(first - 1);
        return role.isLowerCase() && (TITLE_HEADS.contains(role.text()) || ROLE_NOUNS.contains(role.text()));
    }

    /** "replaced Sergei Shoigu as defense minister", "Rutte as secretary-general": a role after "as". */
    private static boolean roleAfterAs(TokenizedBrief tokens, int nameEnd, int end) {
        if (nameEnd + 1 >= end || !tokens.token(nameEnd).is("as")) {
            return false;
        }
        for (int k = nameEnd + 1; k < Math.min(end, nameEnd + 1 + TITLE_TAIL + 1); k++) {
            Token word = tokens.token(k);
            if (!word.isLowerCase() || !word.isWord()) {
                return false;
            }
            if (TITLE_HEADS.contains(word.text())) {
                return true;
            }
        }
        return false;
    }

    /** "Cold Response said", "South China Sea": a named exercise or place is no speaker. */
    private boolean namesPlaceOrExercise(TokenizedBrief tokens, int first) {
        PhraseIndex.Match<Surface> match = gazetteer.surfaces().longestAt(tokens.tokens(), first, tokens.size());
        return match != null && (match.value().form() == SurfaceForm.EXERCISE || match.value().form() == SurfaceForm.PLACE);
    }

    /** "Vice President said": a title alone is not a name. */
    private boolean startsWithTitle(TokenizedBrief tokens, int first, int end) {
        return gazetteer.titles().longestAt(tokens.tokens(), first, end) != null;
    }

    /**
     * ", the U.S. defense secretary,", ", a senior Hamas official,", ", a spokesman for the
     * Pentagon,": the actor named in an apposition with a title word.
     */
    private Mention apposition(ActorTable table, int nameEnd, int end) {
        TokenizedBrief tokens = table.tokens();
        if (nameEnd + 2 >= end || !tokens.token(nameEnd).is(",")) {
            return null;
        }
        int at = nameEnd + 1;
        if (CONJUNCTIONS.contains(tokens.token(at).lower())) {
            // "Besa Krasniqi, and her Serbian counterpart, ...": the next item of a list, no apposition.
            return null;
        }
        boolean determined = DETERMINERS.contains(tokens.token(at).lower());
        if (determined) {
            at++;
        }
        int adjectives = 0;
        while (at < end && adjectives < 2 && tokens.token(at).isLowerCase() && !TITLE_HEADS.contains(tokens.token(at).text())
                && table.mentionAt(at) == null) {
            if (PERSON_VERBS.contains(tokens.token(at).text())) {
                // "Boris Pistorius, met Poland's defence minister": a verb, not a role.
                return null;
            }
            at++;
            adjectives++;
        }
        Mention actor = at < end ? table.mentionAt(at) : null;
        if (actor == null || actor.first() != at) {
            if (roleOfUnknownOwner(tokens, at, end)) {
                return OWNER_UNKNOWN;
            }
            if (at + 1 < end && tokens.token(at).isCapitalised() && TITLE_HEADS.contains(tokens.token(at + 1).lower())) {
                // "Josep Borrell, High Representative for Foreign Affairs": a capitalised word qualifies the title.
                at++;
            }
            // "Akira Yokochi, the Chargé d'Affaires of the Japanese Embassy": a title may be capitalised.
            if (at >= end || !TITLE_HEADS.contains(tokens.token(at).lower())) {
                return null;
            }
            int after = afterTitle(tokens, at + 1, end);
            Mention owner = actorAfterRole(table, after, end);
            if (owner != null) {
                return owner;
            }
            // "Bec Strating, a professor of international relations": a person whoever owns the role;
            // "Georgios Lakkotrypis, Minister of Energy, Commerce, Industry and Tourism": of the home state.
            boolean portfolio = tokens.token(at).isCapitalised() && at + 2 < end
                    && ROLE_PREPOSITIONS.contains(tokens.token(at + 1).text()) && tokens.token(at + 2).isCapitalised();
            // "Vladimir Kozhin, a military adviser to Putin": a role of someone the brief names later.
            boolean ofSomeone = after + 1 < end && ROLE_PREPOSITIONS.contains(tokens.token(after).text())
                    && tokens.token(after + 1).isCapitalised();
            // "Jake Sullivan, his national security adviser": a role in lower case after a determiner
            // is someone's, though the clause does not say whose.
            boolean someonesRole = determined && tokens.token(at).isLowerCase();
            return OCCUPATIONS.contains(tokens.token(at).lower()) ? OWNER_UNKNOWN
                    : portfolio ? UNOWNED : ofSomeone || someonesRole ? OWNER_UNKNOWN : null;
        }
        for (int j = actor.end(); j < Math.min(end, actor.end() + APPOSED_ROLE_WORDS); j++) {
            if (tokens.token(j).is("'s")) {
                continue;
            }
            // "Jorge Argüello, Argentina's Ambassador to the United States".
            if (TITLE_HEADS.contains(tokens.token(j).lower())) {
                return actor;
            }
            if (!tokens.token(j).isLowerCase()) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Hannu Muikku, Cinia's business director,": a role of a capitalised owner the gazetteer does
     * not know still makes the name before it a person's.
     */
    private static boolean roleOfUnknownOwner(TokenizedBrief tokens, int at, int end) {
        if (at + 2 >= end || !tokens.token(at).isCapitalised() || !tokens.token(at + 1).is("'s")) {
            return false;
        }
        for (int j = at + 2; j < Math.min(end, at + 2 + UNKNOWN_OWNER_ROLE_WORDS); j++) {
            if (!tokens.token(j).isLowerCase()) {
                return false;
            }
            if (TITLE_HEADS.contains(tokens.token(j).text())) {
                return true;
            }
        }
        return false;
    }

    /** Past the rest of a title of several words: "d'Affaires" after "Chargé". */
    private static int afterTitle(TokenizedBrief tokens, int at, int end) {
        int i = at;
        while (i < end && i < at + TITLE_TAIL && !ROLE_PREPOSITIONS.contains(tokens.token(i).text())
                && !tokens.token(i).is(",") && tokens.token(i).text().chars().anyMatch(c -> c == '\'' || c == '’')) {
            i++;
        }
        return i;
    }

    /**
     * "... spokesman for the Pentagon", "... director of operations at Denmark's intelligence
     * service", "... adviser to the President of Azerbaijan": the first actor after one of the
     * role's prepositions, within a few words and before a comma.
     */
    private static Mention actorAfterRole(ActorTable table, int at, int end) {
        TokenizedBrief tokens = table.tokens();
        if (at >= end || !ROLE_PREPOSITIONS.contains(tokens.token(at).text())) {
            return null;
        }
        for (int i = at; i < Math.min(end, at + ROLE_REACH) && !tokens.token(i).is(","); i++) {
            if (!ROLE_PREPOSITIONS.contains(tokens.token(i).text())) {
                continue;
            }
            int owner = i + 1 < end && tokens.token(i + 1).is("the") ? i + 2 : i + 1;
            Mention actor = owner < end ? table.mentionAt(owner) : null;
            if (actor != null && actor.first() == owner) {
                return actor;
            }
        }
        return null;
    }

    /** "Rutte stated": a capitalised word that is a known person's surname. */
    private static void resolveSurnames(ActorTable table, List<ActorDraft> people) {
        if (people.isEmpty()) {
            return;
        }
        Map<String, ActorDraft> bySurname = new HashMap<>();
        for (ActorDraft person : people) {
            String[] words = person.name().split(" ");
            String last = words[words.length - 1];
            bySurname.putIfAbsent(last, person);
            int hyphen = last.indexOf('-');
            if (hyphen > 0 && NAME_PARTICLES.contains(last.substring(0, hyphen))) {
                // "al-Sisi ... Sisi said".
                bySurname.putIfAbsent(last.substring(hyphen + 1), person);
            }
        }
        for (ActorDraft person : people) {
            String[] words = person.name().split(" ");
            if (words.length == 2 && !words[0].endsWith(".")) {
                // "Fang Lijun ... Fang said", "Hsu Ming-che ... Hsu": Chinese and Korean names put the
                // family name first. A given name alone is rare in a brief, so either word may be it.
                bySurname.putIfAbsent(words[0], person);
            }
        }
        for (Token token : table.tokens().tokens()) {
            ActorDraft person = bySurname.get(token.text());
            if (person != null && table.mentionAt(token.index()) == null) {
                table.mention(person, token.index(), token.index() + 1, SurfaceForm.NAME);
            }
        }
    }
}
