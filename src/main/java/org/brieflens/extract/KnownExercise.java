package org.brieflens.extract;

import org.brieflens.model.ExerciseDomain;

/** A named exercise series the gazetteer knows, with its usual domain and frequency. */
public record KnownExercise(String name, ExerciseDomain domain, String frequency) {
}
