package org.brieflens.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the gazetteer's actors in the text, longest match first, so that "South China Sea" is a
 * place and not China, and "Japan Maritime Self-Defense Force" is one force. An ambiguous surface
 * that needs support ("Washington", "Korean") is kept only when the brief also names its actor
 * unambiguously. Named exercises are noted for the exercise stage.
 */
final class GazetteerMatcher {
    private record Found(Surface surface, int first, int end) {
    }

    private final Gazetteer gazetteer;

    GazetteerMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
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
                named.add(item.surface().actor().key());
            }
        }
        for (Found item : found) {
            KnownActor actor = chosen(item.surface(), named);
            if (actor == null || table.isTaken(item.first(), item.end())) {
                continue;
            }
            double confidence = item.surface().needsSupport() ? 0.7 : 0.95;
            ActorDraft draft = table.add(ActorDraft.of(actor, "gazetteer", confidence));
            draft.addAlias(tokens.textOf(item.first(), item.end()));
            table.mention(draft, item.first(), item.end(), item.surface().form());
        }
        return exercises;
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
