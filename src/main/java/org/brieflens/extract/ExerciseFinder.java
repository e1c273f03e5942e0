package org.brieflens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.brieflens.model.ActorKind;
import org.brieflens.model.ExerciseDomain;
import org.brieflens.model.LinkKind;
import org.brieflens.model.Unit;

/**
 * Finds the exercises, drills and training a brief states, each once however often it is
 * mentioned: named series from the gazetteer or written "Exercise <Name> (ACRONYM)", and
 * unnamed ones from their trigger words with the participants the sentence connects to them
 * (the subject or possessor, and those it trains "with"). "The training", "this exercise",
 * "this year's event" add evidence to the exercise last stated; "the first Freedom Edge" is an
 * earlier instance of the series. Domain, frequency ("annual") and trend ("tripled since 2021")
 * are read from the words around; "participating countries will include ..." and "hosted by"
 * add participants, and a host is linked to every participant.
 */
final class ExerciseFinder {
    private static final Set<String> TRIGGERS = Set.of("exercise", "exercises", "drill", "drills", "training",
            "wargames", "manoeuvres", "maneuvers");
    private static final Set<String> EVENT_NOUNS = Set.of("event", "iteration", "exercise", "exercises", "training",
            "drills", "drill");
    private static final Set<String> DEMONSTRATIVES = Set.of("the", "this", "these", "that", "those");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Verbs by which those named after an exercise noun hold it: "... forces plan to hold". */
    private static final Set<String> HOLDING = Set.of("hold", "holds", "held", "stage", "stages", "staged", "conduct",
            "conducts", "conducted", "run", "runs", "ran", "host", "hosts", "hosted");
    private static final int HOLDING_REACH = 5;
    /** How many modifiers an exercise noun in apposition may have: "a three-day air-defence drill". */
    private static final int APPOSED_MODIFIERS = 8;
    private static final Set<String> PAST_ORDINALS = Set.of("first", "previous", "last", "earlier", "inaugural");
    private static final Map<String, String> FREQUENCIES = Map.of("annual", "annual", "annually", "annual",
            "yearly", "annual", "biennial", "biennial", "biannual", "biannual", "monthly", "monthly",
            "regular", "regular", "quarterly", "quarterly");
    private static final Map<String, ExerciseDomain> DOMAIN_WORDS = Map.ofEntries(
            Map.entry("cyber", ExerciseDomain.CYBER), Map.entry("cyberwarfare", ExerciseDomain.CYBER),
            Map.entry("mine", ExerciseDomain.MINE_COUNTERMEASURES), Map.entry("countermeasure", ExerciseDomain.MINE_COUNTERMEASURES),
            Map.entry("mine-countermeasure", ExerciseDomain.MINE_COUNTERMEASURES),
            Map.entry("blockade", ExerciseDomain.BLOCKADE), Map.entry("amphibious", ExerciseDomain.AMPHIBIOUS),
            Map.entry("landing", ExerciseDomain.AMPHIBIOUS), Map.entry("live-fire", ExerciseDomain.LIVE_FIRE),
            Map.entry("firing", ExerciseDomain.LIVE_FIRE), Map.entry("naval", ExerciseDomain.NAVAL),
            Map.entry("maritime", ExerciseDomain.NAVAL), Map.entry("anti-submarine", ExerciseDomain.ANTI_SUBMARINE),
            Map.entry("submarine", ExerciseDomain.ANTI_SUBMARINE), Map.entry("air", ExerciseDomain.AIR),
            Map.entry("aerial", ExerciseDomain.AIR), Map.entry("humanitarian", ExerciseDomain.HUMANITARIAN),
            Map.entry("disaster", ExerciseDomain.HUMANITARIAN), Map.entry("space", ExerciseDomain.SPACE),
            Map.entry("missile", ExerciseDomain.MISSILE_DEFENCE), Map.entry("multi-domain", ExerciseDomain.MULTI_DOMAIN),
            Map.entry("land", ExerciseDomain.LAND), Map.entry("ground", ExerciseDomain.LAND));
    /** Words that end an exercise's noun phrase going leftwards: determiners, verbs, conjunctions. */
    private static final Set<String> NOT_MODIFIERS = Set.of("staging", "the", "this", "these", "that", "those", "its", "their",
            "his", "her", "our", "a", "an", "and", "or", "has", "have", "had", "conducts", "conducted", "conduct",
            "holds", "held", "hold", "stage", "staged", "stages", "kick", "off", "launch", "launched", "launches",
            "including", "now", "of", "in", "with", "for", "to", "from", "on", "at", "by", "tripled", "doubled",
            "began", "begin", "begins", "joined", "join", "joins", "into", "as", "will", "would", "is", "are", "was",
            "were", "be", "been", "agreed", "said", "says");
    private static final Set<String> NOT_NAME_WORDS = Set.of("The", "A", "An", "This", "These", "That", "Those", "Its",
            "Their", "In", "On", "At", "During", "After", "Before", "Joint", "Military", "Naval", "Annual", "Exercise");
    private static final int ANAPHORA_REACH = 3;
    /** Verbs after which a name with a year is an exercise's: "opened MILAN 2028", "wrapped up Gaindé 28". */
    private static final Set<String> OPENING_VERBS = Set.of("opened", "opens", "open", "opening", "began", "begins",
            "begin", "launched", "launches", "launch", "hosted", "hosts", "host", "hosting", "staged", "stages", "stage",
            "held", "holds", "hold", "concluded", "concludes", "completed", "completes", "up", "off", "joined", "joins",
            "join", "postponed", "postpones", "cancelled", "canceled", "suspended");
    private static final int DATED_NAME_WORDS = 3;
    /** Verbs by which whoever runs an exercise opens or closes it: "opened", "wrapped up", "kicked off". */
    private static final Set<String> OPENING_OR_CLOSING = Set.of("opened", "opens", "opening", "launched", "launches",
            "began", "begins", "up", "off", "closed", "closes", "concluded", "concludes");
    /** Verbs by which a guest brings its forces to an exercise: "sent a frigate". */
    private static final Set<String> SENDING = Set.of("sent", "send", "sends", "sending", "dispatched", "dispatches",
            "dispatch", "deployed", "deploys", "contributed", "contributes", "contributing", "fielded", "fields");
    /** What a guest sends to an exercise. */
    private static final Set<String> ASSETS = Set.of("ship", "ships", "warship", "warships", "frigate", "frigates",
            "corvette", "corvettes", "destroyer", "destroyers", "submarine", "submarines", "vessel", "vessels", "aircraft",
            "jets", "fighters", "helicopters", "troops", "soldiers", "sailors", "marines", "personnel", "team", "teams",
            "company", "battalion", "contingent", "contingents", "units", "unit", "divers", "squadron", "detachment",
            "crews", "platoon", "officers");
    private static final int ASSET_REACH = 6;
    /** Words by which sending was only intended: "had planned to send officers". */
    private static final Set<String> UNREALISED = Set.of("planned", "plans", "planning", "declined", "refused", "not",
            "never", "offered", "may", "might", "could");
    private static final int PLAN_REACH = 3;
    /** How many words a name before ", the ... exercise" may have: "Escudo del Istmo 2027". */
    private static final int APPOSED_NAME_WORDS = 5;
    private static final Set<String> NAME_PARTICLES = Set.of("del", "de", "du", "la", "di", "da", "al", "el", "of");
    private static final Set<String> JOIN_VERBS = Set.of("join", "joins", "joined", "joining");
    private static final Set<String> INVOLVING = Set.of("involving", "including");
    private static final List<String> JUDGING = List.of("denounc", "condemn", "critici", "protest", "slam", "decr",
            "warn", "accus", "blast");
    static final Set<String> HOST_VERBS = Set.of("host", "hosts", "hosting", "hosted");
    /** Verbs by which an exercise starts somewhere: "opened in Thailand". */
    private static final Set<String> STARTING_VERBS = Set.of("opened", "opens", "began", "begins", "started", "starts",
            "resumed", "resumes");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("their", "its");
    /** How far after a verb of hosting the exercise it hosts may be named. */
    private static final int HOST_REACH = 12;
    /** How far after "host it with" its guests may be named: "with troops from the United States". */
    private static final int GUEST_REACH = 4;
    /** How far after "together with" the "from" of its guests may be: "Guardian-class patrol boats from". */
    private static final int GUEST_FROM_REACH = 7;
    private static final int MAX_PARTICIPANTS_PAIRED = 6;
    /** Verbs by which an exercise gathers those who hold it: "brought together", "involved", "drew". */
    private static final Set<String> GATHERING = Set.of("involved", "involves", "involving", "included", "includes",
            "together", "draw", "drew", "draws", "drawing", "gathered", "gathers", "gathering", "featured", "features", "featuring");
    /** How far after the exercise noun its gathering verb may be: "The drills, which involved". */
    private static final int GATHERING_REACH = 5;
    /** How far after that verb the list may start: "troops and ships from". */
    private static final int GATHERED_REACH = 6;

