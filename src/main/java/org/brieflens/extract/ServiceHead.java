package org.brieflens.extract;

/**
 * The head of an armed service's or ministry's name ("Navy", "coast guard", "Defence Ministry"),
 * which names an organisation of the state written before it. A head that may stand alone ("the
 * Cabinet", "the Navy") names the body of the brief's home state when no state is written.
 */
public record ServiceHead(String name, boolean standsAlone) {
}
