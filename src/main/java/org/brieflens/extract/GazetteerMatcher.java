package org.brieflens.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.brieflens.model.ActorKind;

/**
 * Finds the gazetteer's actors in the text, longest match first, so that "South China Sea" is a
 * place and not China, and "Japan Maritime Self-Defense Force" is one force. An ambiguous surface
 * that needs support ("Washington", "Korean") is kept only when the brief also names its actor
 * unambiguously. Named exercises are noted for the exercise stage.
 */
final class GazetteerMatcher {
    private record Found(Surface surface, int first, int end) {
    }

    /** What joins companies named together: "BAE Systems, Leonardo and", "Rolls-Royce with IHI". */
    private static final Set<String> COMPANY_JOINERS = Set.of(",", "and", "with", "&");
    /** How long a word in capitals must be to be read as a demonym shouted: "CHINESE", not "US". */
    private static final int SHOUTED_MIN = 4;
    private static final Set<String> LIST_JOINERS = Set.of(",", "and", "or");
    /** Words before a capital that make it a place, not a government: "in Washington, which he left". */
    private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "near", "outside", "to", "from");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");

    /** Words after which a name stands for an actor: "approved by Washington", "talks with Washington". */
    private static final Set<String> ACTOR_BEFORE = Set.of("by", "with", "from", "against", "and",
            // "accused Washington of", "urged Moscow to": the one addressed is its government.
            "accused", "accusing", "accuses", "urged", "urging", "urges", "warned", "warning", "warns", "criticised",
            "criticized", "condemned", "blamed", "pressed", "summoned", "rebuked", "thanked", "lobbied",
            // "asked Washington to rotate F-35s", "told Moscow": the one asked is its government too.
            "asked", "asking", "asks", "told", "tells", "invited", "invites");
    /** Verbs after which a name is a clause's subject: "Washington has pledged". */
    private static final Set<String> VERBS = Set.of("said", "says", "has", "have", "had", "will", "would", "is", "was",
            "can", "could", "should", "must", "may", "might", "did", "does", "wants", "plans", "sees");
    private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");
    /** The longest aside between a subject and its verb: "Washington, for its part, has offered". */
    private static final int ASIDE_WORDS = 6;

    private final Gazetteer gazetteer;

    GazetteerMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * "CHINESE ships on Sunday fired water cannons": a story's first word written in capitals is
     * a demonym when its usual spelling is one; an acronym such as "NATO" matches as it stands.
     */
    private PhraseIndex.Match<Surface> shoutedDemonym(TokenizedBrief tokens, int i, int end) {
        Token token = tokens.token(i);
        String text = token.text();
        if (i != tokens.firstOf(tokens.token(i).sentence()) || !token.isAllCaps() || text.length() < SHOUTED_MIN || i + 1 >= end
                || !tokens.token(i + 1).isLowerCase()) {
            return null;
        }
        String usual = text.charAt(0) + text.substring(1).toLowerCase(Locale.ROOT);
        PhraseIndex.Match<Surface> match = gazetteer.surfaces().longestAt(List.of(Token.of(0, usual, 0, 0, 0)), 0, 1);
        return match != null && match.value().form() == SurfaceForm.DEMONYM
                ? new PhraseIndex.Match<>(match.value(), i, i + 1) : null;
    }

    /** Adds the actors found to {@code table} and returns the named exercises found. */
    List<PhraseIndex.Match<Surface>> match(ActorTable table) {
        TokenizedBrief tokens = table.tokens();
        List<Found> found = new ArrayList<>();
        List<PhraseIndex.Match<Surface>> exercises = new ArrayList<>();
        for (int s = 0; s < tokens.sentenceCount(); s++) {
            int end = tokens.endOf(s);
            int i = tokens.firstOf(s);
            while (i < end) {
                PhraseIndex.Match<Surface> match = gazetteer.surfaces().longestAt(tokens.tokens(), i, end);
                if (match == null) {
                    match = shoutedDemonym(tokens, i, end);
                }
                if (match == null) {
                    i++;
                    continue;
                }
                if (match.value().form() == SurfaceForm.EXERCISE) {
                    exercises.add(match);
                } else if (match.value().namesActor()) {
                    found.add(new Found(match.value(), match.first(), match.end()));
                }
                i = match.end();
            }
        }
        Set<String> named = new HashSet<>();
        for (Found item : found) {
            if (!item.surface().needsSupport()) {
                KnownActor actor = item.surface().actor();
                named.add(actor.key());
                // "the FARDC ... Congo's Ituri province": a state's own force names the state, too.
                String home = actor.kind() == ActorKind.STATE ? null : actor.homeIso3() != null ? actor.homeIso3() : actor.iso3();
                if (home != null && !home.isEmpty()) {
                    named.add(KnownActor.keyOfState(home));
                }
            }
        }
        for (int index = 0; index < found.size(); index++) {
            Found item = found.get(index);
            if (item.surface().form() == SurfaceForm.CAPITAL && isDateline(tokens, item)) {
                continue;
            }
            KnownActor actor = chosen(item.surface(), named);
            if (actor == null && item.surface().ambiguity() == Surface.Ambiguity.ACTING && acts(tokens, item)) {
                actor = item.surface().actor();
            }
            if (actor == null && index > 0) {
                actor = ownedByItsHomeState(tokens, item, found.get(index - 1));
            }
            if (actor == null) {
                actor = besideACompany(tokens, found, index);
            }
            if (actor == null) {
                actor = besideAState(tokens, found, index);
            }
            if (actor == null) {
                actor = ownerOfATitle(tokens, item);
            }
            if (actor == null || table.isTaken(item.first(), item.end())) {
                continue;
            }
            double confidence = item.surface().needsSupport() ? 0.7 : 0.95;
            ActorDraft draft = table.add(ActorDraft.of(actor, "gazetteer", confidence));
            draft.addAlias(tokens.textOf(item.first(), item.end()));
            table.mention(draft, item.first(), item.end(), item.surface().form());
            if (actor.kind() == ActorKind.COMPANY || actor.kind() == ActorKind.ORGANISATION) {
                namesInside(table, item, draft);
            }
        }
        return exercises;
    }

    /**
     * "Israel Aerospace Industries", "China Coast Guard": a state or body named inside a
     * company's or force's own name is mentioned there too, as part of that name.
     */
    private void namesInside(ActorTable table, Found item, ActorDraft owner) {
        TokenizedBrief tokens = table.tokens();
        for (int i = item.first(); i < item.end(); i++) {
            // At the name's first word the whole name would match again: look for a shorter one.
            int limit = i == item.first() ? item.end() - 1 : item.end();
            if (i >= limit) {
                break;
            }
            PhraseIndex.Match<Surface> inner = gazetteer.surfaces().longestAt(tokens.tokens(), i, limit);
            if (inner == null || !inner.value().namesActor() || inner.value().needsSupport()) {
                continue;
            }
            KnownActor named = inner.value().actor();
            // "Stockholm International Peace Research Institute": a capital in the name of a body of
            // no state says where it sits, not which state it serves.
            boolean seat = inner.value().form() == SurfaceForm.CAPITAL && owner.affiliationKey() == null;
            // "the U.N. Security Council": a body of no state that opens another's name is named there;
            // a service or ministry inside another body's name is part of that name only.
            boolean internationalBody = named.kind() == ActorKind.ORGANISATION && named.homeIso3() == null
                    && inner.first() == item.first();
            if ((named.kind() != ActorKind.COMPANY && named.kind() != ActorKind.ORGANISATION || internationalBody)
                    && !named.key().equals(owner.key()) && !seat) {
                ActorDraft draft = table.add(ActorDraft.of(named, "named-inside-a-name", 0.8));
                table.mentionAlongside(draft, inner.first(), inner.end(), inner.value().form()).makePartOf(owner.key());
            }
            i = inner.end() - 1;
        }
    }

    /**
     * "Lusaka — Defence ministers met": a capital that opens a sentence before a dash says where
     * the item was written, not who acts in it.
     */
    private static boolean isDateline(TokenizedBrief tokens, Found item) {
        int sentence = tokens.token(item.first()).sentence();
        return item.first() == tokens.firstOf(sentence) && tokens.inSentence(item.end(), sentence)
                && DASHES.contains(tokens.token(item.end()).text());
    }

    /** "approved by Washington", "Washington pledged": a surface in the place of an actor, not "a Washington think tank". */
    private static boolean acts(TokenizedBrief tokens, Found item) {
        int sentence = tokens.token(item.first()).sentence();
        boolean agentBefore = tokens.inSentence(item.first() - 1, sentence)
                && ACTOR_BEFORE.contains(tokens.token(item.first() - 1).text());
        if (agentBefore) {
            return true;
        }
        if (!tokens.inSentence(item.end(), sentence)) {
            return false;
        }
        int verb = item.end();
        boolean place = tokens.inSentence(item.first() - 1, sentence) && PLACE_BEFORE.contains(tokens.token(item.first() - 1).text());
        if (!place && tokens.token(verb).is(",") && tokens.inSentence(verb + 2, sentence) && tokens.token(verb + 1).is("which")
                && tokens.token(verb + 2).isLowerCase() && !PRONOUNS.contains(tokens.token(verb + 2).text())) {
            // "Washington, which has paid for coastal radars": a relative clause says what it does
            // ("in Washington, which he left" is a place).
            return true;
        }
        if (item.first() == tokens.firstOf(sentence) && tokens.token(verb).is(",")) {
            // "Washington, for its part, has offered": the subject of a sentence, with an aside before its verb.
            int close = verb + 1;
            while (tokens.inSentence(close, sentence) && close - verb <= ASIDE_WORDS && !tokens.token(close).is(",")) {
                close++;
            }
            if (!tokens.inSentence(close, sentence) || !tokens.token(close).is(",")) {
                return false;
            }
            verb = close + 1;
        }
        if (!tokens.inSentence(verb, sentence)) {
            return false;
        }
        Token next = tokens.token(verb);
        if (next.is("and") && tokens.inSentence(verb + 1, sentence) && tokens.token(verb + 1).isCapitalised()
                && verb == item.end()) {
            // "Washington and Seoul will resume": a capital coordinated with another name, as a subject.
            return item.first() == tokens.firstOf(sentence);
        }
        return next.isLowerCase() && (VERBS.contains(next.text()) || next.text().endsWith("ed"));
    }

    /**
     * "Norway's Kongsberg": an ambiguous company name right after its own home state's possessive
     * is the company, not the town or the surname.
     */
    /**
     * "BAE Systems, Leonardo and ...", "developed by Rolls-Royce with IHI": an ambiguous company
     * name listed with, or working "with", a company named plainly is that company.
     */
    private static KnownActor besideACompany(TokenizedBrief tokens, List<Found> found, int index) {
        return besideOneOfItsKind(tokens, found, index, ActorKind.COMPANY, COMPANY_JOINERS);
    }

    /** "Egypt and Jordan", "Jordan, Lebanon and Iraq": an ambiguous state name listed with a plainly named state is that state. */
    private static KnownActor besideAState(TokenizedBrief tokens, List<Found> found, int index) {
        return besideOneOfItsKind(tokens, found, index, ActorKind.STATE, LIST_JOINERS);
    }

    /** The candidate of {@code kind} of an ambiguous name joined by one of {@code joiners} to a plain name of that kind. */
    private static KnownActor besideOneOfItsKind(TokenizedBrief tokens, List<Found> found, int index, ActorKind kind,
            Set<String> joiners) {
        Found item = found.get(index);
        KnownActor candidate = item.surface().candidates().stream().filter(actor -> actor.kind() == kind).findFirst()
                .orElse(null);
        if (candidate == null) {
            return null;
        }
        // Names are found in text order: the neighbours are the names just before and after.
        for (int other = Math.max(0, index - 1); other <= Math.min(found.size() - 1, index + 1); other++) {
            Found next = found.get(other);
            boolean plain = other != index && !next.surface().needsSupport() && next.surface().actor() != null
                    && next.surface().actor().kind() == kind;
            boolean before = next.end() + 1 == item.first() && joiners.contains(tokens.token(next.end()).text());
            boolean after = item.end() + 1 == next.first() && joiners.contains(tokens.token(item.end()).text());
            if (plain && (before || after)) {
                return candidate;
            }
        }
        return null;
    }

    /** "Jordan's King Abdullah II", "Jordan's foreign minister": a name whose title follows is a state's. */
    private KnownActor ownerOfATitle(TokenizedBrief tokens, Found item) {
        int sentence = tokens.token(item.first()).sentence();
        if (!tokens.inSentence(item.end() + 1, sentence) || !tokens.token(item.end()).is("'s")
                || gazetteer.titles().longestAt(tokens.tokens(), item.end() + 1, tokens.endOf(sentence)) == null) {
            return null;
        }
        return item.surface().candidates().stream().filter(candidate -> candidate.kind() == ActorKind.STATE)
                .findFirst().orElse(null);
    }

    /** {@code owner} is the name found just before {@code item}: names are found in text order. */
    private static KnownActor ownedByItsHomeState(TokenizedBrief tokens, Found item, Found owner) {
        int sentence = tokens.token(item.first()).sentence();
        if (item.first() < 2 || !tokens.inSentence(item.first() - 2, sentence)
                || !tokens.token(item.first() - 1).is("'s")) {
            return null;
        }
        KnownActor state = owner.surface().actor();
        if (owner.end() != item.first() - 1 || owner.surface().needsSupport() || state.kind() != ActorKind.STATE) {
            return null;
        }
        return item.surface().candidates().stream()
                .filter(candidate -> candidate.kind() == ActorKind.COMPANY && state.iso3().equals(candidate.homeIso3()))
                .findFirst().orElse(null);
    }

    private static KnownActor chosen(Surface surface, Set<String> named) {
        if (!surface.needsSupport()) {
            return surface.actor();
        }
        for (KnownActor candidate : surface.candidates()) {
            if (named.contains(candidate.key())) {
                return candidate;
            }
        }
        return null;
    }
}
