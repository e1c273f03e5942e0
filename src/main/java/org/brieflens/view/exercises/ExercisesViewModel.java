package org.brieflens.view.exercises;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectProperty;

import org.brieflens.model.Exercise;
import org.brieflens.model.ExerciseDomain;
import org.brieflens.model.Figure;
import org.brieflens.model.ModelIndex;
import org.brieflens.model.UnitKind;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.view.common.DerivedContent;
import org.brieflens.view.common.EvidenceText;
import org.brieflens.view.common.FigureFormat;
import org.brieflens.view.common.Focus;
import org.brieflens.view.common.ItemDescriptions;

/**
 * What the Exercises tab shows, without nodes: how many exercises each partner and each domain
 * has, the trends the brief quantifies as an index over time, and a row per exercise.
 */
public final class ExercisesViewModel {
    /** The label of a trend's latest point when neither the figure nor the brief gives a year. */
    static final String NOW = "Now";

    /** Everything the tab draws for one model. */
    public record Content(List<PartnerCount> partners, List<DomainCount> domains, List<TrendSeries> trends,
            List<ExerciseRow> rows) {
        public Content {
            partners = List.copyOf(partners);
            domains = List.copyOf(domains);
            trends = List.copyOf(trends);
            rows = List.copyOf(rows);
        }
    }

    private final Workspace workspace;
    private final DerivedContent<Content> content;
    private final ReadOnlyObjectProperty<Focus> focus;

    public ExercisesViewModel(Workspace workspace) {
        this.workspace = workspace;
        this.focus = Focus.track(workspace);
        this.content = new DerivedContent<>(workspace, ExercisesViewModel::contentOf);
    }

    public ReadOnlyObjectProperty<Content> contentProperty() {
        return content.property();
    }

    public Content content() {
        return content.get();
    }

    public ReadOnlyObjectProperty<Focus> focusProperty() {
        return focus;
    }

    public void selectExercise(String id) {
        Selection selection = Selection.exercise(id);
        if (!selection.equals(workspace.selection())) {
            workspace.select(selection);
        }
    }

    static Content contentOf(ModelIndex index) {
        List<Exercise> exercises = index.model().exercises();
        return new Content(partners(index, exercises), domains(exercises), trends(index, exercises),
                exercises.stream().map(exercise -> row(index, exercise)).toList());
    }

    /** Partners by number of exercises, most first, then in the order the brief names them. */
    static List<PartnerCount> partners(ModelIndex index, List<Exercise> exercises) {
        Map<String, List<String>> byActor = new LinkedHashMap<>();
        for (Exercise exercise : exercises) {
            for (String actor : new LinkedHashSet<>(exercise.participants())) {
                byActor.computeIfAbsent(actor, id -> new ArrayList<>()).add(nameOf(exercise));
            }
        }
        List<PartnerCount> partners = new ArrayList<>();
        byActor.forEach((id, names) -> index.actor(id).ifPresent(actor ->
                partners.add(new PartnerCount(id, actor.name(), actor.kind(), names))));
        partners.sort(Comparator.comparingInt(PartnerCount::count).reversed());
        return partners;
    }

    /** Domains by number of exercises, most first. */
    static List<DomainCount> domains(List<Exercise> exercises) {
        Map<ExerciseDomain, List<Exercise>> byDomain = new EnumMap<>(ExerciseDomain.class);
        for (Exercise exercise : exercises) {
            byDomain.computeIfAbsent(exercise.domain(), domain -> new ArrayList<>()).add(exercise);
        }
        return byDomain.entrySet().stream()
                .map(entry -> new DomainCount(entry.getKey(),
                        entry.getValue().stream().map(Exercise::id).toList(),
                        entry.getValue().stream().map(ExercisesViewModel::nameOf).toList(),
                        entry.getValue().stream().flatMap(exercise -> exercise.participants().stream()).distinct().toList()))
                .sorted(Comparator.comparingInt(DomainCount::count).reversed())
                .toList();
    }

    /**
     * One series per multiple with a baseline year that an exercise names as its figure: the
     * baseline year is 1, and the figure's year (else the brief's, else "Now") the multiple.
     */
    static List<TrendSeries> trends(ModelIndex index, List<Exercise> exercises) {
        List<TrendSeries> trends = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Exercise exercise : exercises) {
            for (String figureId : exercise.figures()) {
                Optional<Figure> figure = index.figure(figureId)
                        .filter(candidate -> candidate.unit().kind() == UnitKind.MULTIPLE)
                        .filter(candidate -> candidate.baselineYear() != null);
                if (figure.isPresent() && seen.add(figureId)) {
                    trends.add(trend(index, exercise, figure.get()));
                }
            }
        }
        return trends;
    }

    private static TrendSeries trend(ModelIndex index, Exercise exercise, Figure figure) {
        String end = figure.optionalYear().map(String::valueOf)
                .or(() -> index.model().brief().optionalDate().map(date -> date.substring(0, 4)))
                .orElse(NOW);
        List<TrendSeries.Point> points = List.of(
                new TrendSeries.Point(String.valueOf(figure.baselineYear()), 1),
                new TrendSeries.Point(end, figure.value()));
        String description = ItemDescriptions.of(index, figure) + ": " + figure.baselineYear() + " = 1, " + end
                + " = " + FigureFormat.number(figure.value());
        return new TrendSeries(figure.id(), exercise.id(), ItemDescriptions.capitalised(figure.measure()), points,
                figure.actors(), description);
    }

    static ExerciseRow row(ModelIndex index, Exercise exercise) {
        String participants = exercise.participants().stream().map(index::nameOf).collect(Collectors.joining(", "));
        List<String> howOften = new ArrayList<>();
        exercise.optionalFrequency().ifPresent(howOften::add);
        exercise.optionalTrend().ifPresent(howOften::add);
        String source = exercise.evidence().isEmpty() ? ""
                : EvidenceText.plain(index.model().brief(), exercise.evidence().get(0));
        return new ExerciseRow(exercise.id(), nameOf(exercise), participants, exercise.domain().displayName(),
                howOften.isEmpty() ? "Not stated" : String.join("; ", howOften), source, exercise.participants());
    }

    static String nameOf(Exercise exercise) {
        return exercise.optionalName().orElse(exercise.domain().displayName() + " exercise");
    }
}
