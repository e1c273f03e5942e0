package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.brieflens.model.ActorKind;
import org.brieflens.model.LinkKind;

/**
 * Finds memberships the brief states, never those it only implies: "NATO member Poland"; a
 * grouping followed by its members in brackets ("IP4 ... (Japan, South Korea, Australia, New
 * Zealand)"); "NATO members ..., including Estonia" where the gazetteer agrees that Estonia is a
 * member; a body "established by" or "founded by" a list of states.
 */
final class MembershipFinder {
    private static final Set<String> FOUNDING = Set.of("established", "founded", "formed", "created", "launched");
    private static final Set<String> JOINING = Set.of("joined", "joins", "join", "rejoined");
    private static final int BRACKET_REACH = 4;

    List<LinkDraft> find(ActorTable table, List<SentenceFrame> frames) {
        List<LinkDraft> links = new ArrayList<>();
        for (SentenceFrame frame : frames) {
            joined(table, frame, links);
            for (ActorGroup group : frame.groups) {
                Mention body = group.last();
                if (!isBody(table, body.actorKey())) {
                    continue;
                }
                memberBefore(table, frame, body, links);
                membersInBrackets(table, frame, body, links);
                membersIncluded(table, frame, body, links);
                founders(table, frame, body, links);
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

    /** "the IP4 partnership model (Japan, South Korea, Australia, New Zealand)". */
    private static void membersInBrackets(ActorTable table, SentenceFrame frame, Mention body, List<LinkDraft> links) {
        TokenizedBrief tokens = frame.tokens;
        for (int i = body.end(); i < Math.min(frame.end, body.end() + BRACKET_REACH); i++) {
            if (!tokens.token(i).is("(")) {
                continue;
            }
            ActorGroup listed = frame.groupStartingAt(i + 1);
            if (listed != null && listed.end() < frame.end && tokens.token(listed.end()).is(")")
                    && listed.keys().stream().allMatch(key -> isState(table, key))) {
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
