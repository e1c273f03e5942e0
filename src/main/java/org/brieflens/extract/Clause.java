package org.brieflens.extract;

/**
 * A stretch of a sentence in which one subject acts: tokens {@code [first, end)}. A relative
 * clause ("which ...") takes its subject from the words before it; a participial clause
 * (", recently blocking ...", ", including ...") keeps the subject of the clause before it.
 */
record Clause(int first, int end, Kind kind) {

    enum Kind {
        MAIN, RELATIVE, PARTICIPIAL
    }

    boolean contains(int token) {
        return token >= first && token < end;
    }
}
