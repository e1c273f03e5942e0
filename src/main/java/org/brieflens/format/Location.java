package org.brieflens.format;

/** A 1-based line and column in a JSON document. */
public record Location(int line, int column) {
}