    private final Gazetteer gazetteer;
    /** The brief's actors, for the states of hosts and guests: set by {@link #find}. */
    private ActorTable table;
    private final List<ExerciseDraft> exercises = new ArrayList<>();
    /** The names this brief introduced for exercises the gazetteer does not know, and how far {@link #exercises} was read for them. */
    private final Map<String, ExerciseDraft> learnt = new LinkedHashMap<>();
    /** The tokens where an exercise is named, from the gazetteer or by the brief. */
    private final Set<Integer> nameStarts = new HashSet<>();
    private int learntUpTo;
    private final List<LinkDraft> hostLinks = new ArrayList<>();
    private final List<LinkDraft> coParticipantLinks = new ArrayList<>();
    private ExerciseDraft current;
    /** The exercise being talked about at the end of each sentence, for "the participants". */
    private ExerciseDraft[] currentAt = new ExerciseDraft[0];

    ExerciseFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<ExerciseDraft> exercises() {
        return exercises;
    }

    /** The participants of the exercise under discussion in a sentence ("the participants condemned ..."). */
    List<String> participantsAt(int sentence) {
        ExerciseDraft exercise = sentence < currentAt.length ? currentAt[sentence] : null;
        return exercise == null ? List.of() : List.copyOf(exercise.participants);
    }

    /**
     * Those a sentence of an exercise links by a joint exercise to one of its participants take part
     * in it too: "The Philippine Air Force will host Coral Shield, a new air exercise, with fighters
     * from Japan and Australia". Only participants already known are followed, and only in sentences
     * of one exercise, so a drill the sentence names beside another brings in no one else's partners.
     */
    void joinPartnersLinked(List<LinkDraft> links) {
        Map<Integer, List<LinkDraft>> bySentence = new HashMap<>();
        for (LinkDraft link : links) {
            if (link.kind() == LinkKind.JOINT_EXERCISE) {
                bySentence.computeIfAbsent(link.sentence(), sentence -> new ArrayList<>()).add(link);
            }
        }
        Map<Integer, Integer> exercisesIn = new HashMap<>();
        for (ExerciseDraft exercise : exercises) {
            exercise.evidence.stream().map(ExerciseDraft.Place::sentence).distinct()
                    .forEach(sentence -> exercisesIn.merge(sentence, 1, Integer::sum));
        }
        for (ExerciseDraft exercise : exercises) {
            Set<Integer> sentences = new HashSet<>();
            exercise.evidence.forEach(place -> sentences.add(place.sentence()));
            // "joint exercises with NATO, cyber drills with Estonia and training with Norway": where a
            // sentence names several exercises, its links do not say which one each partner joins.
            sentences.removeIf(sentence -> exercisesIn.get(sentence) > 1);
            for (LinkDraft link : sentences.stream().flatMap(s -> bySentence.getOrDefault(s, List.of()).stream()).toList()) {
                if (exercise.participants.contains(link.source()) && !exercise.participants.contains(link.target())) {
                    exercise.participants.add(link.target());
                } else if (exercise.participants.contains(link.target()) && !exercise.participants.contains(link.source())) {
                    exercise.participants.add(link.source());
                }
            }
        }
    }

    /** Whether an exercise is named at token {@code token}: "Eager Lion" in "hosted troops for Eager Lion". */
    boolean namesExerciseAt(int token) {
        return nameStarts.contains(token);
    }

    /** Joint-exercise links from each participant to the exercise's host. */
    List<LinkDraft> hostLinks() {
        return hostLinks;
    }

    /** Joint-exercise links between those a sentence names as taking part in one exercise together. */
    List<LinkDraft> coParticipantLinks() {
        return coParticipantLinks;
    }

    void find(ActorTable table, List<SentenceFrame> frames, List<PhraseIndex.Match<Surface>> named,
            List<FigureDraft> figures) {
        this.table = table;
        TokenizedBrief tokens = table.tokens();
        currentAt = new ExerciseDraft[tokens.sentenceCount()];
        Map<Integer, List<PhraseIndex.Match<Surface>>> namedBySentence = new HashMap<>();
        named.forEach(match -> namedBySentence.computeIfAbsent(tokens.token(match.first()).sentence(),
                sentence -> new ArrayList<>()).add(match));
        Map<Integer, List<FigureDraft>> figuresBySentence = new HashMap<>();
        figures.forEach(figure -> figuresBySentence.computeIfAbsent(figure.sentence, sentence -> new ArrayList<>()).add(figure));
        for (int s = 0; s < tokens.sentenceCount(); s++) {
            SentenceFrame frame = frames.get(s);
            List<PhraseIndex.Match<Surface>> names = new ArrayList<>(namedBySentence.getOrDefault(s, List.of()));
            // "Tradewinds Shield", "Sea Shield Plus": a known series' name inside a longer one names another exercise.
            names.removeIf(match -> partOfLongerName(frame, match));
            PhraseIndex.Match<Surface> written = writtenName(frame);
            if (written != null && names.stream().noneMatch(match -> match.first() >= written.first()
                    && match.first() < written.end())) {
                names.add(written);
            }
            PhraseIndex.Match<Surface> dated = datedName(frame);
            if (dated != null && names.stream().noneMatch(match -> match.first() < dated.end() && dated.first() < match.end())) {
                names.add(dated);
            }
            for (PhraseIndex.Match<Surface> again : namesLearnt(frame)) {
                // "UAE hosts Sand Falcon air exercise ... The UAE Air Force opened Sand Falcon 27": a name
                // the brief introduced earlier names the same exercise when it comes back.
                if (names.stream().noneMatch(match -> match.first() < again.end() && again.first() < match.end())) {
                    names.add(again);
                }
            }
            int nameEnd = -1;
            int nameFirst = -1;
            names.removeIf(name -> namesAShip(frame, name.first()));
            for (PhraseIndex.Match<Surface> name : names) {
                namedMention(frame, name);
                if (name.end() > nameEnd) {
                    nameEnd = name.end();
                    nameFirst = name.first();
                }
            }
            for (int i = frame.first; i < frame.end; i++) {
                Token token = tokens.token(i);
                if (isTrigger(tokens, i) && i == nameEnd) {
                    // "their annual Freedom Shield exercise": the noun belongs to the name before it,
                    // and those it is held "with" take part.
                    current.evidence.add(new ExerciseDraft.Place(s, nameFirst, i + 1));
                    ActorGroup partners = i + 1 < frame.end && token.isLowerCase() && tokens.token(i + 1).is("with")
                            ? frame.groupAfter(i + 2, 4) : null;
                    if (partners != null) {
                        current.joinAsPartners(frame.sentence, partners.keys());
                    }
                } else if (isTrigger(tokens, i) && i > nameEnd) {
                    triggered(frame, i, names.isEmpty());
                } else if (EVENT_NOUNS.contains(token.lower()) && token.is("event")) {
                    anaphoric(frame, i);
                }
            }
            participation(frame);
            attachFigures(frame, figuresBySentence.getOrDefault(s, List.of()));
            currentAt[s] = current;
        }
        addHostLinks();
        addCoParticipantLinks();
    }

