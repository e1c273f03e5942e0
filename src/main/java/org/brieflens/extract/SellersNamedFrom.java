package org.brieflens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.brieflens.model.ActorKind;
import org.brieflens.model.LinkKind;

/**
 * Sellers named after "from" a weapon, in a sentence whose buyer is known: the one buyer the
 * sentence's other arms links name ("Guyana is buying: two aircraft from India's HAL, and four
 * vessels from the Dutch shipbuilder Damen"), or the state a budget belongs to, which the
 * sentence leaves unsaid ("The budget sets aside A$1.9 billion for missiles from Norway's
 * Kongsberg"): the state the sentence before was about (its subject's state) or, failing that,
 * the state the brief is mostly about. Each such seller sells to the buyer.
 */
final class SellersNamedFrom {
    private static final Set<String> BUDGET_NOUNS = Set.of("budget", "budgets", "package", "bill", "allocation",
            "request", "plan", "spending");
    private static final Set<String> HANDED = Set.of("delivered", "handed", "sold", "transferred", "shipped");
    private static final Set<String> OPENERS = Set.of("The", "This", "Its", "Next", "That");
    /** How many words a budget noun may stand from the sentence's start: "The 2026 defence budget". */
    private static final int SUBJECT_WORDS = 4;
    /** How many words may stand between a weapon and "from": "missiles ordered from", "vehicles built from". */
    private static final int WEAPON_REACH = 4;
    private static final double CONFIDENCE = 0.45;
    /** How many words may describe a seller before its name: "the Dutch shipbuilder", "India's state-owned". */
    private static final int DESCRIPTION_WORDS = 4;

    private final LinkWords words = LinkWords.get();
    private final Function<String, String> lift;

    SellersNamedFrom(Function<String, String> lift) {
        this.lift = lift;
    }

    /** "Ankara is interested in buying 40 Typhoons, built by ...": no one holds what is only wanted. */
    private boolean hedgedBefore(SentenceFrame frame, int at) {
        for (int i = frame.clauseOf(at).first(); i < at; i++) {
            if (words.hedgeAt(frame.tokens.tokens(), i, at)) {
                return true;
            }
        }
        return false;
    }

    /** The links to add to {@code found}, the links found so far. */
    List<LinkDraft> find(ActorTable table, List<SentenceFrame> frames, List<LinkDraft> found) {
        List<LinkDraft> links = new ArrayList<>();
        Map<Integer, Set<String>> buyers = new HashMap<>();
        Set<String> stated = new HashSet<>();
        Set<String> exercising = new HashSet<>();
        for (LinkDraft link : found) {
            if (link.kind() == LinkKind.ARMS_TRANSFER) {
                buyers.computeIfAbsent(link.sentence(), sentence -> new HashSet<>()).add(link.target());
                stated.add(link.sentence() + " " + link.source() + " " + link.target());
            } else if (link.kind() == LinkKind.JOINT_EXERCISE) {
                exercising.add(link.sentence() + " " + link.source() + " " + link.target());
                exercising.add(link.sentence() + " " + link.target() + " " + link.source());
            }
        }
        for (int f = 0; f < frames.size(); f++) {
            SentenceFrame frame = frames.get(f);
            Set<String> named = buyers.getOrDefault(frame.sentence, Set.of());
            Optional<String> owner = named.size() == 1 ? named.stream().findFirst() : Optional.empty();
            String rule = "seller-from";
            if (owner.isEmpty() && opensWithABudget(frame)) {
                owner = owner(table, f == 0 ? null : frames.get(f - 1));
                rule = "budget-purchase";
            }
            String budgetOwner = owner.isEmpty() ? possessedBudget(frame) : null;
            if (budgetOwner != null) {
                // "Indonesia's 2027 defence budget pays for two frigates from Türkiye's TAIS".
                owner = Optional.of(budgetOwner);
                rule = "budget-purchase";
            }
            for (int i = frame.first + 1; i < frame.end - 1; i++) {
                boolean from = frame.tokens.token(i).is("from") && weaponBefore(frame, i);
                boolean madeBy = !from && frame.tokens.token(i).is("by") && madeBefore(frame, i);
                if (!from && !madeBy) {
                    continue;
                }
                ActorGroup seller = sellerAt(frame, i + 1);
                List<String> holders = owner.isPresent() ? List.of(owner.get()) : holder(frame, i, seller);
                if (seller == null || holders.isEmpty() || hedgedBefore(frame, i)) {
                    continue;
                }
                String how = owner.isPresent() ? rule : madeBy ? "made-by" : "holder-from";
                for (String key : seller.keys()) {
                    for (String buyer : holders) {
                        // A sale the sentence's own trigger already found is not stated twice.
                        // "will host Coral Shield with fighters from Japan": aircraft a partner brings to an
                        // exercise are no sale.
                        if (!lift.apply(key).equals(lift.apply(buyer))
                                && !stated.contains(frame.sentence + " " + key + " " + buyer)
                                && !exercising.contains(frame.sentence + " " + key + " " + buyer)) {
                            links.add(new LinkDraft(key, buyer, LinkKind.ARMS_TRANSFER, true, frame.sentence, i,
                                    seller.end(), how, CONFIDENCE));
                        }
                    }
                }
            }
        }
        return links;
    }

