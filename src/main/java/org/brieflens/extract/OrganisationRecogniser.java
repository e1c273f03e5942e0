package org.brieflens.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.brieflens.model.ActorKind;

/**
 * Recognises armed services, coast guards, ministries and other bodies by pattern: a state (its
 * name, demonym, capital or possessive) before a service head ("Japanese Navy", "Hanoi's coast
 * guard", "French and Italian naval forces", "U.S. 3rd Fleet"), a head followed by "of" and a
 * state ("Armed Forces of the Philippines"), a head standing alone for the home state ("the
 * Cabinet"), and capitalised names ending in a body noun ("Defense Acquisition Program
 * Administration"). An acronym introduced in brackets after a body's name is a name of it from
 * then on ("(DAPA)").
 */
final class OrganisationRecogniser {
    static final Set<String> BODY_NOUNS = Set.of("Administration", "Agency", "Organisation", "Organization",
            "Command", "Council", "Commission", "Authority", "Bureau", "Directorate", "Office", "Ministry",
            "Department", "Corps", "Service", "Secretariat", "Assembly", "Parliament", "Army", "Front", "Movement",
            "College", "Committee", "Committees", "Coalition", "Brigade", "Squadron", "Cell");
    /** Heads that name a body only when no state owns it: armed groups ("Arakan Army", "Polisario Front"). */
    private static final Set<String> STATELESS_HEADS = Set.of("Army", "Front", "Movement");
    /** Places and events a lowercase service head can modify, which make it no organisation: "army base". */
    private static final Set<String> MODIFIED_PLACES = Set.of("base", "bases", "headquarters", "station", "stations",
            "exercise", "exercises", "drill", "drills", "training", "port", "facility", "facilities", "regiment", "post", "posts",
            "checkpoint", "checkpoints",
            "brigade", "division", "veteran", "veterans");
    /**
     * Assets and people a lowercase service head can modify. With no state named, "coast guard
     * vessels" names no body; with one, "Chinese coast guard ships" are the Chinese coast guard acting.
     */
    private static final Set<String> MODIFIED_ASSETS = Set.of("vessel", "vessels", "ship", "ships", "boat", "boats",
            "officer", "officers", "personnel", "unit", "units", "aircraft", "jet", "jets", "cutter", "cutters");
    /** The heads of numbered military units: "U.S. 3rd Fleet", "45th Panzer Brigade", "201st Military Base". */
    private static final Set<String> UNIT_NOUNS = Set.of("Fleet", "Brigade", "Division", "Regiment", "Battalion",
            "Squadron", "Wing", "Corps", "Flotilla", "Army", "Base", "Group");
    /** Heads of a unit's name after its state's possessive, with no number: "Sweden's Norrland Dragoons". */
    static final Set<String> UNIT_HEADS = Set.of("Fleet", "Brigade", "Division", "Regiment", "Battalion",
            "Squadron", "Wing", "Corps", "Flotilla", "Army", "Dragoons", "Rangers", "Guards", "Hussars", "Marines",
            "Headquarters", "Staff", "Force", "Forces");
    /** Words in a unit's name between its number and its head: "45th Panzer Brigade", "101st Airborne Division". */
    private static final int UNIT_NAME_WORDS = 3;
    /** Heads that name a body only with a number after them: "Standing NATO Mine Countermeasures Group 1". */
    private static final Set<String> NUMBERED_BODY_NOUNS = Set.of("Group", "Force", "Flotilla", "Squadron");
    private static final Set<String> MEDIA_WORDS = Set.of("News", "Press", "Times", "Post", "Broadcasting",
            "Television", "Radio", "Media");
    private static final Set<String> NAME_JOINERS = Set.of("of", "and", "for", "the", "&", "-");
    /** Words that join a foreign body's name before its acronym: "Frente de Liberación". */
    private static final Set<String> ACRONYM_JOINERS = Set.of("de", "la", "del", "du", "des", "et", "y", "e");
    /** How many words a name before its acronym may have. */
    private static final int ACRONYM_NAME_WORDS = 12;
    /** Words of a body, one of which a name before an acronym must have: not "Gross Domestic Product (GDP)". */
    private static final Set<String> ACRONYM_BODY_WORDS = Set.of("Forces", "Force", "Front", "Movement", "Coalition",
            "Centre", "Center", "Agency", "Council", "Command", "Army", "Group", "Organisation", "Organization", "Institute",
            "Company", "Corporation", "Industries", "Union", "Party", "Brigade", "Brigades", "Committee", "Office", "Bureau",
            "Service", "Guard", "Authority", "Academy", "School", "Fund", "Bank", "Mission", "Network", "League",
            "Association", "Federation", "Commission", "Directorate", "Administration", "Ministry", "Department",
            "Division", "Regiment", "Battalion", "Militia", "Unit", "Shipyard", "Shipyards", "Works", "Corps");
    /** Last words of a company's name: "Karachi Shipyard & Engineering Works (KSEW)" stays a body. */
    private static final Set<String> COMPANY_HEADS = Set.of("Company", "Corporation", "Industries", "Limited", "Ltd",
            "Inc", "Holdings");
    private static final Set<String> NOT_NAME_STARTS = Set.of("The", "A", "An", "This", "That", "These", "Those",
            "In", "On", "At", "By", "For", "From", "With", "And", "But", "Its", "Their", "His", "Her", "Our");
    /** Organs of an international body, written after its name: "ECOWAS Commission", "IAEA Board of Governors". */
    private static final List<List<String>> INTERNATIONAL_ORGANS = List.of(List.of("Board", "of", "Governors"),
            List.of("Secretariat"), List.of("Commission"), List.of("Council"), List.of("Assembly"), List.of("Parliament"),
            List.of("Court"), List.of("Board"));
    /** The head of "<state> military", a body only where nothing it modifies follows it. */
    private static final String MILITARY = "Military";
    /** The rule of a service of a state, found by its head. */
    private static final String SERVICE_RULE = "service-of-state";
    /** The rule of a state's military as a whole, which takes part in exercises as its state. */
    static final String MILITARY_RULE = "military-of-state";
    /** Verbs and prepositions that follow a noun phrase: "the Indian military said", "... military on Monday". */
    private static final Set<String> AFTER_A_NOUN_PHRASE = Set.of("said", "says", "told", "has", "had", "have", "is",
            "was", "were", "will", "would", "can", "could", "also", "then", "and", "on", "in", "for", "as", "to", "at",
            "from", "with", "fired", "shot", "sent", "began", "plays", "launched", "conducted", "visited");
    /** Who speaks for a body: "foreign ministry spokesperson Lin Jian". */
    private static final Set<String> SPEAKERS = Set.of("spokesperson", "spokesman", "spokeswoman", "spokespeople");
    private static final Set<String> PREPOSITIONS = Set.of("in", "from", "to", "with", "of", "by", "for", "against",
            "on", "at", "into", "near", "off", "between", "and", "or", "than", "about", "over", "toward", "towards");
    private static final List<String> ORDINAL_WORDS = List.of("First", "Second", "Third", "Fourth", "Fifth", "Sixth",
            "Seventh", "Eighth", "Ninth", "Tenth");

    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");

