package org.brieflens.extract;

import java.util.List;

/**
 * The actors a trigger connects: its sources and targets, or (when {@code mutual}) a list of
 * actors related to each other pairwise ("a summit between A, B and C"); the tokens
 * {@code [first, end)} that state it; the rule that found them and how sure it is.
 */
record Arguments(List<String> sources, List<String> targets, boolean mutual, int first, int end, String rule,
        double confidence) {

    static final Arguments NONE = new Arguments(List.of(), List.of(), false, 0, 0, "none", 0);

    Arguments {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    static Arguments mutual(List<String> actors, int first, int end, String rule, double confidence) {
        return new Arguments(actors, List.of(), true, first, end, rule, confidence);
    }

    boolean isEmpty() {
        return mutual ? sources.size() < 2 : sources.isEmpty() || targets.isEmpty();
    }
}
