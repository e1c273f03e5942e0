package org.brieflens.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.brieflens.model.ExerciseDomain;

/** An exercise as the exercise stage builds it up from the sentences that state it. */
final class ExerciseDraft {
    /** One place the brief states the exercise: tokens {@code [first, end)} of a sentence. */
    record Place(int sentence, int first, int end) {
    }

    String name;
    String baseName;
    final Set<String> participants = new LinkedHashSet<>();
    /** The groups of participants each sentence names, by sentence, for the co-participant links. */
    final Map<Integer, List<Joined>> joinedAt = new LinkedHashMap<>();
    private final Map<String, Integer> firstNamedIn = new LinkedHashMap<>();

    /**
     * Participants named together. Those an exercise is held "with" ("exercises with French and
     * Italian naval forces") and a host's guests each train with the subject or host, not
     * necessarily with each other.
     */
    record Joined(List<String> keys, boolean together) {
    }
    ExerciseDomain domain = ExerciseDomain.GENERAL;
    String frequency;
    String trend;
    final List<FigureDraft> figures = new ArrayList<>();
    final List<Place> evidence = new ArrayList<>();
    String host;
    /** Those who host it beside {@link #host}: "SENAN and SOUTHCOM will co-host". */
    final Set<String> coHosts = new LinkedHashSet<>();
    Place hostEvidence;
    final String rule;
    final double confidence;

    ExerciseDraft(String name, String rule, double confidence) {
        this.name = name;
        this.baseName = name;
        this.rule = rule;
        this.confidence = confidence;
    }

    /** Participants that sentence {@code sentence} names together. */
    void join(int sentence, Collection<String> keys) {
        join(sentence, keys, true);
    }

    /** Participants that sentence {@code sentence} names as those the exercise is held with, or as guests. */
    void joinAsPartners(int sentence, Collection<String> keys) {
        join(sentence, keys, false);
    }

    private void join(int sentence, Collection<String> keys, boolean together) {
        addGuests(sentence, keys);
        joinedAt.computeIfAbsent(sentence, unused -> new ArrayList<>()).add(new Joined(List.copyOf(keys), together));
    }

    /** Participants that sentence {@code sentence} names as the host's guests, apart from any others. */
    void addGuests(int sentence, Collection<String> keys) {
        participants.addAll(keys);
        keys.forEach(key -> firstNamedIn.putIfAbsent(key, sentence));
    }

    /** The sentence that first names participant {@code key} as taking part, or -1. */
    int firstNamedIn(String key) {
        return firstNamedIn.getOrDefault(key, -1);
    }

    int lastSentence() {
        return evidence.isEmpty() ? -1 : evidence.get(evidence.size() - 1).sentence();
    }
}
