package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.brieflens.model.ActorKind;

/**
 * Definite common nouns that refer to an actor named elsewhere in the brief, made mentions of
 * it: "the alliance" (the one alliance the brief names), "the bloc" (the grouping or alliance
 * named last), "the group" (the body without a state, or the grouping, named last), "the
 * kingdom" (the kingdom named last), "the country" (the state named last, in this sentence or the
 * one before) and "the North" or "the South" (the one state named "North ..." or "South ...").
 */
final class DefiniteReferences {
    /** How far back "the country" looks for its state, in sentences: further back it is vague. */
    private static final int COUNTRY_REACH = 1;
    /** How far back the others look, in sentences. */
    private static final int REACH = 12;

    private record Resolved(ActorDraft referent, int token) {
    }

    private final Gazetteer gazetteer;

    DefiniteReferences(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void resolve(ActorTable table) {
        Map<String, BiPredicate<ActorDraft, Integer>> lastNamed = Map.of(
                "bloc", (actor, sentences) -> actor.kind() == ActorKind.GROUPING || actor.kind() == ActorKind.ALLIANCE,
                "group", (actor, sentences) -> actor.kind() == ActorKind.GROUPING
                        || actor.kind() == ActorKind.ORGANISATION && actor.affiliationKey() == null,
                "kingdom", (actor, sentences) -> actor.kind() == ActorKind.STATE && gazetteer.isKingdom(actor.key()),
                "country", (actor, sentences) -> actor.kind() == ActorKind.STATE && sentences <= COUNTRY_REACH);
        ActorDraft onlyAlliance = only(table, actor -> actor.kind() == ActorKind.ALLIANCE);
        ActorDraft north = only(table, actor -> actor.kind() == ActorKind.STATE && actor.name().startsWith("North "));
        ActorDraft south = only(table, actor -> actor.kind() == ActorKind.STATE && actor.name().startsWith("South "));
        TokenizedBrief tokens = table.tokens();
        // Resolved first and recorded after, so that the table's mentions are sorted once.
        List<Resolved> resolved = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.token(i);
            if (table.mentionAt(i) != null || !tokens.token(i - 1).isIgnoringCase("the")
                    || tokens.token(i - 1).sentence() != token.sentence()) {
                continue;
            }
            ActorDraft referent = switch (token.text()) {
                case "alliance" -> onlyAlliance;
                case "North" -> north;
                case "South" -> south;
                default -> lastNamed.containsKey(token.text()) ? lastBefore(table, i, lastNamed.get(token.text())) : null;
            };
            if (referent != null && !followedByName(tokens, i)) {
                resolved.add(new Resolved(referent, i));
            }
        }
        resolved.forEach(item -> table.mention(item.referent(), item.token(), item.token() + 1, SurfaceForm.NAME));
    }

    /** "the North Atlantic", "the South China Sea": a capitalised word after "North" makes it a name. */
    private static boolean followedByName(TokenizedBrief tokens, int i) {
        return i + 1 < tokens.size() && tokens.token(i + 1).isCapitalised()
                && tokens.token(i + 1).sentence() == tokens.token(i).sentence();
    }

    private static ActorDraft only(ActorTable table, Predicate<ActorDraft> test) {
        List<ActorDraft> found = table.actors().stream().filter(actor -> !actor.mentions().isEmpty()).filter(test).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The actor passing {@code test} whose mention ends last before token {@code at}, with its distance in sentences. */
    private static ActorDraft lastBefore(ActorTable table, int at, BiPredicate<ActorDraft, Integer> test) {
        TokenizedBrief tokens = table.tokens();
        int sentence = tokens.token(at).sentence();
        for (int s = sentence; s >= Math.max(0, sentence - REACH); s--) {
            List<Mention> mentions = table.mentionsIn(s);
            for (int k = mentions.size() - 1; k >= 0; k--) {
                Mention mention = mentions.get(k);
                if (mention.end() > at || mention.isPartOfAnother()) {
                    continue;
                }
                ActorDraft actor = table.actor(mention.actorKey()).orElse(null);
                if (actor != null && test.test(actor, sentence - s)) {
                    return actor;
                }
            }
        }
        return null;
    }
}
