package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.brieflens.model.ActorKind;
import org.brieflens.model.LinkKind;

/**
 * Purchases a budget makes, whose buyer the sentence leaves unsaid: "The budget sets aside A$1.9
 * billion for missiles from Norway's Kongsberg", "The budget ... pays for 44 tanks ordered from
 * Krauss-Maffei Wegmann". The budget belongs to the state the sentence before was about (its
 * subject's state) or, failing that, the state the brief is mostly about; each seller named after
 * "from" a weapon sells to it.
 */
final class BudgetPurchases {
    private static final Set<String> BUDGET_NOUNS = Set.of("budget", "budgets", "package", "bill", "allocation",
            "request", "plan", "spending");
    private static final Set<String> OPENERS = Set.of("The", "This", "Its", "Next", "That");
    /** How many words a budget noun may stand from the sentence's start: "The 2026 defence budget". */
    private static final int SUBJECT_WORDS = 4;
    /** How many words may stand between a weapon and "from": "missiles ordered from", "vehicles built from". */
    private static final int WEAPON_REACH = 4;
    private static final double CONFIDENCE = 0.45;

    private final LinkWords words = LinkWords.get();
    private final Function<String, String> lift;

    BudgetPurchases(Function<String, String> lift) {
        this.lift = lift;
    }

    List<LinkDraft> find(ActorTable table, List<SentenceFrame> frames) {
        List<LinkDraft> links = new ArrayList<>();
        for (int f = 0; f < frames.size(); f++) {
            SentenceFrame frame = frames.get(f);
            if (!opensWithABudget(frame)) {
                continue;
            }
            Optional<String> owner = owner(table, f == 0 ? null : frames.get(f - 1));
            if (owner.isEmpty()) {
                continue;
            }
            for (int i = frame.first + 1; i < frame.end - 1; i++) {
                if (!frame.tokens.token(i).is("from") || !weaponBefore(frame, i)) {
                    continue;
                }
                ActorGroup seller = sellerAt(frame, i + 1);
                if (seller == null) {
                    continue;
                }
                for (String key : seller.keys()) {
                    if (!lift.apply(key).equals(owner.get())) {
                        links.add(new LinkDraft(key, owner.get(), LinkKind.ARMS_TRANSFER, true, frame.sentence, i,
                                seller.end(), "budget-purchase", CONFIDENCE));
                    }
                }
            }
        }
        return links;
    }

    private static boolean opensWithABudget(SentenceFrame frame) {
        TokenizedBrief tokens = frame.tokens;
        if (!OPENERS.contains(tokens.token(frame.first).text())) {
            return false;
        }
        for (int i = frame.first + 1; i < Math.min(frame.end, frame.first + 1 + SUBJECT_WORDS); i++) {
            Token token = tokens.token(i);
            if (BUDGET_NOUNS.contains(token.text())) {
                return true;
            }
            if (!token.isLowerCase() && !token.isNumber()) {
                return false;
            }
        }
        return false;
    }

    /** The state of the sentence before's subject, or the state the brief is mostly about. */
    private Optional<String> owner(ActorTable table, SentenceFrame before) {
        if (before != null) {
            ActorGroup subject = before.subjectAt(before.clauseOf(before.first).end() - 1);
            if (subject != null && subject.keys().size() == 1) {
                String state = lift.apply(subject.keys().get(0));
                if (table.actor(state).map(actor -> actor.kind() == ActorKind.STATE).orElse(false)) {
                    return Optional.of(state);
                }
            }
        }
        return HomeState.of(table).map(ActorDraft::key);
    }

    private boolean weaponBefore(SentenceFrame frame, int from) {
        for (int i = from - 1; i >= Math.max(frame.first, from - WEAPON_REACH); i--) {
            if (words.namesWeapon(frame.tokens.token(i))) {
                return true;
            }
        }
        return false;
    }

    /** The group right after "from", or the company a state's possessive names there ("Norway's Kongsberg"). */
    private static ActorGroup sellerAt(SentenceFrame frame, int at) {
        ActorGroup group = frame.groupStartingAt(at);
        if (group != null && group.isPossessive()) {
            ActorGroup possessed = frame.groupStartingAt(group.end() + 1);
            return possessed != null ? possessed : group;
        }
        return group;
    }
}
