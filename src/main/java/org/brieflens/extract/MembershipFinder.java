package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.brieflens.model.ActorKind;
import org.brieflens.model.LinkKind;

/**
 * Finds memberships the brief states, never those it only implies: "NATO member Poland"; a
 * grouping followed by its members in brackets ("IP4 ... (Japan, South Korea, Australia, New
 * Zealand)") or between dashes, if the gazetteer agrees ("the Quad — Australia, India, Japan and
 * the United States —"); "NATO members ..., including Estonia" where the gazetteer agrees that Estonia is a
 * member; a body "established by" or "founded by" a list of states, or that a list of states
 * "formed"; an apposition after states that names their body ("Kazakhstan, a founding member of
 * the CSTO", "North Macedonia and Montenegro, both NATO members"); members listed after "members
 * include" or "members are", of the body whose members they are ("ASEAN's members include",
 * "the grouping, whose members also include").
 */
final class MembershipFinder {
    private static final Set<String> FOUNDING = Set.of("established", "founded", "formed", "created", "launched",
            "establish", "found", "form", "create", "launch");
    private static final Set<String> JOINING = Set.of("joined", "joins", "join", "rejoined");
    private static final Set<String> JOINING_ADVERBS = Set.of("formally", "officially", "finally", "also", "has", "have",
            "now", "will", "would", "to");
    private static final int BRACKET_REACH = 4;
    private static final Set<String> COPULAS = Set.of("is", "was", "became", "becomes", "become", "remains", "remained");
    /** Nouns of membership: allies are members of an alliance only. */
    private static final Set<String> MEMBER_NOUNS = Set.of("member", "members", "ally", "allies");
    /** How many words may come between "member of" and the body: "the Russian-led". */
    private static final int BODY_MODIFIERS = 4;
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");
    private static final Set<String> DASHES = Set.of("—", "–");
    private static final Set<String> GROUPING_VERBS = Set.of("groups", "unites", "comprises", "includes", "gathers",
            "links", "joins");
    private static final Set<String> MEMBERSHIP_NOUNS = Set.of("membership", "accession");
    /** Words after a word of membership that open a list of the members: "members like", "member states, including". */
    private static final Set<String> LIST_OPENERS = Set.of("including", "like", "—", "–", "-", ":");
    /** Verbs that list a body's members by themselves: "a forum comprising", "an alliance uniting". */
    private static final Set<String> ENUMERATING_VERBS = Set.of("comprising", "uniting", "grouping", "comprises",
            "unites", "consisting", "consists", "comprised", "composed");
    /** How far after a body its list of members may open. */
    private static final int ENUMERATION_REACH = 14;
    /** How many words may stand between a list's opening word and its first state: "six ex-Soviet nations -". */
    private static final int LIST_OPENING_WORDS = 6;
    private static final Set<String> COPULAS_PLURAL = Set.of("are", "were", "remain");
    /** How far after "are part of" the body may be named: "a strategic alliance known as". */
    private static final int PART_OF_REACH = 10;
    /** Words after "membership" that make it a hope, not a fact: "membership bid". */
    private static final Set<String> NOT_YET = Set.of("bid", "bids", "application", "applications", "request", "hopes",
            "aspirations", "talks", "negotiations", "process", "ambitions", "path");
    private static final Set<String> BODY_NOUNS = Set.of("grouping", "coalition", "alliance", "bloc", "group",
            "mission", "organisation", "organization", "pact", "forum", "force");
    private static final Set<String> LISTING_VERBS = Set.of("include", "includes", "included", "are", "were",
            "comprise", "comprises");
    /** How far before "whose members" the body may be named: "the Conclave, the India-led maritime grouping whose". */
    private static final int WHOSE_REACH = 10;
    /** How far after a list of states its verb of founding may be: "..., whose juntas formed". */
    private static final int FORMING_REACH = 6;
    /** Words between an apposition's comma and "member": "a founding member of", "both NATO members". */
    private static final Set<String> APPOSITION_WORDS = Set.of("a", "an", "the", "both", "all", "each", "founding",
            "full", "fellow", "key", "original", "longtime", "long-standing", "permanent", "core", "two", "three",
            "four", "five", "now", "also", "already", "itself");