    private final Gazetteer gazetteer;

    OrganisationRecogniser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void recognise(ActorTable table, Optional<ActorDraft> homeState) {
        TokenizedBrief tokens = table.tokens();
        for (int s = 0; s < tokens.sentenceCount(); s++) {
            int end = tokens.endOf(s);
            for (int i = tokens.firstOf(s); i < end; i++) {
                if (table.isTaken(i, i + 1)) {
                    continue;
                }
                int next = numberedUnit(table, i, end);
                if (next < 0) {
                    next = organOfInternationalBody(table, i, end);
                }
                if (next < 0) {
                    next = service(table, i, end, homeState);
                }
                if (next < 0) {
                    next = namedBody(table, i, end);
                }
                if (next > i) {
                    i = next - 1;
                }
            }
        }
        namedWithAnAcronym(table);
        introduceAcronyms(table);
    }

    /**
     * "the Democratic Forces for the Liberation of Rwanda (FDLR)", "the Estonian Centre for Defence
     * Investment (ECDI)": a capitalised name whose initials its bracketed acronym spells, with a
     * word of a body in it, is a body, though no list names it. A state named inside it is part of
     * the name; a demonym opening it is the state it belongs to.
     */
    private static void namedWithAnAcronym(ActorTable table) {
        TokenizedBrief tokens = table.tokens();
        for (int open = 1; open + 2 < tokens.size(); open++) {
            Token acronym = tokens.token(open + 1);
            if (!tokens.token(open).is("(") || !tokens.token(open + 2).is(")") || !acronym.isAllCaps()
                    || acronym.text().length() < 2 || table.mentionAt(open + 1) != null
                    || open + 3 < tokens.size() && tokens.token(open + 3).isCapitalised()
                    && tokens.token(open + 3).sentence() == acronym.sentence()) {
                // "the Intermediate-Range Nuclear Forces (INF) Treaty": the acronym is inside a longer name.
                continue;
            }
            int first = acronymNameStart(table, open, acronym.text());
            if (first < 0) {
                continue;
            }
            String name = tokens.textOf(first, open);
            ActorKind kind = COMPANY_HEADS.contains(tokens.token(open - 1).text()) ? ActorKind.COMPANY : ActorKind.ORGANISATION;
            List<Mention> inside = new ArrayList<>();
            for (int k = first; k < open; k++) {
                Mention named = table.mentionAt(k);
                if (named != null && !inside.contains(named)) {
                    inside.add(named);
                }
            }
            ActorDraft body = table.add(new ActorDraft(Slug.of(name), name, kind, null, List.of(), "acronym-name", 0.7));
            table.mention(body, first, open, SurfaceForm.NAME);
            for (Mention named : inside) {
                named.makePartOf(body.key());
                if (named.first() == first && named.form() == SurfaceForm.DEMONYM) {
                    body.affiliateTo(named.actorKey());
                }
            }
        }
    }