    /**
     * Who holds arms named with their seller, where no trigger names a buyer: one they are handed
     * "to" ("handed over to the Pakistan Navy by CSSC"), the subject of the clause ("Saudi Arabia
     * has agreed to buy 48 Typhoons from a consortium led by BAE Systems"), or the possessor that
     * opens it ("Germany's Arrow 3 system, bought from Israel Aerospace Industries").
     */
    private static List<String> holder(SentenceFrame frame, int at, ActorGroup seller) {
        if (seller == null) {
            return List.of();
        }
        // "were handed over to the Pakistan Navy by": the one handed to, named right before "by".
        ActorGroup handedTo = frame.tokens.token(at).is("by") ? frame.recipientBefore(at) : null;
        ActorGroup named = handedTo == null ? null : frame.lastGroupBefore(at);
        ActorGroup recipient = named != null && named.end() == at && named.first() >= handedTo.first() ? named : null;
        ActorGroup subject = recipient != null ? recipient : frame.subjectAt(at);
        if (subject == null) {
            Clause clause = frame.clauseOf(at);
            ActorGroup opening = frame.firstGroupIn(clause.first(), at);
            subject = opening != null && opening.isPossessive() ? opening : null;
        }
        if (subject == null || subject == seller || subject.keys().stream().anyMatch(seller.keys()::contains)) {
            return List.of();
        }
        return subject.keys();
    }

    /** "frigates built by", "missiles supplied by", "were handed over to the navy by": arms made or handed by someone. */
    private boolean madeBefore(SentenceFrame frame, int by) {
        for (int i = by - 1; i >= Math.max(frame.first, by - 6); i--) {
            Token token = frame.tokens.token(i);
            if (MadeAbroad.MADE.contains(token.text()) || HANDED.contains(token.text())) {
                return weaponBefore(frame, i);
            }
            if (token.is(",") || token.is(";")) {
                return false;
            }
        }
        return false;
    }

    /** The one state whose budget, in the possessive, opens the sentence: "Indonesia's 2027 defence budget"; or null. */
    private static String possessedBudget(SentenceFrame frame) {
        ActorGroup opening = frame.groupStartingAt(frame.first);
        if (opening == null || !opening.isPossessive() || opening.keys().size() != 1 || !frame.isStates(opening)) {
            return null;
        }
        TokenizedBrief tokens = frame.tokens;
        for (int i = opening.end() + 1; i < Math.min(frame.end, opening.end() + 1 + SUBJECT_WORDS); i++) {
            Token token = tokens.token(i);
            if (BUDGET_NOUNS.contains(token.text())) {
                return opening.keys().get(0);
            }
            if (!token.isLowerCase() && !token.isNumber()) {
                return null;
            }
        }
        return null;
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

    /** Whether only an article, lowercase words and mentions that are part of the seller's stand before it. */
    private static boolean describedBetween(SentenceFrame frame, int from, int to) {
        for (int i = from; i < to; i++) {
            Token token = frame.tokens.token(i);
            boolean partOfSeller = frame.isInMention(i) || token.is("'s") || token.is("-");
            if (!token.isLowerCase() && !partOfSeller) {
                return false;
            }
        }
        return true;
    }

    private boolean weaponBefore(SentenceFrame frame, int from) {
        for (int i = from - 1; i >= Math.max(frame.first, from - WEAPON_REACH); i--) {
            if (words.namesWeapon(frame.tokens.token(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The group right after "from", or the company a state's possessive names there ("Norway's
     * Kongsberg"), or the one its description leads to ("from the Dutch shipbuilder Damen").
     */
    private static ActorGroup sellerAt(SentenceFrame frame, int at) {
        ActorGroup group = frame.groupAfter(at, DESCRIPTION_WORDS);
        if (group != null && group.first() > at && !describedBetween(frame, at, group.first())) {
            return null;
        }
        if (group != null && group.isPossessive()) {
            ActorGroup possessed = frame.groupAfter(group.end() + 1, DESCRIPTION_WORDS);
            return possessed != null && describedBetween(frame, group.end() + 1, possessed.first()) ? possessed : null;
        }
        return group;
    }
}
