package org.brieflens.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A brief as read: its title, where it came from, an optional date ("2024", "2024-06" or
 * "2024-11-14"), the verbatim text and the spans of its sentences.
 */
public record Brief(String title, String source, String date, String text, List<Span> sentences) {
    public Brief {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        source = source == null ? "" : source;
        sentences = List.copyOf(sentences);
    }

    public Optional<String> optionalDate() {
        return Optional.ofNullable(date);
    }

    public String sentenceText(int index) {
        Span span = sentences.get(index);
        return text.substring(span.start(), span.end());
    }

    public String textOf(Evidence evidence) {
        return text.substring(evidence.start(), evidence.end());
    }

    /** The index of the sentence holding {@code offset}, or -1 if it lies between sentences. */
    public int sentenceAt(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Span span = sentences.get(mid);
            if (offset < span.start()) {
                high = mid - 1;
            } else if (offset >= span.end()) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