    /**
     * Where the name before an acronym's bracket starts, if the initials of its capitalised words
     * (or of all its words) spell the acronym and a word of a body is among them; else -1.
     */
    private static int acronymNameStart(ActorTable table, int open, String acronym) {
        TokenizedBrief tokens = table.tokens();
        int sentence = tokens.token(open).sentence();
        String letters = acronym.replaceAll("[^A-Z]", "");
        int found = -1;
        for (int first = open - 1; first >= 0 && open - first <= ACRONYM_NAME_WORDS && tokens.inSentence(first, sentence);
                first--) {
            Token token = tokens.token(first);
            Mention named = table.mentionAt(first);
            boolean word = token.isCapitalised() || NAME_JOINERS.contains(token.text()) || ACRONYM_JOINERS.contains(token.text());
            if (!word || named != null && !table.actor(named.actorKey()).map(actor -> actor.kind() == ActorKind.STATE)
                    .orElse(false) || MEDIA_WORDS.contains(token.text())) {
                break;
            }
            if (!token.isCapitalised() || NOT_NAME_STARTS.contains(token.text())) {
                continue;
            }
            StringBuilder capitals = new StringBuilder();
            StringBuilder all = new StringBuilder();
            boolean body = false;
            for (int k = first; k < open; k++) {
                Token part = tokens.token(k);
                if (part.is("-")) {
                    continue;
                }
                char initial = Character.toUpperCase(part.text().charAt(0));
                all.append(initial);
                if (part.isCapitalised()) {
                    capitals.append(initial);
                }
                body |= ACRONYM_BODY_WORDS.contains(part.text());
            }
            if (body && (capitals.toString().equals(letters) || all.toString().equals(letters))) {
                found = first;
            }
        }
        return found;
    }

    /**
     * "U.S. 3rd Fleet", "Germany's 45th Panzer Brigade": an ordinal, up to three capitalised words
     * and the head of a military unit, affiliated with the state written before it if any.
     */
    private int numberedUnit(ActorTable table, int i, int end) {
        TokenizedBrief tokens = table.tokens();
        Token ordinal = tokens.token(i);
        if (!ORDINAL.matcher(ordinal.text()).matches() && !ORDINAL_WORDS.contains(ordinal.text())) {
            return -1;
        }
        int head = i + 1;
        while (head < end && head - i <= UNIT_NAME_WORDS && !UNIT_NOUNS.contains(tokens.token(head).text())
                && tokens.token(head).isCapitalised() && table.mentionAt(head) == null) {
            head++;
        }
        if (head >= end || !UNIT_NOUNS.contains(tokens.token(head).text()) || table.isTaken(i, head + 1)) {
            return -1;
        }
        String unit = tokens.textOf(i, head + 1);
        List<Mention> states = statesBefore(table, i);
        ActorDraft org;
        if (states.isEmpty()) {
            org = table.add(new ActorDraft(Slug.of(unit), unit, ActorKind.ORGANISATION, null, List.of(), "numbered-unit", 0.7));
            // "the U.S. Navy's Fifth Fleet": a unit of the service whose possessive comes before it.
            Mention owner = i >= 2 && tokens.token(i - 1).is("'s") ? table.mentionAt(i - 2) : null;
            boolean body = owner != null && owner.end() == i - 1 && table.actor(owner.actorKey())
                    .map(actor -> actor.kind() == ActorKind.ORGANISATION).orElse(false);
            if (body && org.affiliationKey() == null) {
                org.affiliateTo(owner.actorKey());
            }
        } else {
            Mention state = states.get(0);
            String written = tokens.textOf(state.first(), state.end());
            org = organisation(table, state, unit, state.form() == SurfaceForm.NAME && !state.possessive()
                    ? written + " " + unit : unit, SERVICE_RULE);
            state.makePartOf(org.key());
        }
        table.mention(org, i, head + 1, SurfaceForm.NAME);
        return head + 1;
    }