    /** Where the names of exercises this brief introduced in earlier sentences come back in this one. */
    private List<PhraseIndex.Match<Surface>> namesLearnt(SentenceFrame frame) {
        TokenizedBrief tokens = frame.tokens;
        // Only the exercises added since the last sentence are looked at, so a long brief is read in linear time.
        for (; learntUpTo < exercises.size(); learntUpTo++) {
            ExerciseDraft exercise = exercises.get(learntUpTo);
            if (exercise.baseName != null && exercise.rule.equals("named-exercise")
                    && gazetteer.exercise(exercise.baseName).isEmpty()) {
                learnt.putIfAbsent(exercise.baseName, exercise);
            }
        }
        List<PhraseIndex.Match<Surface>> found = new ArrayList<>();
        for (Map.Entry<String, ExerciseDraft> entry : learnt.entrySet()) {
            String name = entry.getKey();
            if (entry.getValue().lastSentence() == frame.sentence) {
                continue;
            }
            String[] words = name.split(" ");
            for (int i = frame.first; i + words.length <= frame.end; i++) {
                boolean same = true;
                for (int k = 0; k < words.length && same; k++) {
                    same = tokens.token(i + k).text().equals(words[k]);
                }
                if (same) {
                    found.add(new PhraseIndex.Match<>(new Surface(name, SurfaceForm.EXERCISE, List.of(),
                            Surface.Ambiguity.NONE, name), i, i + words.length));
                    break;
                }
            }
        }
        return found;
    }

    /** "exercises", "drills", "training", and "games" after "war". */
    private static boolean isTrigger(TokenizedBrief tokens, int i) {
        Token token = tokens.token(i);
        if (token.isCapitalised()) {
            return false;
        }
        return TRIGGERS.contains(token.lower())
                || token.is("games") && i > 0 && tokens.token(i - 1).is("war") && tokens.token(i - 1).sentence() == token.sentence();
    }

    /** "Exercise Rim of the Pacific (RIMPAC)": a name written after "Exercise", with its acronym. */
    private PhraseIndex.Match<Surface> writtenName(SentenceFrame frame) {
        TokenizedBrief tokens = frame.tokens;
        for (int i = frame.first; i + 1 < frame.end; i++) {
            if (!tokens.token(i).is("Exercise") || !tokens.token(i + 1).isCapitalised()) {
                continue;
            }
            int j = i + 1;
            while (j < frame.end && (tokens.token(j).isCapitalised() || tokens.token(j).is("of") || tokens.token(j).is("the"))) {
                j++;
            }
            String name = tokens.textOf(i + 1, j);
            int end = j;
            if (j + 2 < frame.end && tokens.token(j).is("(") && tokens.token(j + 2).is(")") && tokens.token(j + 1).isAllCaps()) {
                String acronym = tokens.token(j + 1).text();
                name = gazetteer.exercise(acronym).map(KnownExercise::name).orElse(name);
                end = j + 3;
            }
            Surface surface = new Surface(name, SurfaceForm.EXERCISE, List.of(), Surface.Ambiguity.NONE, name);
            return new PhraseIndex.Match<>(surface, i, end);
        }
        return null;
    }

    /**
     * "The Indian Navy opened MILAN 2028 ..., the biennial exercise": a name the gazetteer does not
     * know, written with its year right after a verb that opens or holds an exercise, in a sentence
     * that speaks of one; or null.
     */
    private PhraseIndex.Match<Surface> datedName(SentenceFrame frame) {
        TokenizedBrief tokens = frame.tokens;
        boolean speaksOfExercise = false;
        for (int i = frame.first; i < frame.end && !speaksOfExercise; i++) {
            speaksOfExercise = isTrigger(tokens, i);
        }
        if (!speaksOfExercise) {
            return null;
        }
        for (int i = frame.first + 1; i < frame.end; i++) {
            if (!OPENING_VERBS.contains(tokens.token(i - 1).text())) {
                continue;
            }
            int j = i;
            while (j < frame.end && j - i < DATED_NAME_WORDS && tokens.token(j).isCapitalised() && !frame.isInMention(j)
                    && !NOT_NAME_WORDS.contains(tokens.token(j).text())) {
                j++;
            }
            if (j > i && j < frame.end && isEdition(tokens.token(j))) {
                String name = tokens.textOf(i, j);
                return new PhraseIndex.Match<>(new Surface(name, SurfaceForm.EXERCISE, List.of(), Surface.Ambiguity.NONE, name),
                        i, j);
            }
        }
        return null;
    }

    /** Whether a verb that opens or closes an exercise stands right before its name: "opened", "wrapped up the". */
    private static boolean opensOrCloses(SentenceFrame frame, int name) {
        int verb = name - 1;
        if (verb > frame.first && frame.tokens.token(verb).is("the")) {
            verb--;
        }
        return verb >= frame.first && OPENING_OR_CLOSING.contains(frame.tokens.token(verb).text());
    }

    /** Whether a name the gazetteer matched goes on in capitals: "Tradewinds Shield" is not Tradewinds. */
    private static boolean partOfLongerName(SentenceFrame frame, PhraseIndex.Match<Surface> match) {
        int next = match.end();
        if (next >= frame.end) {
            return false;
        }
        Token token = frame.tokens.token(next);
        return token.isCapitalised() && token.isWord() && !isRomanNumeral(token) && !frame.isInMention(next)
                && !NOT_NAME_WORDS.contains(token.text());
    }

    /** Nouns and prefixes before a ship's name: "vessel Varuna", "INS Varuna". */
    private static final Set<String> SHIP_NOUNS = Set.of("vessel", "ship", "frigate", "destroyer", "corvette", "cutter",
            "carrier", "submarine", "warship", "cruiser", "boat", "tanker", "icebreaker");
    private static final Set<String> SHIP_PREFIXES = Set.of("INS", "HMS", "USS", "BRP", "HMAS", "HMNZS", "HMCS", "ICGS",
            "KRI", "RSS", "KD", "HTMS", "ROKS", "JS", "PNS", "BNS", "SLNS", "TCG", "FS", "ESPS", "ITS", "HNLMS");
    /** "Indian Coast Guard vessel Varuna", "INS Varuna": an exercise's name given to a ship names the ship. */
    private static boolean namesAShip(SentenceFrame frame, int first) {
        if (first <= frame.first) {
            return false;
        }
        Token before = frame.tokens.token(first - 1);
        return SHIP_NOUNS.contains(before.lower()) || SHIP_PREFIXES.contains(before.text());
    }

    private static boolean isRomanNumeral(Token token) {
        return token.text().matches("[IVX]{1,4}") && !token.is("I");
    }

    /** A year or a two-digit edition after an exercise's name: "2028", "28". */
    private static boolean isEdition(Token token) {
        String text = token.text();
        return text.matches("(19|20)\\d\\d|\\d\\d");
    }

