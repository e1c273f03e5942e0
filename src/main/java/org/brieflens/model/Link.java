package org.brieflens.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A relation the brief states between two actors. Its family follows from its kind. A link
 * derived from another (an organisation's link counted for its state) names the link it
 * was derived from.
 */
public record Link(
        String id,
        String source,
        String target,
        LinkKind kind,
        boolean directed,
        List<Evidence> evidence,
        String derivedFrom,
        Provenance provenance) {

    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(provenance, "provenance");
    }

    public LinkFamily family() {
        return kind.family();
    }

    public Optional<String> optionalDerivedFrom() {
        return Optional.ofNullable(derivedFrom);
    }

    public boolean isDerived() {
        return derivedFrom != null;
    }

    public boolean touches(String actorId) {
        return source.equals(actorId) || target.equals(actorId);
    }

    /** The other end of this link seen from {@code actorId}. */
    public String otherEnd(String actorId) {
        return source.equals(actorId) ? target : source;
    }
}