    /**
     * "the CSTO Secretariat", "IAEA Board of Governors", "ECOWAS Commission": an organ written right
     * after the name of an alliance, grouping or international organisation is a body of it.
     */
    private static int organOfInternationalBody(ActorTable table, int i, int end) {
        TokenizedBrief tokens = table.tokens();
        int sentence = tokens.token(i).sentence();
        int at = i - 1;
        if (tokens.inSentence(at, sentence) && tokens.token(at).is("'s")) {
            at--;
        }
        Mention owner = tokens.inSentence(at, sentence) ? table.mentionAt(at) : null;
        if (owner == null || owner.end() != at + 1 || owner.isPartOfAnother()) {
            return -1;
        }
        ActorDraft body = table.actor(owner.actorKey()).orElse(null);
        boolean international = body != null && body.affiliationKey() == null && (body.kind() == ActorKind.ALLIANCE
                || body.kind() == ActorKind.GROUPING || body.kind() == ActorKind.ORGANISATION);
        if (!international) {
            return -1;
        }
        for (List<String> organ : INTERNATIONAL_ORGANS) {
            int organEnd = i + organ.size();
            if (organEnd > end) {
                continue;
            }
            boolean written = true;
            for (int k = 0; k < organ.size() && written; k++) {
                written = tokens.token(i + k).is(organ.get(k));
            }
            if (written && !table.isTaken(i, organEnd)) {
                String name = tokens.textOf(owner.first(), owner.end()) + " " + String.join(" ", organ);
                ActorDraft organBody = new ActorDraft(body.key() + "-" + Slug.of(String.join(" ", organ)), name,
                        ActorKind.ORGANISATION, null, List.of(), "organ-of-body", 0.8);
                organBody.affiliateTo(body.key());
                table.mention(table.add(organBody), i, organEnd, SurfaceForm.NAME);
                owner.makePartOf(organBody.key());
                return organEnd;
            }
        }
        return -1;
    }

    private int service(ActorTable table, int i, int end, Optional<ActorDraft> homeState) {
        TokenizedBrief tokens = table.tokens();
        PhraseIndex.Match<ServiceHead> match = gazetteer.serviceHeads().longestAt(tokens.tokens(), i, end);
        if (match == null || table.isTaken(match.first(), match.end())) {
            return -1;
        }
        ServiceHead head = match.value();
        String modified = match.end() < end && tokens.token(match.first()).isLowerCase() ? tokens.token(match.end()).text() : "";
        if (MODIFIED_PLACES.contains(modified)) {
            // "a Polish army base": the head modifies another noun.
            return -1;
        }
        List<Mention> states = statesBefore(table, i);
        if (head.name().equals(MILITARY) && (states.isEmpty() || !endsNounPhrase(tokens, match.end(), end))) {
            // "Pakistan's military conducted a test" names the armed forces; "Indian military personnel",
            // "Chinese military activity" and "its military" only describe.
            return -1;
        }
        boolean stateAfter = false;
        if (states.isEmpty()) {
            states = stateAfterOf(table, match.end(), end);
            stateAfter = !states.isEmpty();
            String written = tokens.textOf(match.first(), match.end()).toLowerCase(java.util.Locale.ROOT);
            if (!states.isEmpty() && !written.equals(head.name().toLowerCase(java.util.Locale.ROOT))
                    && written.endsWith("s")) {
                // "aid for the navies of Ghana, Togo and Benin": a plural head before "of" names the states' forces
                // together, which the states stand for.
                return -1;
            }
        }
        boolean referredTo = false;
        if (states.isEmpty()) {
            states = stateReferredTo(table, match.first(), match.end(), end);
            referredTo = !states.isEmpty();
        }
        if (states.isEmpty() && MODIFIED_ASSETS.contains(modified)) {
            return -1;
        }
        if (states.isEmpty()) {
            Optional<ActorDraft> sibling = serviceJoinedBefore(table, match.first());
            if (sibling.isPresent()) {
                // "U.S. Army and Navy", "Mali's army and police": the state before the first head owns
                // the second.
                ActorDraft owner = table.actor(sibling.get().affiliationKey()).orElseThrow();
                ActorDraft org = organisation(table, owner, head.name(), owner.name() + " " + head.name(), SERVICE_RULE);
                table.mention(org, match.first(), match.end(), SurfaceForm.NAME);
                return match.end();
            }
        }
        if (!states.isEmpty()) {
            boolean first = true;
            Set<String> named = new HashSet<>();
            for (Mention state : states) {
                // "Reserve Bank of India" keeps its written order; "Indian Navy" and "Hanoi's coast guard" their state first.
                String name = stateAfter ? tokens.textOf(match.first(), state.end()) : nameFor(table, state, head);
                String rule = head.name().equals(MILITARY) ? MILITARY_RULE : SERVICE_RULE;
                ActorDraft org = organisation(table, state, head.name(), name, rule);
                if (first) {
                    table.mention(org, match.first(), match.end(), SurfaceForm.NAME);
                    first = false;
                } else if (!named.contains(org.key())) {
                    // Two services written with one head ("Philippine and Vietnamese coast guard"); but
                    // "In Beijing, Chinese Foreign Ministry" names one ministry once.
                    table.mentionAlongside(org, match.first(), match.end(), SurfaceForm.NAME);
                }
                named.add(org.key());
                if (!referredTo && !head.name().equals(MILITARY)) {
                    // "Beijing said its coast guard": Beijing still acts in its own right. So does a
                    // state through its military as a whole: "China's military launched war games".
                    state.makePartOf(org.key());
                }
            }
            return match.end();
        }
        boolean definite = i > tokens.firstOf(tokens.token(i).sentence()) && tokens.token(i - 1).isIgnoringCase("the");
        if (head.standsAlone() && definite) {
            Optional<ActorDraft> existing = existingWithHead(table, head.name());
            Optional<ActorDraft> org = existing.isPresent() ? existing
                    : homeState.map(home -> homeOrganisation(table, home, head));
            org.ifPresent(body -> table.mention(body, match.first(), match.end(), SurfaceForm.NAME));
            return match.end();
        }
        return -1;
    }