    private void namedMention(SentenceFrame frame, PhraseIndex.Match<Surface> match) {
        TokenizedBrief tokens = frame.tokens;
        String base = match.value().exerciseName();
        int end = match.end();
        String designation = null;
        // "Freedom Edge 24-2", "Mosi III": a designation after the name makes it one instance of the series.
        if (end + 2 < frame.end && tokens.token(end).isNumber() && tokens.token(end + 1).is("-")
                && tokens.token(end + 2).isNumber()) {
            designation = tokens.textOf(end, end + 3);
            end += 3;
        } else if (end < frame.end && isRomanNumeral(tokens.token(end))) {
            designation = tokens.token(end).text();
            end += 1;
        }
        boolean past = match.first() > frame.first && PAST_ORDINALS.contains(tokens.token(match.first() - 1).lower());
        String name = designation != null ? base + " " + designation : past ? base + " (" + tokens.token(match.first() - 1).lower() + ")" : null;
        ExerciseDraft exercise = null;
        if (name != null) {
            exercise = byName(name);
            if (exercise == null && designation != null && current != null && current.baseName == null
                    && current.lastSentence() >= frame.sentence - 1) {
                // "... kick off their second exercise of the year. Freedom Edge 24-2 ends on Friday": the same one.
                exercise = current;
            }
        } else {
            exercise = latestOfBase(base);
            if (exercise == null && current != null && current.baseName == null && current.lastSentence() >= frame.sentence - 1) {
                exercise = current;
            }
            name = base;
        }
        if (exercise == null) {
            exercise = new ExerciseDraft(name, "named-exercise", 0.9);
            exercises.add(exercise);
            if (past) {
                ExerciseDraft series = latestOfBase(base);
                if (series != null) {
                    exercise.participants.addAll(series.participants);
                }
            }
        }
        if (exercise.baseName == null || !exercise.name.equals(name) && designation != null) {
            exercise.name = name;
        }
        exercise.baseName = base;
        current = exercise;
        gazetteer.exercise(base).ifPresent(known -> {
            if (current.domain == ExerciseDomain.GENERAL) {
                current.domain = known.domain();
            }
            if (current.frequency == null) {
                current.frequency = known.frequency();
            }
        });
        readFrequency(frame, match.first(), end, exercise);
        nameStarts.add(match.first());
        int start = match.first() > frame.first && PAST_ORDINALS.contains(tokens.token(match.first() - 1).lower())
                ? match.first() - 1 : match.first();
        exercise.evidence.add(new ExerciseDraft.Place(frame.sentence, start, end));
        ActorGroup subject = frame.subjectAt(match.first());
        if (subject != null && subject.end() <= match.first() && !judgedBetween(frame, subject.end(), match.first())) {
            exercise.join(frame.sentence, subject.keys());
            String opener = subject.members.size() == 1 && opensOrCloses(frame, match.first()) ? subject.keys().get(0) : null;
            // "Norway ... opens Arctic Bastion exercise. ... the Norwegian Armed Forces opened Arctic Bastion 27":
            // the state's own service is the host it spoke of.
            boolean ownService = opener != null && exercise.host != null && !opener.equals(exercise.host)
                    && ModelAssembler.lift(table, opener).equals(exercise.host);
            if (opener != null && (exercise.host == null || ownService)) {
                // "The Indonesian Navy wrapped up the Komodo exercise": one who opens or closes it alone
                // runs it, and those it draws later are its guests.
                exercise.host = opener;
                exercise.hostEvidence = new ExerciseDraft.Place(frame.sentence, subject.first(), end);
            }
        }
        List<String> equipped = equipmentOwnersIncluded(frame, end);
        if (!equipped.isEmpty() && subject != null) {
            // "opened Sand Falcon 27 on Tuesday with some 60 aircraft, including French Rafales, Saudi
            // F-15s and Greek F-16s": those whose aircraft come are the host's guests.
            exercise.joinAsPartners(frame.sentence, equipped);
        }
        int involving = end < frame.end && INVOLVING.contains(tokens.token(end).text()) ? end + 1
                : end + 1 < frame.end && isTrigger(tokens, end) && INVOLVING.contains(tokens.token(end + 1).text()) ? end + 2 : -1;
        ActorGroup involved = involving < 0 ? null : frame.groupAfter(involving, 2);
        if (involved != null && involved.members.size() >= 2) {
            // "the Freedom Edge exercise involving the United States, Japan and South Korea".
            exercise.join(frame.sentence, involved.keys());
            exercise.evidence.add(new ExerciseDraft.Place(frame.sentence, start, involved.end()));
        }
    }

    /**
     * The states named before the equipment listed after "with ... including" that follows an
     * exercise's name: "with some 60 aircraft, including French Rafales, Saudi F-15s and Greek
     * F-16s"; empty if there is no such list.
     */
    private static List<String> equipmentOwnersIncluded(SentenceFrame frame, int end) {
        TokenizedBrief tokens = frame.tokens;
        int with = -1;
        for (int i = end; i < Math.min(frame.end, end + HOST_REACH); i++) {
            if (tokens.token(i).is("with")) {
                with = i;
                break;
            }
        }
        int including = -1;
        for (int i = with + 1; with >= 0 && i < Math.min(frame.end, with + GUEST_REACH + 2); i++) {
            if (tokens.token(i).is("including")) {
                including = i;
                break;
            }
            if (frame.isInMention(i)) {
                break;
            }
        }
        List<String> owners = new ArrayList<>();
        int clauseEnd = including >= 0 ? frame.clauseOf(including).end() : -1;
        for (int i = including + 1; i < clauseEnd; i++) {
            Mention mention = frame.mentionEndingAt(i + 1);
            if (mention != null && mention.form() == SurfaceForm.DEMONYM && !owners.contains(mention.actorKey())) {
                owners.add(mention.actorKey());
            }
        }
        return owners.size() >= 2 ? owners : List.of();
    }

