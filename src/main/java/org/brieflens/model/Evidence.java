package org.brieflens.model;

/**
 * Where the brief says something: the sentence (0-based) and the character span in the
 * brief's text. Every actor mention, link, figure and exercise carries at least one.
 */
public record Evidence(int sentence, int start, int end) {
    public Evidence {
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence index must not be negative: " + sentence);
        }
        new Span(start, end);
    }

    public Span span() {
        return new Span(start, end);
    }
}
