package org.brieflens.extract;

import java.util.List;

/**
 * One way a gazetteer entry is written. A surface that can mean more than one thing carries its
 * policy: taken when no longer phrase wins ({@link Ambiguity#LONGEST}), only when the brief
 * names the same actor unambiguously elsewhere ({@link Ambiguity#SUPPORTED}), or also where it
 * acts, as a clause's subject or after "by" ({@link Ambiguity#ACTING}); a surface with
 * several candidate actors ("Korean") takes the first of them the brief names.
 */
public record Surface(String text, SurfaceForm form, List<KnownActor> candidates, Ambiguity ambiguity,
        String exerciseName) {

    public enum Ambiguity {
        NONE, LONGEST, SUPPORTED, ACTING
    }

    public Surface {
        candidates = List.copyOf(candidates);
    }

    public KnownActor actor() {
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    public boolean namesActor() {
        return form != SurfaceForm.PLACE && form != SurfaceForm.EXERCISE && !candidates.isEmpty();
    }

    public boolean needsSupport() {
        return ambiguity == Ambiguity.SUPPORTED || ambiguity == Ambiguity.ACTING;
    }
}
