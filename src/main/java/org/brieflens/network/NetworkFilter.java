package org.brieflens.network;

import java.util.EnumSet;
import java.util.Set;

import org.brieflens.model.ActorKind;
import org.brieflens.model.Link;
import org.brieflens.model.LinkFamily;
import org.brieflens.model.LinkKind;
import org.brieflens.model.Provenance;

/**
 * Which actors and links the network shows. A link passes if its family and kind are shown,
 * its evidence has at least {@code minEvidence} sentences, if it is derived from another link,
 * derived links are shown and, if the extractor is less sure of it than {@link Provenance#SURE},
 * less sure links are shown. Structure (listed members, affiliations) has no sentence of its own
 * and follows {@code structure} alone. An actor passes if its kind is shown and, unless
 * {@code unlinkedActors}, some shown edge touches it.
 */
public record NetworkFilter(
        Set<LinkFamily> families,
        Set<LinkKind> linkKinds,
        Set<ActorKind> actorKinds,
        int minEvidence,
        boolean derivedLinks,
        boolean lessSureLinks,
        boolean structure,
        boolean unlinkedActors) {

    public static final NetworkFilter ALL = new NetworkFilter(EnumSet.allOf(LinkFamily.class),
            EnumSet.allOf(LinkKind.class), EnumSet.allOf(ActorKind.class), 1, true, true, true, false);

    public NetworkFilter {
        families = Set.copyOf(families);
        linkKinds = Set.copyOf(linkKinds);
        actorKinds = Set.copyOf(actorKinds);
        if (minEvidence < 0) {
            throw new IllegalArgumentException("minEvidence must not be negative: " + minEvidence);
        }
    }

    public boolean showsLink(Link link) {
        return families.contains(link.family()) && linkKinds.contains(link.kind()) && link.evidence().size() >= minEvidence
                && (derivedLinks || !link.isDerived()) && (lessSureLinks || link.provenance().isSure());
    }

    public NetworkFilter withFamilies(Set<LinkFamily> value) {
        return new NetworkFilter(value, linkKinds, actorKinds, minEvidence, derivedLinks, lessSureLinks, structure, unlinkedActors);
    }

    public NetworkFilter withLinkKinds(Set<LinkKind> value) {
        return new NetworkFilter(families, value, actorKinds, minEvidence, derivedLinks, lessSureLinks, structure, unlinkedActors);
    }

    public NetworkFilter withActorKinds(Set<ActorKind> value) {
        return new NetworkFilter(families, linkKinds, value, minEvidence, derivedLinks, lessSureLinks, structure, unlinkedActors);
    }

    public NetworkFilter withMinEvidence(int value) {
        return new NetworkFilter(families, linkKinds, actorKinds, value, derivedLinks, lessSureLinks, structure, unlinkedActors);
    }

    public NetworkFilter withDerivedLinks(boolean value) {
        return new NetworkFilter(families, linkKinds, actorKinds, minEvidence, value, lessSureLinks, structure, unlinkedActors);
    }

    public NetworkFilter withLessSureLinks(boolean value) {
        return new NetworkFilter(families, linkKinds, actorKinds, minEvidence, derivedLinks, value, structure, unlinkedActors);
    }

    public NetworkFilter withStructure(boolean value) {
        return new NetworkFilter(families, linkKinds, actorKinds, minEvidence, derivedLinks, lessSureLinks, value, unlinkedActors);
    }

    public NetworkFilter withUnlinkedActors(boolean value) {
        return new NetworkFilter(families, linkKinds, actorKinds, minEvidence, derivedLinks, lessSureLinks, structure, value);
    }
}
