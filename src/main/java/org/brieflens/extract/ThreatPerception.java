package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.brieflens.model.LinkKind;

/**
 * A threat perceived, however far the words of judgement lie from the one judged: "New Delhi
 * sees China's expanding naval presence in the Indian Ocean as the principal long-term threat",
 * "describes China as “the greatest strategic challenge”", "said that China's naval build-up was
 * “the principal long-term challenge” for the country". The one who perceives it rivals the one
 * whose conduct is judged.
 */
final class ThreatPerception {
    private static final Set<String> PERCEIVING = Set.of("sees", "see", "saw", "views", "view", "viewed", "regards",
            "regard", "regarded", "considers", "consider", "considered", "describes", "describe", "described", "names",
            "named", "calls", "called", "identifies", "identified", "labels", "labelled", "labeled", "casts", "cast",
            "treats", "treated", "perceives", "perceived", "lists", "listed", "brands", "branded");
    private static final Set<String> BEING = Set.of("is", "was", "are", "were", "remains", "remained", "poses", "posed",
            "pose", "represents", "represented", "constitutes", "constituted", "presents", "presented", "becomes",
            "became");
    private static final Set<String> THREATS = Set.of("threat", "threats", "challenge", "challenges", "danger",
            "dangers", "adversary", "adversaries", "menace", "rival", "competitor", "competitors");
    /** Words a perceiver may be referred back by after "to" or "for": "for the country", "to its security". */
    private static final Set<String> SELF = Set.of("its", "their", "it", "country", "country's", "nation");
    /** How far the judged noun phrase may run before "as" or a verb of being. */
    private static final int PHRASE_REACH = 12;
    /** How many words of quality may stand between "as" or the verb and the noun: "“a graver and more imminent". */
    private static final int QUALITY_REACH = 7;
    private static final double CONFIDENCE = 0.6;
    private static final Set<String> QUOTES = Set.of("\"", "\u201d", "'", "\u2019");

    private final Function<String, String> lift;

    ThreatPerception(Function<String, String> lift) {
        this.lift = lift;
    }

    List<LinkDraft> find(List<SentenceFrame> frames) {
        List<LinkDraft> links = new ArrayList<>();
        for (SentenceFrame frame : frames) {
            for (int i = frame.first; i < frame.end; i++) {
                String word = frame.tokens.token(i).lower();
                if (PERCEIVING.contains(word)) {
                    perceivedAs(frame, i, links);
                } else if (BEING.contains(word)) {
                    judgedToBe(frame, i, links);
                }
            }
        }
        return links;
    }

    /** "X sees Y's ... as a threat": the perceiver is the subject of the verb. */
    private void perceivedAs(SentenceFrame frame, int verb, List<LinkDraft> links) {
        ActorGroup judged = frame.firstGroupIn(verb + 1, verb + 3);
        if (judged == null) {
            return;
        }
        int as = -1;
        for (int i = judged.end(); i < Math.min(frame.end, judged.end() + PHRASE_REACH); i++) {
            Token token = frame.tokens.token(i);
            if (token.is("as")) {
                as = i;
                break;
            }
            if (token.is(";") || token.is(",")) {
                return;
            }
        }
        int noun = as < 0 ? -1 : threatAfter(frame, as + 1);
        ActorGroup perceiver = noun < 0 ? null : frame.subjectAt(verb);
        if (perceiver == null && noun >= 0) {
            // "Canada's new Arctic foreign policy identifies Russia as ...": the possessor of the subject.
            ActorGroup opening = frame.firstGroupIn(frame.clauseOf(verb).first(), verb);
            perceiver = opening != null && opening.isPossessive() && opening != judged ? opening : null;
        }
        if (perceiver != null) {
            add(frame, perceiver, judged, Math.min(perceiver.first(), verb), noun + 1, "perceived-as-threat", links);
        }
    }

    /**
     * "China's rapid naval build-up was “the principal long-term challenge” for the country": the
     * perceiver is named after "to" or "for", or is the one who says so.
     */
    private void judgedToBe(SentenceFrame frame, int verb, List<LinkDraft> links) {
        int noun = threatAfter(frame, verb + 1);
        if (noun < 0) {
            return;
        }
        Clause clause = frame.clauseOf(verb);
        ActorGroup judged = null;
        for (ActorGroup group : frame.groups) {
            if (group.first() >= Math.max(clause.first(), verb - PHRASE_REACH) && group.end() <= verb
                    && possessedOrActing(frame, group, verb)) {
                judged = group;
                break;
            }
        }
        if (judged == null) {
            return;
        }
        ActorGroup perceiver = null;
        int after = noun + 1;
        while (after < frame.end && QUOTES.contains(frame.tokens.token(after).text())) {
            after++;
        }
        if (after + 1 < frame.end && (frame.tokens.token(after).is("to") || frame.tokens.token(after).is("for"))) {
            perceiver = frame.groupAfter(after + 1, 1);
            if (perceiver == null && refersBack(frame, after + 1)) {
                perceiver = frame.speakerOf(clause);
            }
        } else {
            perceiver = frame.speakerOf(clause);
        }
        if (perceiver != null) {
            add(frame, perceiver, judged, Math.min(perceiver.first(), judged.first()), noun + 1, "judged-a-threat", links);
        }
    }

    /** A group that owns the judged phrase ("China's ... build-up") or is its subject ("Russia is"). */
    private static boolean possessedOrActing(SentenceFrame frame, ActorGroup group, int verb) {
        return group.end() < frame.end && frame.tokens.token(group.end()).is("'s") || group.end() == verb;
    }

    private static boolean refersBack(SentenceFrame frame, int at) {
        for (int i = at; i < Math.min(frame.end, at + 2); i++) {
            if (SELF.contains(frame.tokens.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The threat noun within a few words of quality after {@code from}, or -1. */
    private static int threatAfter(SentenceFrame frame, int from) {
        for (int i = from; i < Math.min(frame.end, from + QUALITY_REACH); i++) {
            Token token = frame.tokens.token(i);
            if (THREATS.contains(token.lower())) {
                return i;
            }
            if (frame.isInMention(i) || token.is(",") || token.is(";") || token.is("to") || token.is("of")) {
                return -1;
            }
        }
        return -1;
    }

    private void add(SentenceFrame frame, ActorGroup perceiver, ActorGroup judged, int first, int end, String rule,
            List<LinkDraft> links) {
        for (String source : perceiver.keys()) {
            for (String target : judged.keys()) {
                if (!lift.apply(source).equals(lift.apply(target))) {
                    links.add(new LinkDraft(source, target, LinkKind.RIVALRY, true, frame.sentence, first, end, rule,
                            CONFIDENCE));
                }
            }
        }
    }
}
