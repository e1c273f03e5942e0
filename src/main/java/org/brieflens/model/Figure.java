package org.brieflens.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A number the brief states. {@code value} is in base units ("$5 billion" is 5e9, "18%" is
 * 18); {@code label} is the text as written. {@code measure} is what it quantifies. A figure
 * that changed from an earlier value names that earlier figure in {@code previous}
 * ("42%, up from 28%"). {@code qualifier} keeps "at least", "more than", "up to".
 */
public record Figure(
        String id,
        String label,
        double value,
        Unit unit,
        String measure,
        List<String> actors,
        Integer year,
        Integer baselineYear,
        String period,
        String qualifier,
        String previous,
        List<Evidence> evidence,
        Provenance provenance) {

    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(measure, "measure");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a figure's value must be finite: " + value);
        }
        actors = List.copyOf(actors);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(provenance, "provenance");
    }

    public Optional<Integer> optionalYear() {
        return Optional.ofNullable(year);
    }

    public Optional<Integer> optionalBaselineYear() {
        return Optional.ofNullable(baselineYear);
    }

    public Optional<String> optionalPeriod() {
        return Optional.ofNullable(period);
    }

    public Optional<String> optionalQualifier() {
        return Optional.ofNullable(qualifier);
    }

    public Optional<String> optionalPrevious() {
        return Optional.ofNullable(previous);
    }
}