    /** "North Korea denounced the Freedom Edge exercise": who judges an exercise takes no part in it. */
    private static boolean judgedBetween(SentenceFrame frame, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = frame.tokens.token(i).lower();
            if (JUDGING.stream().anyMatch(word::startsWith)) {
                return true;
            }
        }
        return false;
    }

    private void triggered(SentenceFrame frame, int at, boolean noNameInSentence) {
        TokenizedBrief tokens = frame.tokens;
        if (Teaching.trainsOthers(frame, at)) {
            // "training Libyan crews": teaching another's forces is support, not an exercise.
            return;
        }
        int np = at;
        while (np > frame.first && at - np < 4 && isModifier(tokens.token(np - 1))) {
            np--;
        }
        boolean demonstrative = np > frame.first && DEMONSTRATIVES.contains(tokens.token(np - 1).lower());
        ActorGroup partners = null;
        if (at + 1 < frame.end && tokens.token(at + 1).is("with")) {
            partners = frame.groupAfter(at + 2, 4);
        }
        ActorGroup joined = partners == null ? joinedFor(frame, np) : null;
        ActorGroup named = partners;
        if (joined != null) {
            partners = joined;
        }
        ActorGroup owner = possessor(frame, np);
        ActorGroup subject = owner != null ? owner : frame.subjectAt(np);
        ActorGroup gathered = partners == null && subject == null ? gatheredAfter(frame, at) : null;
        if (gathered != null) {
            // "The exercise brought together troops from Britain, France and Germany": those it
            // gathers hold it together.
            subject = gathered;
        }
        int article = articleBefore(frame, at);
        int[] apposed = article >= 0 && noNameInSentence ? appositiveName(frame, article + 1) : null;
        if (apposed != null) {
            // "Escudo del Istmo 2027, the biennial maritime interdiction exercise": the name before the apposition.
            String name = tokens.textOf(apposed[0], apposed[1]);
            namedMention(frame, new PhraseIndex.Match<>(new Surface(name, SurfaceForm.EXERCISE, List.of(),
                    Surface.Ambiguity.NONE, name), apposed[0], apposed[1]));
            current.evidence.add(new ExerciseDraft.Place(frame.sentence, apposed[0], at + 1));
            if (current.domain == null || current.domain == ExerciseDomain.GENERAL) {
                current.domain = domainOf(frame, np, at, current);
            }
            readFrequency(frame, np, at + 1, current);
            ActorGroup holders = holdersAfter(frame, at + 1);
            if (holders != null) {
                // "Argo 27, an amphibious exercise Greek and French forces plan to hold off Crete".
                current.join(frame.sentence, holders.keys());
                current.evidence.add(new ExerciseDraft.Place(frame.sentence, apposed[0], holders.end()));
            }
            ActorGroup drawn = gatheredLater(frame, holders != null ? holders.end() : at + 1);
            if (drawn != null) {
                // "CRUZEX, the air exercise the FAB hosts in Natal, which next year will draw aircraft
                // from Colombia, Chile and the United States": guests of whoever holds it.
                if (holders != null) {
                    current.joinAsPartners(frame.sentence, drawn.keys());
                } else {
                    current.join(frame.sentence, drawn.keys());
                }
                current.evidence.add(new ExerciseDraft.Place(frame.sentence, apposed[0], drawn.end()));
            }
            return;
        }
        if (demonstrative && gathered != null && current != null && frame.sentence - current.lastSentence() <= ANAPHORA_REACH) {
            // "Cold Response began on Monday. The exercise drew troops from ...": the one just named.
            current.join(frame.sentence, gathered.keys());
            current.evidence.add(new ExerciseDraft.Place(frame.sentence, np - 1, gathered.end()));
            return;
        }
        if (demonstrative && partners == null && owner == null && gathered == null) {
            anaphoric(frame, at);
            return;
        }
        if (owner != null && ownerApposed(frame, owner)) {
            // "Pitch Black, the Royal Australian Air Force's biennial exercise": the named one, and its host.
            if (current.host == null) {
                current.host = owner.keys().get(0);
                current.hostEvidence = new ExerciseDraft.Place(frame.sentence, owner.first(), at + 1);
            }
            current.join(frame.sentence, owner.keys());
            current.evidence.add(new ExerciseDraft.Place(frame.sentence, owner.first(), at + 1));
            readFrequency(frame, np, at + 1, current);
            return;
        }
        if (partners == null && subject == null) {
            if (!noNameInSentence && current != null) {
                current.evidence.add(new ExerciseDraft.Place(frame.sentence, np, at + 1));
            }
            return;
        }
        String written = capitalisedNameBefore(frame, np);
        if (written != null) {
            // "the Kamandag exercises": a name the gazetteer does not know, written before the noun.
            namedMention(frame, new PhraseIndex.Match<>(new Surface(written, SurfaceForm.EXERCISE, List.of(),
                    Surface.Ambiguity.NONE, written), np - written.split(" ").length, np));
            if (partners != null) {
                current.joinAsPartners(frame.sentence, partners.keys());
            }
            current.evidence.add(new ExerciseDraft.Place(frame.sentence, np - written.split(" ").length,
                    partners != null ? Math.max(partners.end(), at + 1) : at + 1));
            return;
        }
        ExerciseDraft exercise = new ExerciseDraft(null, "exercise-trigger", 0.75);
        exercise.baseName = null;
        if (subject != null) {
            exercise.join(frame.sentence, subject.keys());
        }
        if (partners != null) {
            exercise.joinAsPartners(frame.sentence, partners.keys());
        }
        exercise.domain = domainOf(frame, np, at, exercise);
        readFrequency(frame, np, at + 1, exercise);
        int start = np;
        if (owner != null) {
            start = tokens.token(np - 1).is("'s") ? owner.first() : np - 1;
        } else if (subject != null && partners == null && subject.first() < np && at - subject.end() <= 8) {
            start = subject.first();
        }
        int end = partners != null ? Math.max(partners.end(), at + 1) : at + 1;
        exercise.evidence.add(new ExerciseDraft.Place(frame.sentence, start, end));
        exercise.name = nameOf(tokens, np, at + 1, named);
        if (joined != null && joined.members.size() == 1) {
            // The joiners train with the one they join, as participants do with a host.
            exercise.host = joined.keys().get(0);
            exercise.hostEvidence = new ExerciseDraft.Place(frame.sentence, start, end);
        }
        if (current != null && current.baseName != null && current.lastSentence() == frame.sentence && partners == null
                && current.participants.containsAll(exercise.participants)) {
            // "... their annual Freedom Shield exercise on Monday, an 11-day combined drill": the named one again.
            current.evidence.addAll(exercise.evidence);
            return;
        }
        ExerciseDraft same = sameAs(exercise);
        if (same != null) {
            same.evidence.addAll(exercise.evidence);
            current = same;
        } else {
            exercises.add(exercise);
            current = exercise;
        }
        trend(frame, at, current);
    }

    /**
     * The list of two or more an exercise noun's own verb gathers: "The exercise brought together
     * troops from ...", "The drills, which involved forces from ..."; or null.
     */
    private static ActorGroup gatheredAfter(SentenceFrame frame, int at) {
        TokenizedBrief tokens = frame.tokens;
        for (int i = at + 1; i < Math.min(frame.end, at + GATHERING_REACH); i++) {
            if (frame.isInMention(i)) {
                return null;
            }
            if (GATHERING.contains(tokens.token(i).lower())) {
                ActorGroup listed = frame.groupAfter(i + 1, GATHERED_REACH);
                return listed != null && listed.members.size() >= 2 ? listed : null;
            }
        }
        return null;
    }

    /** A list of two or more drawn to the exercise later in the sentence, after a gathering verb and "from"; or null. */
    private static ActorGroup gatheredLater(SentenceFrame frame, int from) {
        TokenizedBrief tokens = frame.tokens;
        for (int i = from; i + 1 < frame.end; i++) {
            if (GATHERING.contains(tokens.token(i).lower())) {
                int source = fromAfter(frame, i + 1, GATHERED_REACH);
                ActorGroup listed = source < 0 ? null : frame.groupAfter(source + 1, 1);
                return listed != null && listed.members.size() >= 2 ? listed : null;
            }
        }
        return null;
    }

    /** "would join the Philippine Navy for a trilateral exercise": the actor joined takes part too. */
    private static ActorGroup joinedFor(SentenceFrame frame, int np) {
        TokenizedBrief tokens = frame.tokens;
        int at = np - 1;
        if (at > frame.first && (tokens.token(at).is("a") || tokens.token(at).is("an") || tokens.token(at).is("the"))) {
            at--;
        }
        if (at <= frame.first || !tokens.token(at).is("for")) {
            return null;
        }
        ActorGroup joined = frame.lastGroupBefore(at);
        if (joined == null || joined.end() != at) {
            return null;
        }
        // Back over the article and the words of the name that name its state ("the Philippine Navy").
        int verb = joined.first() - 1;
        while (verb > frame.first && (tokens.token(verb).is("the") || tokens.token(verb).isCapitalised())) {
            verb--;
        }
        return verb >= frame.first && JOIN_VERBS.contains(tokens.token(verb).text()) ? joined : null;
    }

    /** A word of an exercise's noun phrase: "recent cyber defense", "annual", "large-scale". */
    private static boolean isModifier(Token token) {
        return (token.isLowerCase() && !NOT_MODIFIERS.contains(token.text()) || token.is("-"));
    }

    /**
     * The span of a name written before ", the ... exercise": capitalised words, a number and the
     * small words of names in other languages ("Escudo del Istmo 2027"); or null.
     */
    private static int[] appositiveName(SentenceFrame frame, int np) {
        TokenizedBrief tokens = frame.tokens;
        int comma = np - 2;
        if (comma <= frame.first || !ARTICLES.contains(tokens.token(np - 1).lower()) || !tokens.token(comma).is(",")) {
            return null;
        }
        int start = comma;
        while (start > frame.first && comma - start < APPOSED_NAME_WORDS && !frame.isInMention(start - 1)) {
            Token token = tokens.token(start - 1);
            // "CRUZEX, the biennial air exercise": series are often written in capitals.
            // "conclude on July 26, the exercise": a date is no name.
            boolean nameWord = token.isCapitalised() && !NOT_NAME_WORDS.contains(token.text()) && !FigureRecogniser.MONTHS.contains(token.text())
                    || token.isNumber() || NAME_PARTICLES.contains(token.text());
            if (!nameWord) {
                break;
            }
            start--;
        }
        while (start < comma && !tokens.token(start).isCapitalised()) {
            start++;
        }
        boolean opensSentence = start == frame.first;
        return start == comma || opensSentence && comma - start == 1 ? null : new int[] {start, comma};
    }

    /**
     * The group right after an exercise noun that holds it, in a relative clause with no "that":
     * "an amphibious exercise Greek and French forces plan to hold"; or null.
     */
    private static ActorGroup holdersAfter(SentenceFrame frame, int at) {
        // "the air exercise the FAB hosts": the holder may open with its article.
        int first = at < frame.end && frame.tokens.token(at).isIgnoringCase("the") ? at + 1 : at;
        ActorGroup group = frame.groupStartingAt(first);
        if (group == null) {
            return null;
        }
        for (int i = group.end(); i < Math.min(frame.end, group.end() + HOLDING_REACH); i++) {
            if (HOLDING.contains(frame.tokens.token(i).lower())) {
                return group;
            }
        }
        return null;
    }

    /**
     * The article opening the noun phrase of the exercise noun at {@code at}, over its modifiers
     * ("a three-day air-defence drill"), or -1.
     */
    private static int articleBefore(SentenceFrame frame, int at) {
        for (int i = at - 1; i >= Math.max(frame.first, at - APPOSED_MODIFIERS); i--) {
            Token token = frame.tokens.token(i);
            if (ARTICLES.contains(token.lower())) {
                return i;
            }
            if (!isModifier(token) && !token.isNumber()) {
                return -1;
            }
        }
        return -1;
    }

    /** One or two capitalised words right before an exercise noun that name no actor: "Kamandag". */
    private static String capitalisedNameBefore(SentenceFrame frame, int np) {
        TokenizedBrief tokens = frame.tokens;
        int start = np;
        while (start > frame.first && np - start < 2 && tokens.token(start - 1).isCapitalised()
                && !tokens.token(start - 1).isAllCaps() && !frame.isInMention(start - 1)
                && !NOT_NAME_WORDS.contains(tokens.token(start - 1).text())) {
            start--;
        }
        if (start == np || start == frame.first && np - start == 1) {
            return null;
        }
        return tokens.textOf(start, np);
    }

    /** Whether ", the X's ..." or ", X's ..." follows the exercise named just before in this sentence. */
    private boolean ownerApposed(SentenceFrame frame, ActorGroup owner) {
        int comma = owner.first() - 1;
        if (comma > frame.first && frame.tokens.token(comma).isIgnoringCase("the")) {
            comma--;
        }
        if (current == null || current.baseName == null || current.lastSentence() != frame.sentence
                || comma <= frame.first || !frame.tokens.token(comma).is(",")) {
            return false;
        }
        ExerciseDraft.Place named = current.evidence.get(current.evidence.size() - 1);
        // "African Lion 2025, U.S. Africa Command's ...": the edition's year after the name.
        return named.end() == comma || named.end() == comma - 1 && frame.tokens.token(comma - 1).isNumber();
    }

    private static ActorGroup possessor(SentenceFrame frame, int np) {
        TokenizedBrief tokens = frame.tokens;
        if (np - 1 >= frame.first && (tokens.token(np - 1).is("its") || tokens.token(np - 1).is("their"))) {
            return frame.lastGroupBefore(np - 1);
        }
        if (np - 1 >= frame.first && tokens.token(np - 1).is("'s")) {
            ActorGroup group = frame.modifierBefore(np, 1);
            return group != null && group.end() == np - 1 ? group : null;
        }
        return null;
    }

    private void anaphoric(SentenceFrame frame, int at) {
        if (current == null || frame.sentence - current.lastSentence() > ANAPHORA_REACH) {
            return;
        }
        int start = at;
        while (start > frame.first && at - start < 4 && !DEMONSTRATIVES.contains(frame.tokens.token(start).lower())) {
            start--;
        }
        if (frame.tokens.token(start).is("'s") && start > frame.first) {
            start--;
        }
        current.evidence.add(new ExerciseDraft.Place(frame.sentence, start, at + 1));
    }

    /** The actors of "with (both) A and B participating" before the participle at {@code at}; or null. */
    private static ActorGroup withTakingPart(SentenceFrame frame, int at) {
        ActorGroup group = frame.lastGroupBefore(at);
        if (group == null || group.end() != at || group.first() - 1 < frame.first) {
            return null;
        }
        int with = group.first() - 1;
        if (frame.tokens.token(with).is("both") && with > frame.first) {
            with--;
        }
        return frame.tokens.token(with).isIgnoringCase("with") ? group : null;
    }

    /** "The 29 participating countries will include ...", "It is hosted by the commander of the U.S. Pacific Fleet". */
    private void participation(SentenceFrame frame) {
        if (current == null || frame.sentence - current.lastSentence() > ANAPHORA_REACH) {
            return;
        }
        TokenizedBrief tokens = frame.tokens;
        for (int i = frame.first; i < frame.end; i++) {
            Token token = tokens.token(i);
            if (token.lower().startsWith("participa")) {
                boolean listedAfter = false;
                for (int j = i + 1; j < Math.min(frame.end, i + 6); j++) {
                    ActorGroup listed = frame.groupStartingAt(j);
                    if (listed != null && listed.members.size() >= 2) {
                        current.join(frame.sentence, listed.keys());
                        current.evidence.add(new ExerciseDraft.Place(frame.sentence, Math.max(frame.first, i - 2), listed.end()));
                        listedAfter = true;
                        break;
                    }
                }
                if (!listedAfter && i > frame.first && POSSESSIVE_PRONOUNS.contains(tokens.token(i - 1).lower())) {
                    // "Coast guards from Colombia and Costa Rica have confirmed their participation".
                    addSubjectsBefore(frame, i);
                }
                ActorGroup taking = listedAfter ? null : withTakingPart(frame, i);
                if (taking != null) {
                    // "with both Sweden and Finland participating, NATO is seizing the chance".
                    current.join(frame.sentence, taking.keys());
                    current.evidence.add(new ExerciseDraft.Place(frame.sentence, taking.first(), i + 1));
                }
            }
            ActorGroup relativeHost = HOST_VERBS.contains(token.text()) ? hostOfExerciseNounBefore(frame, i) : null;
            if (relativeHost != null && current.host == null) {
                // "Cobra Gold 2028, the annual multinational exercise it co-hosts with the United States".
                List<String> hosts = new ArrayList<>(relativeHost.keys());
                ActorGroup coHost = i + 1 < frame.end && tokens.token(i + 1).is("with") ? frame.groupAfter(i + 2, 1) : null;
                if (coHost != null && tokens.token(i - 1).is("-")) {
                    hosts.addAll(coHost.keys());
                }
                hostedBy(frame.sentence, hosts, relativeHost.first(), Math.min(frame.end, i + 1));
            } else if (HOST_VERBS.contains(token.text()) && hostsExercise(frame, i)) {
                // "Germany will host Northern Coast, a NATO naval exercise": the subject hosts it.
                ActorGroup host = frame.subjectAt(i);
                boolean coHosts = host != null && host.members.size() > 1 && i > frame.first + 1
                        && tokens.token(i - 1).is("-") && tokens.token(i - 2).is("co");
                if (host != null && (host.members.size() == 1 || coHosts) && current.host == null) {
                    // "SENAN and SOUTHCOM will co-host": each hosts the guests.
                    hostedBy(frame.sentence, host.keys(), host.first(), Math.min(frame.end, i + 1));
                }
                int with = withAfterHosted(frame, i);
                if (with > 0) {
                    // "will host it with troops from the United States, India and Japan", "hosted Eager Lion
                    // with troops from ...": its guests.
                    ActorGroup guests = frame.groupAfter(with + 1, GUEST_REACH);
                    if (guests != null) {
                        current.joinAsPartners(frame.sentence, guests.keys());
                    }
                }
                int from = fromAfter(frame, i + 1, GUEST_REACH);
                if (from > 0 && current.host != null) {
                    // "opened Cobra Gold, hosting troops from the United States, Singapore and Japan".
                    ActorGroup guests = frame.groupAfter(from + 1, 1);
                    if (guests != null) {
                        current.joinAsPartners(frame.sentence, guests.keys());
                    }
                }
            }
            if (STARTING_VERBS.contains(token.text()) && current.host == null && current.lastSentence() == frame.sentence
                    && i + 2 < frame.end && tokens.token(i + 1).is("in")) {
                // "Cobra Gold 2027 opened in Thailand on Monday": the state it opens in holds it.
                ActorGroup venue = frame.groupAfter(i + 2, 1);
                if (venue != null && venue.members.size() == 1 && frame.isStates(venue)
                        && namesCurrentBefore(frame, i)) {
                    hostedBy(frame.sentence, venue.keys(), venue.first(), venue.end());
                }
            }
            if (SENDING.contains(token.text())) {
                sentAsGuests(frame, i);
            }
            if ((token.is("take") || token.is("takes") || token.is("taking") || token.is("took")) && i + 1 < frame.end
                    && tokens.token(i + 1).is("part") && (i + 2 >= frame.end || !tokens.token(i + 2).is("in"))) {
                // "ships from 14 nations, including Poland, Denmark and Sweden, will take part".
                addSubjectsBefore(frame, i);
                int with = i + 2 < frame.end && tokens.token(i + 2).is(",") ? i + 3 : i + 2;
                if (with + 1 < frame.end && tokens.token(with).is("together") && tokens.token(with + 1).is("with")) {
                    // "..., together with smaller contingents from Benin, Togo and Sierra Leone".
                    ActorGroup along = frame.groupAfter(with + 2, GUEST_REACH);
                    int from = along == null ? fromAfter(frame, with + 2, GUEST_FROM_REACH) : -1;
                    if (from > 0) {
                        // "..., together with Guardian-class patrol boats from Fiji, Papua New Guinea and Tonga".
                        along = frame.groupAfter(from + 1, 1);
                    }
                    if (along != null) {
                        current.joinAsPartners(frame.sentence, along.keys());
                    }
                }
            }
            if (token.is("host") && i > frame.first && !tokens.token(i - 1).isCapitalised()) {
                // "alongside host Norway", "with host nation Japan": the host named as a state, which
                // stands for the body of it that was said to host ("the Norwegian Armed Forces will host").
                ActorGroup named = frame.groupAfter(i + 1, 1);
                if (named != null && named.members.size() == 1 && frame.isStates(named)) {
                    String state = named.keys().get(0);
                    if (current.host == null || ModelAssembler.lift(table, current.host).equals(state)) {
                        current.participants.remove(current.host);
                        current.host = state;
                        current.participants.add(state);
                        current.hostEvidence = new ExerciseDraft.Place(frame.sentence, frame.first, named.end());
                        current.evidence.add(current.hostEvidence);
                    }
                }
            }
            if (token.is("with") && current.lastSentence() == frame.sentence && !current.joinedAt.containsKey(frame.sentence)
                    && frame.firstGroupIn(frame.first, i) == null) {
                // "A parallel drill, Dynamic Mongoose, will run off Andøya with Norwegian, German and U.S.
                // aircraft": with no one before, those it runs with all hold it.
                ActorGroup with = frame.groupAfter(i + 1, 2);
                if (with != null && with.members.size() >= 2) {
                    current.join(frame.sentence, with.keys());
                    current.evidence.add(new ExerciseDraft.Place(frame.sentence, i, with.end()));
                }
            }
            if (token.is("hosted") && i + 1 < frame.end && tokens.token(i + 1).is("by") && i > frame.first + 1
                    && tokens.token(i - 1).is("-") && tokens.token(i - 2).is("co")) {
                // "African Lion, U.S. Africa Command's exercise, opened co-hosted by Morocco and Ghana": all hold it.
                ActorGroup hosts = frame.groupAfter(i + 2, 4);
                if (hosts != null) {
                    current.join(frame.sentence, hosts.keys());
                    current.evidence.add(new ExerciseDraft.Place(frame.sentence, i - 2, hosts.end()));
                }
            } else if (token.is("hosted") && i + 1 < frame.end && tokens.token(i + 1).is("by")) {
                ActorGroup host = frame.groupAfter(i + 2, 4);
                if (host != null && host.members.size() == 1) {
                    current.host = host.keys().get(0);
                    current.participants.add(current.host);
                    current.hostEvidence = new ExerciseDraft.Place(frame.sentence, frame.first, host.end());
                    current.evidence.add(current.hostEvidence);
                }
            }
        }
    }

    /**
     * The "with" right after what a verb of hosting hosts, "it" or the exercise's name ("hosted Eager
     * Lion with"); -1 if there is none.
     */
    private int withAfterHosted(SentenceFrame frame, int verb) {
        int after = -1;
        if (verb + 1 < frame.end && frame.tokens.token(verb + 1).is("it")) {
            after = verb + 2;
        } else if (current != null) {
            for (ExerciseDraft.Place place : current.evidence) {
                if (place.sentence() == frame.sentence && place.first() == verb + 1) {
                    after = place.end();
                }
            }
        }
        return after > 0 && after < frame.end && frame.tokens.token(after).is("with") ? after : -1;
    }

    /**
     * The "from" within {@code reach} words of {@code at} ("hosting troops from", "draw aircraft from",
     * "Guardian-class patrol boats from"), over words, numbers and hyphens only; -1 if none.
     */
    private static int fromAfter(SentenceFrame frame, int at, int reach) {
        for (int i = at; i < Math.min(frame.end, at + reach); i++) {
            if (frame.tokens.token(i).is("from")) {
                return i;
            }
            Token token = frame.tokens.token(i);
            if (frame.isInMention(i) || !token.isWord() && !token.isNumber() && !token.is("-")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Britain's Royal Navy sent the frigate HMS Richmond, and Bangladesh and Vietnam each sent a
     * corvette", "France sent a frigate to Tradewinds": who sends ships or troops, to no one named,
     * while an exercise is under discussion, is its host's guest. Observers, and sending that was
     * only planned, take no part.
     */
    private void sentAsGuests(SentenceFrame frame, int verb) {
        TokenizedBrief tokens = frame.tokens;
        Clause clause = frame.clauseOf(verb);
        ActorGroup sender = frame.subjectAt(verb);
        if (sender == null || sender.first() >= verb || frame.firstGroupIn(verb + 1, clause.end()) != null) {
            return;
        }
        for (int i = Math.max(frame.first, sender.first()); i < clause.end(); i++) {
            if (tokens.token(i).lower().startsWith("observer")) {
                return;
            }
        }
        for (int i = Math.max(frame.first, verb - PLAN_REACH); i < verb; i++) {
            if (UNREALISED.contains(tokens.token(i).lower())) {
                return;
            }
        }
        int asset = -1;
        for (int i = verb + 1; i < Math.min(clause.end(), verb + ASSET_REACH); i++) {
            if (ASSETS.contains(tokens.token(i).lower()) || nameStarts.contains(i)) {
                asset = i;
                break;
            }
        }
        if (asset < 0) {
            return;
        }
        // Guests train with the host, not with the guests another clause names.
        current.addGuests(frame.sentence, sender.keys());
        current.evidence.add(new ExerciseDraft.Place(frame.sentence, sender.first(), asset + 1));
    }

    /** The groups of the clause before token {@code at} take part in the exercise under discussion. */
    private void addSubjectsBefore(SentenceFrame frame, int at) {
        Clause clause = frame.clauseOf(at);
        // "..., with a French frigate and Saudi aircraft also taking part": those after "with" join.
        List<String> joiners = new ArrayList<>();
        for (ActorGroup group : frame.groups) {
            if (group.first() >= clause.first() && group.end() <= at && !frame.isBracketed(group.first())) {
                if (!joiners.isEmpty() || afterWith(frame, group.first())) {
                    joiners.addAll(group.keys());
                } else {
                    current.join(frame.sentence, group.keys());
                }
            }
        }
        if (!joiners.isEmpty()) {
            current.joinAsPartners(frame.sentence, joiners);
        }
    }

    private static boolean afterWith(SentenceFrame frame, int first) {
        for (int i = first - 1; i >= Math.max(frame.first, first - 3); i--) {
            Token token = frame.tokens.token(i);
            if (token.is("with")) {
                return true;
            }
            if (!token.is("a") && !token.is("an") && !token.is("the") && !token.isNumber()) {
                return false;
            }
        }
        return false;
    }

    /** Whether the exercise under discussion is named or referred to before token {@code at} of its sentence. */
    private boolean namesCurrentBefore(SentenceFrame frame, int at) {
        return current.evidence.stream().anyMatch(place -> place.sentence() == frame.sentence && place.first() < at);
    }

    /** The exercise under discussion is hosted by the first of {@code hosts}, with the others as co-hosts. */
    private void hostedBy(int sentence, List<String> hosts, int first, int end) {
        current.host = hosts.get(0);
        current.coHosts.addAll(hosts.subList(1, hosts.size()));
        current.join(sentence, hosts);
        current.hostEvidence = new ExerciseDraft.Place(sentence, first, end);
        current.evidence.add(current.hostEvidence);
    }

    /**
     * Who hosts an exercise noun that a relative clause without "that" describes: "the annual
     * exercise SOUTHCOM co-hosts", "the exercise it hosts" (the subject of the noun's own clause);
     * or null.
     */
    private ActorGroup hostOfExerciseNounBefore(SentenceFrame frame, int verb) {
        if (current == null || current.lastSentence() != frame.sentence) {
            return null;
        }
        TokenizedBrief tokens = frame.tokens;
        int before = verb - 1;
        if (before - 1 > frame.first && tokens.token(before).is("-") && tokens.token(before - 1).is("co")) {
            before -= 2;
        }
        if (before <= frame.first) {
            return null;
        }
        if (tokens.token(before).is("it") && isTrigger(tokens, before - 1)) {
            return frame.subjectAt(before - 1);
        }
        ActorGroup group = frame.lastGroupBefore(before + 1);
        boolean named = group != null && group.end() == before + 1 && group.first() > frame.first
                && isTrigger(tokens, group.first() - 1);
        // "Tradewinds, which Jamaica co-hosts with U.S. Southern Command": the exercise named just before.
        boolean relative = group != null && group.end() == before + 1 && group.first() - 2 > frame.first
                && tokens.token(group.first() - 1).is("which") && tokens.token(group.first() - 2).is(",")
                && nameStarts.stream().anyMatch(start -> start < group.first() && start >= frame.first);
        return named || relative ? group : null;
    }

    /**
     * Whether an exercise noun or name follows a verb of hosting closely: "will host Northern
     * Coast, a ... exercise"; or "it", the exercise under discussion: "will host it with troops from".
     */
    private boolean hostsExercise(SentenceFrame frame, int verb) {
        if (verb + 1 < frame.end && frame.tokens.token(verb + 1).is("it")) {
            return true;
        }
        if (frame.tokens.token(verb).is("hosting") && current != null && current.lastSentence() == frame.sentence) {
            // "opened Exercise Harmattan Resolve on Monday, hosting some 2,300 troops": who opened it hosts it.
            return true;
        }
        for (int j = verb + 1; j < Math.min(frame.end, verb + HOST_REACH); j++) {
            if (isTrigger(frame.tokens, j)) {
                return true;
            }
        }
        // "Jordan hosted Eager Lion with troops from ...", "hosted troops from ... for Eager Lion": the exercise by name.
        return current != null && current.evidence.stream().anyMatch(place -> place.sentence() == frame.sentence
                && place.first() > verb && place.first() < verb + HOST_REACH);
    }

    private void attachFigures(SentenceFrame frame, List<FigureDraft> figures) {
        if (current == null || current.lastSentence() != frame.sentence) {
            return;
        }
        for (FigureDraft figure : figures) {
            if (figure.unit.equals(Unit.COUNT) && !current.figures.contains(figure)
                    && current.baseName != null) {
                current.figures.add(figure);
            }
        }
    }

    private void trend(SentenceFrame frame, int at, ExerciseDraft exercise) {
        Clause clause = frame.clauseOf(at);
        for (int i = clause.first(); i < at; i++) {
            if (FigureRecogniser.isMultipleWord(frame.tokens.token(i).lower())) {
                String since = null;
                for (int j = at; j + 1 < clause.end(); j++) {
                    if (frame.tokens.token(j).is("since") && frame.tokens.token(j + 1).isNumber()) {
                        since = frame.tokens.token(j + 1).text();
                    }
                }
                exercise.trend = frame.tokens.token(i).lower() + (since == null ? "" : " since " + since);
            }
        }
    }

    private ExerciseDomain domainOf(SentenceFrame frame, int from, int to, ExerciseDraft exercise) {
        for (String key : exercise.participants) {
            if (key.endsWith("-coast-guard")) {
                return ExerciseDomain.COAST_GUARD;
            }
        }
        for (int i = from; i < to; i++) {
            ExerciseDomain domain = DOMAIN_WORDS.get(frame.tokens.token(i).lower());
            if (domain != null) {
                return domain;
            }
        }
        return ExerciseDomain.GENERAL;
    }

    private static void readFrequency(SentenceFrame frame, int from, int to, ExerciseDraft exercise) {
        for (int i = Math.max(frame.first, from - 3); i < to; i++) {
            String frequency = FREQUENCIES.get(frame.tokens.token(i).lower());
            if (frequency != null) {
                exercise.frequency = frequency;
            }
        }
    }

    private static String nameOf(TokenizedBrief tokens, int first, int end, ActorGroup partners) {
        String words = tokens.textOf(first, end);
        String name = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return partners == null ? name : name + " with " + tokens.textOf(partners.first(), partners.end());
    }

    private ExerciseDraft byName(String name) {
        for (ExerciseDraft exercise : exercises) {
            if (name.equals(exercise.name)) {
                return exercise;
            }
        }
        return null;
    }

    private ExerciseDraft latestOfBase(String base) {
        for (int k = exercises.size() - 1; k >= 0; k--) {
            ExerciseDraft exercise = exercises.get(k);
            if (base.equals(exercise.baseName) && !exercise.name.endsWith(")")) {
                return exercise;
            }
        }
        return null;
    }

    /** An unnamed exercise with the same participants and domain as one already found is that one. */
    private ExerciseDraft sameAs(ExerciseDraft exercise) {
        for (ExerciseDraft other : exercises) {
            if (other.baseName == null && other.domain == exercise.domain && other.participants.equals(exercise.participants)) {
                return other;
            }
        }
        return null;
    }

    /**
     * "Greek, Egyptian and Cypriot forces completed the Medusa exercise, with a French frigate and
     * Saudi aircraft also taking part": those a sentence names as taking part in one exercise
     * train with each other, pair by pair, unless both belong to the same state. A long roster
     * (RIMPAC's twenty-nine navies) states a gathering, not that each pair trained together.
     */
    private static final int CO_PARTICIPANTS = 6;

    private void addCoParticipantLinks() {
        for (ExerciseDraft exercise : exercises) {
            for (Map.Entry<Integer, List<ExerciseDraft.Joined>> inSentence : exercise.joinedAt.entrySet()) {
                ExerciseDraft.Place place = placeIn(exercise, inSentence.getKey());
                List<ExerciseDraft.Joined> groups = inSentence.getValue();
                // After the sentence that names the host, those named are its guests: they train with
                // the host's forces, not with each other.
                String hostState = exercise.host == null || exercise.hostEvidence.sentence() == inSentence.getKey()
                        ? null : ModelAssembler.lift(table, exercise.host);
                if (place == null || groups.stream().flatMap(group -> group.keys().stream()).distinct().count() > CO_PARTICIPANTS) {
                    continue;
                }
                Set<String> apart = new HashSet<>();
                groups.stream().filter(group -> !group.together()).forEach(group -> group.keys().forEach(
                        one -> group.keys().forEach(other -> apart.add(one + " " + other))));
                List<String> named = groups.stream().flatMap(group -> group.keys().stream()).distinct().toList();
                for (int a = 0; a < named.size(); a++) {
                    for (int b = a + 1; b < named.size(); b++) {
                        String one = named.get(a);
                        String other = named.get(b);
                        boolean guests = hostState != null && !ModelAssembler.lift(table, one).equals(hostState)
                                && !ModelAssembler.lift(table, other).equals(hostState);
                        if (!apart.contains(one + " " + other) && !guests
                                && !ModelAssembler.lift(table, one).equals(ModelAssembler.lift(table, other))) {
                            coParticipantLinks.add(new LinkDraft(one, other, LinkKind.JOINT_EXERCISE, false, place.sentence(),
                                    place.first(), place.end(), "exercise-participants", 0.55));
                        }
                    }
                }
            }
        }
    }

    private static ExerciseDraft.Place placeIn(ExerciseDraft exercise, int sentence) {
        for (ExerciseDraft.Place place : exercise.evidence) {
            if (place.sentence() == sentence) {
                return place;
            }
        }
        return null;
    }

    private void addHostLinks() {
        for (ExerciseDraft exercise : exercises) {
            if (exercise.host == null) {
                continue;
            }
            List<String> hosts = new ArrayList<>(List.of(exercise.host));
            hosts.addAll(exercise.coHosts);
            for (String host : hosts) {
                addHostLinks(exercise, host);
            }
        }
    }

    /** Joint-exercise links from each guest to one host of an exercise, and between co-hosts. */
    private void addHostLinks(ExerciseDraft exercise, String host) {
        String hostState = ModelAssembler.lift(table, host);
        for (String participant : exercise.participants) {
            // A guest is a state or one of its services ("Britain's Royal Navy sent the frigate ...").
            boolean guest = table.actor(participant).map(actor -> actor.kind() == ActorKind.STATE
                    || actor.kind() == ActorKind.ORGANISATION).orElse(false);
            if (guest && !ModelAssembler.lift(table, participant).equals(hostState)) {
                // The sentence that names the guest says it takes part; the host's, that it hosts.
                ExerciseDraft.Place named = placeIn(exercise, exercise.firstNamedIn(participant));
                ExerciseDraft.Place place = named != null ? named : exercise.hostEvidence;
                hostLinks.add(new LinkDraft(participant, host, LinkKind.JOINT_EXERCISE, false,
                        place.sentence(), place.first(), place.end(), "exercise-host", 0.6));
            }
        }
    }
}
