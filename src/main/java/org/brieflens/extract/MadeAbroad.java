package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.brieflens.model.LinkKind;

/**
 * Arms named by where they were made, in the hands of whoever the clause is about: "Pakistan,
 * which flew Chinese-supplied J-10C fighters", "the army fields Turkish-made drones". The maker's
 * state sold or gave them to the one who has them.
 */
final class MadeAbroad {
    static final Set<String> MADE = Set.of("supplied", "made", "built", "designed", "manufactured", "produced",
            "donated", "provided");
    /** How far after "Chinese-supplied" the arms may be named: "Chinese-supplied J-10C fighters" (J, -, 10, C). */
    private static final int ARMS_REACH = 6;
    private static final double CONFIDENCE = 0.6;

    private final Function<String, String> lift;
    private final LinkWords words = LinkWords.get();

    MadeAbroad(Function<String, String> lift) {
        this.lift = lift;
    }

    List<LinkDraft> find(ActorTable table, List<SentenceFrame> frames) {
        List<LinkDraft> links = new ArrayList<>();
        for (SentenceFrame frame : frames) {
            TokenizedBrief tokens = frame.tokens;
            for (int i = frame.first; i + 2 < frame.end; i++) {
                Mention maker = frame.mentionEndingAt(i + 1);
                if (maker == null || !frame.isMakerDash(i + 1) || !armsFollow(frame, i + 3)) {
                    continue;
                }
                ActorGroup holder = frame.subjectAt(i);
                if (holder == null) {
                    continue;
                }
                for (String key : holder.keys()) {
                    if (!lift.apply(key).equals(lift.apply(maker.actorKey()))) {
                        links.add(new LinkDraft(maker.actorKey(), key, LinkKind.ARMS_TRANSFER, true, frame.sentence,
                                Math.min(holder.first(), maker.first()), Math.min(frame.end, i + 3 + ARMS_REACH),
                                "made-abroad", CONFIDENCE));
                    }
                }
            }
        }
        return links;
    }

    private boolean armsFollow(SentenceFrame frame, int from) {
        for (int i = from; i < Math.min(frame.end, from + ARMS_REACH); i++) {
            if (words.thingClass(frame.tokens.token(i), Set.of("weapons")) != null) {
                return true;
            }
        }
        return false;
    }
}