    List<LinkDraft> find(ActorTable table, List<SentenceFrame> frames) {
        List<LinkDraft> links = new ArrayList<>();
        for (SentenceFrame frame : frames) {
            joined(table, frame, links);
            membersListed(table, frame, links);
            ledInApposition(table, frame, links);
            memberOfFramed(table, frame, links);
            countedMembers(table, frame, links);
            for (ActorGroup group : frame.groups) {
                if (group.keys().stream().allMatch(key -> isState(table, key))) {
                    memberInApposition(table, frame, group, links);
                    memberByCopula(table, frame, group, links);
                    formedBy(table, frame, group, links);
                }
            }
            for (ActorGroup group : frame.groups) {
                Mention body = group.last();
                if (!isBody(table, body.actorKey())) {
                    continue;
                }
                memberBefore(table, frame, body, links);
                ledBy(table, frame, body, links);
                possessedMembership(table, frame, body, links);
                membersInBrackets(table, frame, body, links);
                membersIncluded(table, frame, body, links);
                membersGrouped(table, frame, body, links);
                founders(table, frame, body, links);
                membersEnumerated(table, frame, body, links);
                partOfBody(table, frame, body, links);
            }
        }
        return links;
    }

    private static boolean isBody(ActorTable table, String key) {
        return table.actor(key).map(actor -> actor.kind().hasMembers() || actor.kind() == ActorKind.ORGANISATION
                && actor.affiliationKey() == null).orElse(false);
    }

    private static boolean isState(ActorTable table, String key) {
        return table.actor(key).map(actor -> actor.kind() == ActorKind.STATE).orElse(false);
    }

    /** "Finland and Sweden joined the alliance": the states of a group that joins a body. */
    private static void joined(ActorTable table, SentenceFrame frame, List<LinkDraft> links) {
        TokenizedBrief tokens = frame.tokens;
        for (ActorGroup group : frame.groups) {
            int at = group.end();
            if (at + 1 < frame.end && tokens.token(at).is(",") && JOINING_ADVERBS.contains(tokens.token(at + 1).text())) {
                // "six new members, namely Iran, Argentina and Egypt, will join BRICS".
                at++;
            }
            while (at + 1 < frame.end && JOINING_ADVERBS.contains(tokens.token(at).text())) {
                // "Sweden formally joined NATO", "Finland has now joined".
                at++;
            }
            if (at + 1 >= frame.end || !JOINING.contains(tokens.token(at).text())) {
                continue;
            }
            int next = at + 1;
            if (tokens.token(next).isIgnoringCase("the")) {
                next++;
            }
            Mention body = table.mentionAt(next);
            if (body == null || body.first() != next || !isBody(table, body.actorKey())) {
                continue;
            }
            for (String key : group.keys()) {
                if (isState(table, key)) {
                    add(table, key, body, frame, group.first(), body.end(), "joined", 0.85, links);
                }
            }
        }
    }

    /**
     * "Kazakhstan, a founding member of the CSTO", "North Macedonia and Montenegro, both NATO
     * members", "Sweden, which became NATO's 32nd member", "Indonesia, which joined BRICS as a
     * full member": an apposition or relative clause that names the states' body.
     */
    private static void memberInApposition(ActorTable table, SentenceFrame frame, ActorGroup states, List<LinkDraft> links) {
        TokenizedBrief tokens = frame.tokens;
        int i = states.end();
        if (i >= frame.end || !tokens.token(i).is(",")) {
            return;
        }
        i++;
        if (i + 1 < frame.end && tokens.token(i).is("which") && COPULAS.contains(tokens.token(i + 1).text())) {
            i += 2;
        } else if (i + 2 < frame.end && tokens.token(i).is("which") && JOINING.contains(tokens.token(i + 1).text())) {
            Mention joined = bodyAt(table, frame, tokens.token(i + 2).isIgnoringCase("the") ? i + 3 : i + 2);
            if (joined != null) {
                states.keys().forEach(key -> add(table, key, joined, frame, states.first(), joined.end(), "joined", 0.85, links));
            }
            return;
        }
        int[] end = new int[1];
        Mention body = membershipPhrase(table, frame, i, end);
        if (body != null) {
            for (String key : states.keys()) {
                add(table, key, body, frame, states.first(), end[0], "member-apposition", 0.85, links);
            }
        }
    }

