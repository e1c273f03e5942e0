package org.brieflens.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A military exercise, drill or training the brief states: who takes part, in which domain,
 * how often ("annual") and how it is trending ("tripled since 2021"). Figures that quantify
 * it (the tripling) are named in {@code figures}.
 */
public record Exercise(
        String id,
        String name,
        List<String> participants,
        ExerciseDomain domain,
        String frequency,
        String trend,
        List<String> figures,
        List<Evidence> evidence,
        Provenance provenance) {

    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(domain, "domain");
        participants = List.copyOf(participants);
        figures = List.copyOf(figures);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(provenance, "provenance");
    }

    public Optional<String> optionalName() {
        return Optional.ofNullable(name);
    }

    public Optional<String> optionalFrequency() {
        return Optional.ofNullable(frequency);
    }

    public Optional<String> optionalTrend() {
        return Optional.ofNullable(trend);
    }
}
