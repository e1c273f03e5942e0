package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.brieflens.model.ActorKind;
import org.brieflens.model.LinkKind;

/**
 * Finds the meetings a sentence tells by who came to them: "Defence ministers from Türkiye,
 * Romania and Bulgaria agreed on Wednesday ...", "Army chiefs of Kenya and Uganda met in Nairobi".
 * Those who met held a dialogue, each with each, though no word of talks is written.
 */
final class MeetingFinder {
    private static final Set<String> ENVOYS = Set.of("ministers", "leaders", "officials", "chiefs", "delegations",
            "delegates", "envoys", "representatives", "diplomats", "commanders", "heads", "negotiators");
    private static final Set<String> MEETING_VERBS = Set.of("met", "meet", "meets", "agreed", "agree", "agrees",
            "gathered", "convened", "discussed", "signed", "pledged", "vowed", "endorsed", "adopted");
    /** Words between the list and its verb: "on Wednesday", "in Ankara", "have". */
    private static final int VERB_REACH = 5;
    private static final double CONFIDENCE = 0.6;

    List<LinkDraft> find(ActorTable table, List<SentenceFrame> frames) {
        List<LinkDraft> links = new ArrayList<>();
        for (SentenceFrame frame : frames) {
            TokenizedBrief tokens = frame.tokens;
            for (int i = frame.first; i + 2 < frame.end; i++) {
                if (!ENVOYS.contains(tokens.token(i).lower())
                        || !(tokens.token(i + 1).is("from") || tokens.token(i + 1).is("of"))) {
                    continue;
                }
                int listed = tokens.token(i + 2).isIgnoringCase("the") ? i + 3 : i + 2;
                ActorGroup met = frame.groupStartingAt(listed);
                int end = met == null ? -1 : met.end();
                ActorGroup members = met == null ? null : membersAfter(frame, met);
                if (members != null) {
                    // "The leaders of the Quad — Australia, India, Japan and the United States — pledged".
                    met = members;
                    end = members.end() + 1;
                }
                if (met == null || met.keys().size() < 2 || !met.keys().stream().allMatch(key -> isState(table, key))
                        || !verbFollows(frame, end)) {
                    continue;
                }
                List<String> keys = met.keys();
                for (int a = 0; a < keys.size(); a++) {
                    for (int b = a + 1; b < keys.size(); b++) {
                        links.add(new LinkDraft(keys.get(a), keys.get(b), LinkKind.DIALOGUE, false, frame.sentence, i,
                                met.end(), "meeting-of-envoys", CONFIDENCE));
                    }
                }
            }
        }
        return links;
    }

    /** The list of a body's members between dashes or in brackets right after its name, or null. */
    private static ActorGroup membersAfter(SentenceFrame frame, ActorGroup body) {
        int open = body.end();
        if (body.keys().size() != 1 || open + 1 >= frame.end) {
            return null;
        }
        String opener = frame.tokens.token(open).text();
        String closer = opener.equals("(") ? ")" : opener.equals("—") || opener.equals("–") ? opener : null;
        ActorGroup listed = closer == null ? null : frame.groupStartingAt(open + 1);
        return listed != null && listed.end() < frame.end && frame.tokens.token(listed.end()).is(closer) ? listed : null;
    }

    private static boolean verbFollows(SentenceFrame frame, int from) {
        for (int i = from; i < Math.min(frame.end, from + VERB_REACH); i++) {
            String word = frame.tokens.token(i).lower();
            if (MEETING_VERBS.contains(word)) {
                return true;
            }
            if (word.equals(",") || word.equals(";") || frame.isInMention(i) && i > from) {
                return false;
            }
        }
        return false;
    }

    private static boolean isState(ActorTable table, String key) {
        return table.actor(key).map(actor -> actor.kind() == ActorKind.STATE).orElse(false);
    }
}