    /** Whether "of" is one of the tokens from {@code first} to {@code end}. */
    private static boolean holdsOf(TokenizedBrief tokens, int first, int end) {
        for (int k = first; k < end; k++) {
            if (tokens.token(k).is("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word before {@code at} ends its noun phrase: what follows is the sentence's end,
     * a punctuation mark, or a verb or preposition ("said", "fired", "on Monday", "for being").
     */
    private static boolean endsNounPhrase(TokenizedBrief tokens, int at, int end) {
        if (at >= end) {
            return true;
        }
        Token next = tokens.token(at);
        if (!next.isWord()) {
            return !next.is("-");
        }
        return next.isLowerCase() && (next.text().endsWith("ed") || AFTER_A_NOUN_PHRASE.contains(next.text()));
    }

    /**
     * The service of a state written just before "and" at {@code head}: "U.S. Army" in "U.S. Army
     * and Navy", "Mali's army" in "Mali's army and police".
     */
    private static Optional<ActorDraft> serviceJoinedBefore(ActorTable table, int head) {
        TokenizedBrief tokens = table.tokens();
        int sentence = tokens.token(head).sentence();
        if (!tokens.inSentence(head - 2, sentence) || !tokens.token(head - 1).is("and")) {
            return Optional.empty();
        }
        Mention before = table.mentionAt(head - 2);
        if (before == null || before.end() != head - 1) {
            return Optional.empty();
        }
        return table.actor(before.actorKey()).filter(actor -> actor.kind() == ActorKind.ORGANISATION
                && actor.affiliationKey() != null && table.actor(actor.affiliationKey())
                        .map(owner -> owner.kind() == ActorKind.STATE).orElse(false));
    }

    private ActorDraft homeOrganisation(ActorTable table, ActorDraft home, ServiceHead head) {
        ActorDraft draft = new ActorDraft(home.key() + "-" + Slug.of(head.name()), home.name() + " " + head.name(),
                ActorKind.ORGANISATION, null, List.of(), "service-of-home-state", 0.6);
        draft.affiliateTo(home.key());
        return table.add(draft);
    }

    private static Optional<ActorDraft> existingWithHead(ActorTable table, String headName) {
        List<ActorDraft> matching = new ArrayList<>();
        for (ActorDraft actor : table.actors()) {
            if (actor.kind() == ActorKind.ORGANISATION && actor.name().endsWith(" " + headName)) {
                matching.add(actor);
            }
        }
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    private static String nameFor(ActorTable table, Mention state, ServiceHead head) {
        String written = table.tokens().textOf(state.first(), state.end());
        if (state.form() == SurfaceForm.CAPITAL) {
            written = table.actor(state.actorKey()).map(ActorDraft::name).orElse(written);
        }
        return written + " " + head.name();
    }

    /**
     * The state's service with this head: the force the gazetteer knows by that head, if it knows
     * one ("Chinese coast guard" is the China Coast Guard), or else one named after state and head.
     */
    private ActorDraft organisation(ActorTable table, Mention state, String headName, String name, String rule) {
        return organisation(table, table.actor(state.actorKey()).orElseThrow(), headName, name, rule);
    }

    private ActorDraft organisation(ActorTable table, ActorDraft state, String headName, String name, String rule) {
        Optional<KnownActor> known = gazetteer.forceOf(state.iso3(), headName);
        if (known.isPresent()) {
            return table.add(ActorDraft.of(known.get(), rule, 0.85));
        }
        ActorDraft draft = new ActorDraft(state.key() + "-" + Slug.of(headName), name, ActorKind.ORGANISATION,
                null, List.of(), rule, 0.85);
        draft.affiliateTo(state.key());
        return table.add(draft);
    }

    /**
     * The states written just before token {@code i}: a possessive ("Hanoi's"), a modifier
     * ("Japanese", "U.S."), or modifiers joined by "and" or commas ("French and Italian").
     */
    private static List<Mention> statesBefore(ActorTable table, int i) {
        TokenizedBrief tokens = table.tokens();
        int sentence = tokens.token(i).sentence();
        int at = i - 1;
        if (tokens.inSentence(at, sentence) && tokens.token(at).is("Royal")) {
            at--;
        }
        if (tokens.inSentence(at, sentence) && tokens.token(at).is("'s")) {
            Mention owner = table.mentionAt(at - 1);
            return isState(table, owner) && owner.end() == at ? List.of(owner) : List.of();
        }
        List<Mention> states = new ArrayList<>();
        while (tokens.inSentence(at, sentence)) {
            Mention mention = table.mentionAt(at);
            if (!isState(table, mention) || mention.end() != at + 1) {
                break;
            }
            states.add(0, mention);
            at = mention.first() - 1;
            if (tokens.inSentence(at, sentence) && (tokens.token(at).is("and") || tokens.token(at).is(","))
                    && mention.form() == SurfaceForm.DEMONYM) {
                at--;
            } else {
                break;
            }
        }
        return states;
    }

    /**
     * The state a head with no state of its own refers to: "Beijing said its coast guard", "Benin
     * was not invited. Its foreign ministry ...", "In Beijing, defence ministry spokesperson ...",
     * "... said Beijing. Foreign ministry spokesperson Lin ...". "Its", "the country's" and a head
     * before a spokesperson take the subject before them, if that is a state; nothing else does.
     */
    private static List<Mention> stateReferredTo(ActorTable table, int first, int headEnd, int end) {
        TokenizedBrief tokens = table.tokens();
        int sentence = tokens.token(first).sentence();
        // "the size of its army" measures the army; "trained its coast guard" names it.
        boolean its = tokens.inSentence(first - 1, sentence) && tokens.token(first - 1).isIgnoringCase("its")
                && !(tokens.inSentence(first - 2, sentence) && tokens.token(first - 2).is("of"));
        // "a detachment of ships from the country's Pacific Fleet": "the country's" refers as "its" does.
        boolean countrys = tokens.inSentence(first - 3, sentence) && tokens.token(first - 1).is("'s")
                && tokens.token(first - 2).is("country") && tokens.token(first - 3).isIgnoringCase("the");
        boolean speaks = headEnd < end && SPEAKERS.contains(tokens.token(headEnd).text())
                && (first == tokens.firstOf(sentence) || tokens.token(first - 1).is(","));
        if (!its && !countrys && !speaks) {
            return List.of();
        }
        Mention subject = locativeFrame(table, first, sentence);
        if (subject == null) {
            subject = subjectBefore(table, its ? first - 1 : countrys ? first - 3 : first, sentence);
        }
        if ((its || countrys) && subject != null && !isState(table, subject)) {
            // "The Netherlands picked Naval Group to build four submarines for its navy": past the
            // object, "its" takes the subject the sentence opens with.
            Mention opening = firstSubjectOf(table, sentence);
            subject = opening != null && opening.end() <= first ? opening : subject;
        }
        if (subject == null && sentence > 0) {
            subject = firstSubjectOf(table, sentence - 1);
        }
        return isState(table, subject) ? List.of(subject) : List.of();
    }

    /** "In Beijing, defence ministry spokesperson ...": the capital a sentence opens with. */
    private static Mention locativeFrame(ActorTable table, int first, int sentence) {
        TokenizedBrief tokens = table.tokens();
        int open = tokens.firstOf(sentence);
        if (first < open + 3 || !tokens.token(open).is("In") || !tokens.token(first - 1).is(",")) {
            return null;
        }
        Mention place = table.mentionAt(open + 1);
        return place != null && place.first() == open + 1 && place.end() == first - 1
                && place.form() == SurfaceForm.CAPITAL ? place : null;
    }

    /** The nearest actor before {@code at} in its sentence that is no object of a preposition nor a possessive. */
    private static Mention subjectBefore(ActorTable table, int at, int sentence) {
        TokenizedBrief tokens = table.tokens();
        for (int k = at - 1; tokens.inSentence(k, sentence); k--) {
            Mention mention = table.mentionAt(k);
            if (mention != null && mention.end() == k + 1) {
                if (isSubject(table, mention)) {
                    return mention;
                }
                k = mention.first();
            }
        }
        return null;
    }

    private static Mention firstSubjectOf(ActorTable table, int sentence) {
        TokenizedBrief tokens = table.tokens();
        for (int k = tokens.firstOf(sentence); k < tokens.endOf(sentence); k++) {
            Mention mention = table.mentionAt(k);
            if (mention != null && mention.first() == k) {
                if (isSubject(table, mention)) {
                    return mention;
                }
                k = mention.end() - 1;
            }
        }
        return null;
    }

    private static boolean isSubject(ActorTable table, Mention mention) {
        TokenizedBrief tokens = table.tokens();
        int before = mention.first() - 1;
        boolean object = tokens.inSentence(before, mention.sentence()) && PREPOSITIONS.contains(tokens.token(before).lower());
        boolean modifier = tokens.inSentence(mention.end(), mention.sentence())
                && (tokens.token(mention.end()).is("'s") || tokens.token(mention.end()).isCapitalised());
        return !object && !modifier && !mention.isPartOfAnother();
    }

    /** "Armed Forces of the Philippines": a state after "of" (and "the"). */
    private static List<Mention> stateAfterOf(ActorTable table, int at, int end) {
        TokenizedBrief tokens = table.tokens();
        if (at >= end || !tokens.token(at).is("of")) {
            return List.of();
        }
        int next = at + 1;
        if (next < end && tokens.token(next).isIgnoringCase("the") && table.mentionAt(next) == null) {
            next++;
        }
        Mention mention = table.mentionAt(next);
        return next < end && isState(table, mention) && mention.first() == next
                && mention.form() == SurfaceForm.NAME ? List.of(mention) : List.of();
    }

    private static boolean isState(ActorTable table, Mention mention) {
        return mention != null && table.actor(mention.actorKey()).map(actor -> actor.kind() == ActorKind.STATE).orElse(false);
    }

    /**
     * "Defense Acquisition Program Administration": capitalised words ending in a body noun; a
     * state or body may be named inside, and some heads take a number ("Standing NATO Mine
     * Countermeasures Group 1"). The body belongs to the state or body named before it or inside it.
     */
    private int namedBody(ActorTable table, int i, int end) {
        TokenizedBrief tokens = table.tokens();
        Token start = tokens.token(i);
        if (!start.isCapitalised() || NOT_NAME_STARTS.contains(start.text())) {
            return -1;
        }
        int j = i;
        int nameEnd = -1;
        List<Mention> inside = new ArrayList<>();
        // "Finland's Jaeger Brigade", "the UK Commando Force", "the Nigerian Navy's Western Fleet": a state's
        // or a service's named unit.
        boolean possessive = i >= 2 && tokens.token(i - 1).is("'s");
        Mention unitOwner = possessive ? table.mentionAt(i - 2) : i >= 1 ? table.mentionAt(i - 1) : null;
        boolean ownedUnit = unitOwner != null && unitOwner.end() == (possessive ? i - 1 : i)
                && tokens.token(unitOwner.first()).sentence() == start.sentence() && (isState(table, unitOwner)
                || possessive && table.actor(unitOwner.actorKey()).map(actor -> actor.kind() == ActorKind.ORGANISATION).orElse(false));
        // "Ministry of External Affairs", "Department of War": a head that opens the name takes the words after "of".
        boolean headFirst = BODY_NOUNS.contains(start.text()) && i + 2 < end && tokens.token(i + 1).is("of");
        int lastWord = i;
        while (j < end) {
            Token token = tokens.token(j);
            Mention named = table.mentionAt(j);
            if (named != null && j > i && named.first() == j && isStateOrBody(table, named)) {
                inside.add(named);
                j = named.end();
                lastWord = j - 1;
                continue;
            }
            if (headFirst && j > i + 1 && token.isCapitalised() && gazetteer.titles().longestAt(tokens.tokens(), j, end) != null) {
                // "the Department of Defense Secretary ...": the title starts a person, not the name.
                break;
            }
            boolean capitalised = token.isCapitalised() && named == null;
            // "the Commando Force and the Royal Marines": "and the" joins two names, not words of one;
            // "John Magufuli and Defense and National Service Minister": nor does "and" after a person's name.
            boolean joiner = NAME_JOINERS.contains(token.text()) && j > i
                    && !(token.is("and") && j + 1 < end && tokens.token(j + 1).isIgnoringCase("the"))
                    && !(token.is("and") && !PersonRecogniser.holdsAnInstitutionWord(tokens, i, j));
            if (!capitalised && !joiner) {
                break;
            }
            // "In-Service Support": a head written as the second half of a compound heads nothing.
            boolean compoundHalf = j > i && tokens.token(j - 1).is("-") && tokens.token(j - 1).end() == token.start();
            if (capitalised && !compoundHalf && (BODY_NOUNS.contains(token.text()) || ownedUnit && UNIT_HEADS.contains(token.text()))) {
                nameEnd = j + 1;
            } else if (capitalised && headFirst) {
                lastWord = j;
            }
            if (capitalised && NUMBERED_BODY_NOUNS.contains(token.text()) && j + 1 < end
                    && tokens.token(j + 1).isNumber()) {
                nameEnd = j + 2;
                j++;
            }
            j++;
        }
        if (headFirst && lastWord >= i + 2) {
            nameEnd = Math.max(nameEnd, lastWord + 1);
        }
        if (nameEnd < i + 2) {
            return -1;
        }
        if (!headFirst && i == tokens.firstOf(start.sentence()) && holdsOf(tokens, i, nameEnd)) {
            // "Fighters of the Coalition of Patriots for Change": a sentence's first word is capitalised
            // whatever it is, and "of" makes it the head of its own phrase, not a word of the name.
            return -1;
        }
        if (STATELESS_HEADS.contains(tokens.token(nameEnd - 1).text()) && !inside.isEmpty() && !ownedUnit) {
            // "the Royal Thai Army": a state's service, which the service patterns read; "the Libyan
            // National Army", a unit its state owns, stays what the unit pattern makes of it.
            return -1;
        }
        for (int k = i; k < nameEnd; k++) {
            if (MEDIA_WORDS.contains(tokens.token(k).text())) {
                // "Yonhap News Agency" reports the news; it is not an actor in it.
                return nameEnd;
            }
        }
        String name = tokens.textOf(i, nameEnd);
        ActorDraft body = table.add(new ActorDraft(Slug.of(name), name, ActorKind.ORGANISATION, null, List.of(),
                "capitalised-body-name", 0.7));
        table.mention(body, i, nameEnd, SurfaceForm.NAME);
        // "South Korea's Defense Acquisition Program Administration", "the U.S. State Department".
        Mention owner = i >= 2 && tokens.token(i - 1).is("'s") ? table.mentionAt(i - 2) : table.mentionAt(i - 1);
        if (isState(table, owner) && tokens.token(owner.first()).sentence() == tokens.token(i).sentence()) {
            body.affiliateTo(owner.actorKey());
            owner.makePartOf(body.key());
        } else if (ownedUnit) {
            body.affiliateTo(unitOwner.actorKey());
        }
        if (body.affiliationKey() == null) {
            // "the External Affairs Ministry of India".
            stateAfterOf(table, nameEnd, end).forEach(state -> body.affiliateTo(state.actorKey()));
        }
        for (Mention named : inside) {
            if (named.end() <= nameEnd) {
                body.affiliateTo(named.actorKey());
                named.makePartOf(body.key());
            }
        }
        return nameEnd;
    }

    private static boolean isStateOrBody(ActorTable table, Mention mention) {
        return table.actor(mention.actorKey()).map(actor -> actor.kind() == ActorKind.STATE || actor.kind().hasMembers())
                .orElse(false);
    }

    /** "(DAPA)" right after a body's mention: later "DAPA" tokens are mentions of that body. */
    private static void introduceAcronyms(ActorTable table) {
        TokenizedBrief tokens = table.tokens();
        Map<String, String> acronyms = new LinkedHashMap<>();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            Mention before = table.mentionAt(i - 1);
            Token acronym = tokens.token(i + 1);
            if (before != null && before.end() == i && tokens.token(i).is("(") && tokens.token(i + 2).is(")")
                    && acronym.isAllCaps() && acronym.text().length() >= 2 && table.mentionAt(i + 1) == null) {
                acronyms.putIfAbsent(acronym.text(), before.actorKey());
            }
        }
        if (acronyms.isEmpty()) {
            return;
        }
        acronyms.forEach((acronym, key) -> table.actor(key).orElseThrow().addAlias(acronym));
        for (Token token : tokens.tokens()) {
            String key = acronyms.get(token.text());
            if (key != null && table.mentionAt(token.index()) == null) {
                table.mention(table.actor(key).orElseThrow(), token.index(), token.index() + 1, SurfaceForm.NAME);
            }
        }
    }
}