    /** "Sweden formally became NATO's 32nd member", "Armenia is a founding member of the CSTO". */
    private static void memberByCopula(ActorTable table, SentenceFrame frame, ActorGroup states, List<LinkDraft> links) {
        TokenizedBrief tokens = frame.tokens;
        int i = states.end();
        while (i < frame.end && JOINING_ADVERBS.contains(tokens.token(i).text())) {
            i++;
        }
        if (i >= frame.end || !COPULAS.contains(tokens.token(i).text())) {
            return;
        }
        int[] end = new int[1];
        Mention body = membershipPhrase(table, frame, i + 1, end);
        if (body != null) {
            for (String key : states.keys()) {
                add(table, key, body, frame, states.first(), end[0], "member-copula", 0.85, links);
            }
        }
    }

    /**
     * "As a member of the Shanghai Cooperation Organisation, India declined": the subject after
     * the comma; "the Five Eyes network, of which Britain is a founding member": the state after "which".
     */
    private static void memberOfFramed(ActorTable table, SentenceFrame frame, List<LinkDraft> links) {
        TokenizedBrief tokens = frame.tokens;
        for (int i = frame.first; i + 3 < frame.end; i++) {
            if (tokens.token(i).isIgnoringCase("as") && (tokens.token(i + 1).is("a") || tokens.token(i + 1).is("an"))) {
                int[] end = new int[1];
                Mention body = membershipPhrase(table, frame, i + 1, end);
                if (body != null && end[0] < frame.end && tokens.token(end[0]).is(",")) {
                    ActorGroup member = frame.groupStartingAt(end[0] + 1);
                    if (member != null) {
                        for (String key : member.keys()) {
                            if (isState(table, key)) {
                                add(table, key, body, frame, i, member.end(), "as-member", 0.8, links);
                            }
                        }
                    }
                }
            }
            if (i > frame.first + 1 && tokens.token(i).is(",") && tokens.token(i + 1).is("of") && tokens.token(i + 2).is("which")) {
                // "the Five Eyes network, of which": the body, or the body before its noun.
                Mention body = table.mentionAt(i - 1) != null ? table.mentionAt(i - 1)
                        : tokens.token(i - 1).isLowerCase() ? table.mentionAt(i - 2) : null;
                ActorGroup member = frame.groupStartingAt(i + 3);
                if (body != null && isBody(table, body.actorKey()) && member != null && member.end() + 1 < frame.end
                        && COPULAS.contains(tokens.token(member.end()).text())) {
                    int at = member.end() + 1;
                    while (at < frame.end && APPOSITION_WORDS.contains(tokens.token(at).text())) {
                        at++;
                    }
                    if (at < frame.end && tokens.token(at).text().startsWith("member")) {
                        for (String key : member.keys()) {
                            if (isState(table, key)) {
                                add(table, key, body, frame, body.first(), at + 1, "of-which-member", 0.8, links);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * "Norwegian and Danish vessels ..., the first since the two NATO allies signed an accord": the
     * states of the list before, as many as counted, are members of the body named.
     */
    private static void countedMembers(ActorTable table, SentenceFrame frame, List<LinkDraft> links) {
        TokenizedBrief tokens = frame.tokens;
        for (int i = frame.first + 1; i + 2 < frame.end; i++) {
            int count = countAt(tokens, i, frame.end);
            Mention body = count > 0 && tokens.token(i - 1).isIgnoringCase("the") ? bodyAt(table, frame, i + 1) : null;
            if (body == null || body.end() >= frame.end || !MEMBER_NOUNS.contains(tokens.token(body.end()).text())
                    || !tokens.token(body.end()).text().endsWith("s")) {
                continue;
            }
            ActorGroup states = null;
            for (ActorGroup group : frame.groups) {
                if (group.end() <= i - 1 && group.keys().size() == count && frame.isStates(group)) {
                    states = group;
                }
            }
            if (states != null) {
                for (String key : states.keys()) {
                    add(table, key, body, frame, states.first(), body.end() + 1, "counted-members", 0.7, links);
                }
            }
        }
    }

    /** "both" or a number word ("the two", "the three"), as in {@link PatientFinder}'s counted objects; else 0. */
    private static int countAt(TokenizedBrief tokens, int i, int limit) {
        if (tokens.token(i).is("both")) {
            return 2;
        }
        NumberReader.Read number = NumberReader.isWordNumber(tokens.token(i)) ? NumberReader.plain(tokens.tokens(), i, limit) : null;
        return number == null ? 0 : (int) number.value();
    }

    /**
     * The body a phrase of membership starting at {@code i} names, or null: "a founding member of
     * the Russian-led CSTO", "NATO's 32nd member", "both Five Eyes partners", "both NATO allies".
     * {@code end[0]} is set to the token after the phrase.
     */
    private static Mention membershipPhrase(ActorTable table, SentenceFrame frame, int i, int[] end) {
        TokenizedBrief tokens = frame.tokens;
        while (i < frame.end && (APPOSITION_WORDS.contains(tokens.token(i).text()) || tokens.token(i).isNumber()
                || ORDINAL.matcher(tokens.token(i).text()).matches())) {
            i++;
        }
        if (i + 1 < frame.end && MEMBER_NOUNS.contains(tokens.token(i).text()) && tokens.token(i + 1).is("of")) {
            Mention body = null;
            for (int at = i + 2; at < Math.min(frame.end, i + 3 + BODY_MODIFIERS) && body == null; at++) {
                // "the Russian-led Collective Security Treaty Organization": modifiers before the body.
                Mention named = table.mentionAt(at);
                body = bodyAt(table, frame, at);
                if (body == null && named != null && named.first() == at
                        && (named.end() >= frame.end || !tokens.token(named.end()).is("-"))) {
                    return null;
                }
            }
            if (body != null && (tokens.token(i).text().startsWith("member") || isAlliance(table, body.actorKey()))) {
                end[0] = body.end();
                return body;
            }
            return null;
        }
        Mention named = i < frame.end ? table.mentionAt(i) : null;
        if (named == null || named.first() != i || !isBody(table, named.actorKey())) {
            return null;
        }
        int at = named.end();
        if (at < frame.end && tokens.token(at).is("'s")) {
            at++;
            while (at < frame.end && (tokens.token(at).isNumber() || ORDINAL.matcher(tokens.token(at).text()).matches()
                    || APPOSITION_WORDS.contains(tokens.token(at).text()))) {
                at++;
            }
        }
        if (at < frame.end && MEMBER_NOUNS.contains(tokens.token(at).text())
                && (tokens.token(at).text().startsWith("member") || isAlliance(table, named.actorKey()))) {
            end[0] = at + 1;
            return named;
        }
        return null;
    }

    private static Mention bodyAt(ActorTable table, SentenceFrame frame, int at) {
        Mention body = at < frame.end ? table.mentionAt(at) : null;
        return body != null && body.first() == at && isBody(table, body.actorKey()) ? body : null;
    }

    private static boolean isAlliance(ActorTable table, String key) {
        return table.actor(key).map(actor -> actor.kind() == ActorKind.ALLIANCE).orElse(false);
    }

    /**
     * "Mali, Burkina Faso and Niger, whose juntas formed the Alliance of Sahel States": the states
     * that form a body are its members, and partners of each other.
     */
    private static void formedBy(ActorTable table, SentenceFrame frame, ActorGroup states, List<LinkDraft> links) {
        TokenizedBrief tokens = frame.tokens;
        for (int i = states.end(); i + 1 < Math.min(frame.end, states.end() + FORMING_REACH); i++) {
            Token token = tokens.token(i);
            if (frame.isInMention(i)) {
                return;
            }
            if (!FOUNDING.contains(token.text()) || tokens.token(i + 1).is("by")) {
                continue;
            }
            int at = tokens.token(i + 1).isIgnoringCase("the") ? i + 2 : i + 1;
            Mention body = at < frame.end ? table.mentionAt(at) : null;
            if (body == null || body.first() != at || !isBody(table, body.actorKey()) || states.keys().size() < 2) {
                return;
            }
            List<String> keys = states.keys();
            for (String key : keys) {
                add(table, key, body, frame, states.first(), body.end(), "formed", 0.8, links);
            }
            for (int a = 0; a < keys.size(); a++) {
                for (int b = a + 1; b < keys.size(); b++) {
                    links.add(new LinkDraft(keys.get(a), keys.get(b), LinkKind.PARTNERSHIP, false, frame.sentence,
                            states.first(), body.end(), "membership:co-founders", 0.7));
                }
            }
            return;
        }
    }

    /** "Sweden's NATO membership", "Finland's EU accession": a state's membership named as a noun. */
    private static void possessedMembership(ActorTable table, SentenceFrame frame, Mention body, List<LinkDraft> links) {
        TokenizedBrief tokens = frame.tokens;
        if (body.end() >= frame.end || !MEMBERSHIP_NOUNS.contains(tokens.token(body.end()).text())) {
            return;
        }
        if (body.end() + 1 < frame.end && NOT_YET.contains(tokens.token(body.end() + 1).lower())) {
            // "Sweden's NATO membership bid": a state that asks to join is no member yet.
            return;
        }
        ActorGroup owner = frame.modifierBefore(body.first(), 1);
        if (owner == null || !owner.isPossessive()) {
            return;
        }
        for (String key : owner.keys()) {
            if (isState(table, key)) {
                add(table, key, body, frame, owner.first(), body.end() + 1, "possessed-membership", 0.8, links);
            }
        }
    }

    /** "NATO member Poland". */
    private static void memberBefore(ActorTable table, SentenceFrame frame, Mention body, List<LinkDraft> links) {
        int at = body.end();
        if (at + 1 < frame.end && frame.tokens.token(at).is("member")) {
            ActorGroup member = frame.groupStartingAt(at + 1);
            if (member != null) {
                for (String key : member.keys()) {
                    add(table, key, body, frame, body.first(), member.end(), "member-title", 0.9, links);
                }
            }
        }
    }

    /** "the India-led maritime grouping", "the Saudi-led coalition": the state that leads a body is in it. */
    private static void ledBy(ActorTable table, SentenceFrame frame, Mention body, List<LinkDraft> links) {
        TokenizedBrief tokens = frame.tokens;
        int at = body.first() - 1;
        while (at > frame.first && tokens.token(at).isLowerCase() && !tokens.token(at).is("led") && body.first() - at <= 3) {
            at--;
        }
        if (at - 2 < frame.first || !tokens.token(at).is("led") || !tokens.token(at - 1).is("-")) {
            return;
        }
        Mention leader = frame.mentionEndingAt(at - 1);
        if (leader != null && isState(table, leader.actorKey()) && leader.end() == at - 1
                && tokens.token(at - 1).start() == tokens.token(at - 2).end()) {
            add(table, leader.actorKey(), body, frame, leader.first(), body.end(), "led-by", 0.8, links);
        }
    }

    /** "the Colombo Security Conclave, the India-led maritime grouping": a body renamed by what leads it. */
    private static void ledInApposition(ActorTable table, SentenceFrame frame, List<LinkDraft> links) {
        TokenizedBrief tokens = frame.tokens;
        for (int i = frame.first + 4; i < frame.end - 1; i++) {
            if (!tokens.token(i).is("led") || !tokens.token(i - 1).is("-")) {
                continue;
            }
            Mention leader = frame.mentionEndingAt(i - 1);
            if (leader == null || !isState(table, leader.actorKey()) || leader.first() < frame.first + 3
                    || !tokens.token(leader.first() - 1).is("the") || !tokens.token(leader.first() - 2).is(",")) {
                continue;
            }
            int noun = i + 1;
            while (noun < frame.end && noun - i <= 3 && tokens.token(noun).isLowerCase()
                    && !BODY_NOUNS.contains(tokens.token(noun).text())) {
                noun++;
            }
            Mention body = frame.mentionEndingAt(leader.first() - 2);
            if (noun < frame.end && BODY_NOUNS.contains(tokens.token(noun).text()) && body != null
                    && isBody(table, body.actorKey())) {
                add(table, leader.actorKey(), body, frame, body.first(), noun + 1, "led-by", 0.75, links);
            }
        }
    }

    /** "the IP4 partnership model (Japan, South Korea, Australia, New Zealand)". */
    private static void membersInBrackets(ActorTable table, SentenceFrame frame, Mention body, List<LinkDraft> links) {
        TokenizedBrief tokens = frame.tokens;
        for (int i = body.end(); i < Math.min(frame.end, body.end() + BRACKET_REACH); i++) {
            String opener = tokens.token(i).text();
            boolean dash = DASHES.contains(opener);
            if (!opener.equals("(") && !dash) {
                continue;
            }
            ActorGroup listed = frame.groupStartingAt(i + 1);
            String closer = dash ? opener : ")";
            if (listed == null || listed.end() >= frame.end || !tokens.token(listed.end()).is(closer)
                    || !listed.keys().stream().allMatch(key -> isState(table, key))) {
                return;
            }
            // Between dashes a list may be an aside about something else: only members the gazetteer knows.
            if (!dash || confirmed(table, body, listed) && listed.members.size() >= 2) {
                for (String key : listed.keys()) {
                    add(table, key, body, frame, body.first(), listed.end() + 1, "members-in-brackets", 0.85, links);
                }
            }
            return;
        }
    }

    /** "joint exercises with NATO members since 2021, including ... Estonia": members the gazetteer confirms. */
    private static void membersIncluded(ActorTable table, SentenceFrame frame, Mention body, List<LinkDraft> links) {
        TokenizedBrief tokens = frame.tokens;
        if (body.end() >= frame.end || !tokens.token(body.end()).text().startsWith("member")) {
            return;
        }
        List<String> known = table.actor(body.actorKey()).map(ActorDraft::memberIso3).orElse(List.of());
        for (int i = body.end() + 1; i < frame.end; i++) {
            if (!tokens.token(i).is("including")) {
                continue;
            }
            for (ActorGroup group : frame.groups) {
                if (group.first() <= i) {
                    continue;
                }
                for (String key : group.keys()) {
                    String iso3 = table.actor(key).map(ActorDraft::iso3).orElse(null);
                    if (iso3 != null && known.contains(iso3)) {
                        add(table, key, body, frame, body.first(), group.end(), "members-including", 0.75, links);
                    }
                }
            }
            return;
        }
    }

    /**
     * "The Alliance of Sahel States (AES), which groups Mali, Burkina Faso and Niger", "the Quad,
     * which brings together India, Japan, Australia and the United States": the body's members.
     */
    private static void membersGrouped(ActorTable table, SentenceFrame frame, Mention body, List<LinkDraft> links) {
        TokenizedBrief tokens = frame.tokens;
        int at = body.end();
        if (at + 2 < frame.end && tokens.token(at).is("(") && tokens.token(at + 2).is(")")) {
            at += 3;
        }
        if (at + 2 >= frame.end || !tokens.token(at).is(",") || !tokens.token(at + 1).is("which")) {
            return;
        }
        int verb = at + 2;
        int listed = GROUPING_VERBS.contains(tokens.token(verb).text()) ? verb + 1
                : verb + 1 < frame.end && tokens.token(verb).is("brings") && tokens.token(verb + 1).is("together") ? verb + 2 : -1;
        ActorGroup members = listed < 0 ? null : frame.groupStartingAt(listed);
        if (members == null || members.members.size() < 2 || !members.keys().stream().allMatch(key -> isState(table, key))) {
            return;
        }
        for (String key : members.keys()) {
            add(table, key, body, frame, body.first(), members.end(), "members-grouped", 0.8, links);
        }
    }

    /**
     * "NATO members like Poland and Sweden", "NATO ... from member states, including the UK,
     * France", "the SCO currently has eight full members — China, ...", "an informal security forum
     * comprising India, the US, Japan and Australia", "uniting six ex-Soviet nations - Armenia,
     * ...": states listed after a body, a word of membership and a word that opens a list, each of
     * them a member the gazetteer confirms.
     */
    private static void membersEnumerated(ActorTable table, SentenceFrame frame, Mention body, List<LinkDraft> links) {
        TokenizedBrief tokens = frame.tokens;
        boolean member = false;
        for (int i = body.end(); i < Math.min(frame.end, body.end() + ENUMERATION_REACH); i++) {
            String word = tokens.token(i).lower();
            member |= word.startsWith("member");
            boolean opens = member && LIST_OPENERS.contains(word)
                    || member && word.equals("such") && i + 1 < frame.end && tokens.token(i + 1).is("as")
                    || ENUMERATING_VERBS.contains(word);
            if (!opens) {
                continue;
            }
            ActorGroup listed = firstStatesAfter(frame, i + 1);
            if (listed != null) {
                addConfirmed(table, frame, body, listed, "members-enumerated", links);
            }
            return;
        }
    }

    /** "The U.S., India, Australia, and Japan are part of a strategic alliance known as Quad". */
    private static void partOfBody(ActorTable table, SentenceFrame frame, Mention body, List<LinkDraft> links) {
        TokenizedBrief tokens = frame.tokens;
        for (ActorGroup group : frame.groups) {
            int at = group.end();
            if (group.members.size() < 2 || at + 2 >= body.first() || body.first() - at > PART_OF_REACH
                    || !COPULAS_PLURAL.contains(tokens.token(at).text())) {
                continue;
            }
            boolean partOf = tokens.token(at + 1).is("part") && tokens.token(at + 2).is("of")
                    || tokens.token(at + 1).is("members") && tokens.token(at + 2).is("of");
            if (partOf && frame.isStates(group)) {
                addConfirmed(table, frame, body, group, "part-of", links);
            }
        }
    }

    /** The first group of states within a few words after {@code from}: "six ex-Soviet nations - Armenia, ...". */
    private static ActorGroup firstStatesAfter(SentenceFrame frame, int from) {
        for (ActorGroup group : frame.groups) {
            if (group.first() >= from && group.first() - from <= LIST_OPENING_WORDS) {
                return frame.isStates(group) ? group : null;
            }
        }
        return null;
    }

    /** A membership for each listed state the gazetteer knows as the body's member, when all of them are. */
    private static void addConfirmed(ActorTable table, SentenceFrame frame, Mention body, ActorGroup listed, String rule,
            List<LinkDraft> links) {
        if (!confirmed(table, body, listed)) {
            return;
        }
        for (String key : listed.keys()) {
            add(table, key, body, frame, Math.min(body.first(), listed.first()), Math.max(body.end(), listed.end()), rule,
                    0.8, links);
        }
    }

    /** Whether the gazetteer knows every listed state as a member of the body. */
    private static boolean confirmed(ActorTable table, Mention body, ActorGroup listed) {
        List<String> known = table.actor(body.actorKey()).map(ActorDraft::memberIso3).orElse(List.of());
        return !known.isEmpty() && listed.keys().stream()
                .allMatch(key -> known.contains(table.actor(key).map(ActorDraft::iso3).orElse("")));
    }

    /** "ASEAN's members include Vietnam", "the grouping whose members also include Sri Lanka, Mauritius and Bangladesh". */
    private static void membersListed(ActorTable table, SentenceFrame frame, List<LinkDraft> links) {
        TokenizedBrief tokens = frame.tokens;
        for (int i = frame.first + 1; i < frame.end - 1; i++) {
            if (!tokens.token(i).is("members")) {
                continue;
            }
            int verb = tokens.token(i + 1).is("also") ? i + 2 : i + 1;
            if (verb >= frame.end || !LISTING_VERBS.contains(tokens.token(verb).text())) {
                continue;
            }
            Mention body = bodyOwning(table, frame, i);
            ActorGroup members = frame.groupStartingAt(verb + 1);
            if (body == null || members == null || !members.keys().stream().allMatch(key -> isState(table, key))) {
                continue;
            }
            for (String key : members.keys()) {
                add(table, key, body, frame, body.first(), members.end(), "members-listed", 0.8, links);
            }
        }
    }

    /** The body whose "members" stand at {@code members}: its possessor, or the body before "whose". */
    private static Mention bodyOwning(ActorTable table, SentenceFrame frame, int members) {
        TokenizedBrief tokens = frame.tokens;
        Token before = tokens.token(members - 1);
        if (before.is("'s") && members >= frame.first + 2) {
            Mention owner = frame.mentionEndingAt(members - 1);
            return owner != null && isBody(table, owner.actorKey()) ? owner : null;
        }
        if (!before.is("whose")) {
            return null;
        }
        for (int k = members - 2; k >= Math.max(frame.first, members - 1 - WHOSE_REACH); k--) {
            Mention mention = table.mentionAt(k);
            if (mention != null && isBody(table, mention.actorKey())) {
                return mention;
            }
        }
        return null;
    }

    /** "the GCAP International Government Organisation (GIGO), jointly established by Japan, Britain and Italy". */
    private static void founders(ActorTable table, SentenceFrame frame, Mention body, List<LinkDraft> links) {
        TokenizedBrief tokens = frame.tokens;
        for (int i = body.end(); i + 1 < Math.min(frame.end, body.end() + 8); i++) {
            if (FOUNDING.contains(tokens.token(i).text()) && tokens.token(i + 1).is("by")) {
                ActorGroup founders = frame.groupStartingAt(i + 2);
                if (founders != null && founders.keys().stream().allMatch(key -> isState(table, key))) {
                    for (String key : founders.keys()) {
                        add(table, key, body, frame, body.first(), founders.end(), "founded-by", 0.8, links);
                    }
                }
                return;
            }
        }
    }

    private static void add(ActorTable table, String member, Mention body, SentenceFrame frame, int first, int end,
            String rule, double confidence, List<LinkDraft> links) {
        if (!member.equals(body.actorKey())) {
            links.add(new LinkDraft(member, body.actorKey(), LinkKind.MEMBERSHIP, true, frame.sentence, first, end,
                    "membership:" + rule, confidence));
        }
    }
}
