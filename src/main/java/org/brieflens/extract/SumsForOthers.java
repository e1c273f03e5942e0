package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.brieflens.model.LinkKind;

/**
 * A sum named as someone's and given for another, with no verb that says so: "Canada's C$30
 * million for the Haitian National Police", "the UAE's $2 billion in aid to Egypt". The owner
 * supports the one the money is for.
 */
final class SumsForOthers {
    /** Words that may stand between the owner and "for" or "to": the amount, its scale and what it is. */
    private static final Set<String> SUM_WORDS = Set.of("million", "billion", "trillion", "bn", "m", "in", "aid",
            "military", "funding", "financing", "grant", "grants", "loan", "loans", "of", "more", "another", "new",
            "a", "further", "additional", "over", "years", "five", "three", "two", "ten");
    private static final Set<String> RECIPIENT_MARKERS = Set.of("for", "to");
    /** How many words after the owner the sum and its "for" may take: "C$30 million for the". */
    private static final int SUM_REACH = 8;
    private static final double CONFIDENCE = 0.55;

    List<LinkDraft> find(List<SentenceFrame> frames) {
        List<LinkDraft> links = new ArrayList<>();
        for (SentenceFrame frame : frames) {
            for (ActorGroup owner : frame.groups) {
                if (!owner.isPossessive() || owner.end() + 1 >= frame.end) {
                    continue;
                }
                int marker = recipientMarker(frame, owner.end() + 1);
                ActorGroup recipient = marker < 0 ? null : frame.groupAfter(marker + 1, 2);
                if (recipient == null || recipient.isPossessive()) {
                    continue;
                }
                for (String source : owner.keys()) {
                    for (String target : recipient.keys()) {
                        if (!source.equals(target)) {
                            links.add(new LinkDraft(source, target, LinkKind.SUPPORT, true, frame.sentence, owner.first(),
                                    recipient.end(), "possessive-sum", CONFIDENCE));
                        }
                    }
                }
            }
        }
        return links;
    }

    /** The "for" or "to" after a sum that opens right after the possessive ("'s C$30 million for"), or -1. */
    private static int recipientMarker(SentenceFrame frame, int from) {
        TokenizedBrief tokens = frame.tokens;
        boolean sum = false;
        for (int i = from; i < Math.min(frame.end, from + SUM_REACH); i++) {
            Token token = tokens.token(i);
            if (token.isNumber()) {
                sum = true;
                continue;
            }
            if (sum && RECIPIENT_MARKERS.contains(token.text())) {
                return i;
            }
            // "$", "C$", "NZ$", "€", "US": a currency before the amount.
            boolean currency = !sum && (!token.isWord() && !token.is(",") && !token.is("\"") || token.isAllCaps());
            if (!currency && !SUM_WORDS.contains(token.lower())) {
                return -1;
            }
        }
        return -1;
    }
}
