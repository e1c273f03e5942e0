package org.brieflens.view.overview;

/** A state of the brief on the world map: which actor, its ISO 3166 alpha-3 code, its role. */
public record MapState(String actorId, String name, String iso3, StateRole role) {
}
