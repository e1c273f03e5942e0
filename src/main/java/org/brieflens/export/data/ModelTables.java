package org.brieflens.export.data;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.brieflens.model.Actor;
import org.brieflens.model.Brief;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Evidence;
import org.brieflens.model.Exercise;
import org.brieflens.model.Figure;
import org.brieflens.model.Link;
import org.brieflens.model.ModelEvidence;
import org.brieflens.model.ModelIndex;

/**
 * The model as four CSV tables for a spreadsheet: actors, links, figures and exercises, one
 * row each, with ids to join them, names to read them, and the numbers of the sentences behind
 * them (1-based, as the PDF and the Source view number them). Lists within a field are
 * separated by semicolons.
 */
public final class ModelTables {
    private static final String LIST = "; ";

    /** One table: its name (the file's, without ".csv") and how to write it. */
    public record Table(String name, Writer writer) {
    }

    /** Writes one table of a model. */
    @FunctionalInterface
    public interface Writer {
        void write(BriefModel model, OutputStream out) throws IOException;
    }

    private ModelTables() {
    }

    public static List<Table> all() {
        return List.of(new Table("actors", ModelTables::actors), new Table("links", ModelTables::links),
                new Table("figures", ModelTables::figures), new Table("exercises", ModelTables::exercises));
    }

    public static void actors(BriefModel model, OutputStream out) throws IOException {
        ModelIndex index = ModelIndex.of(model);
        CsvWriter csv = CsvWriter.start(out, List.of("id", "name", "kind", "iso3", "aliases", "affiliation",
                "member_of", "members", "mentions", "links", "sentences"));
        for (Actor actor : model.actors()) {
            csv.row(List.of(actor.id(), actor.name(), actor.kind().jsonName(), text(actor.iso3()),
                    String.join(LIST, actor.aliases()), actor.optionalAffiliation().map(index::nameOf).orElse(""),
                    names(index, actor.memberOf()), names(index, actor.members()),
                    Integer.toString(actor.mentions().size()), Integer.toString(index.linksOf(actor.id()).size()),
                    sentences(actor.mentions())));
        }
        csv.finish();
    }

    public static void links(BriefModel model, OutputStream out) throws IOException {
        ModelIndex index = ModelIndex.of(model);
        CsvWriter csv = CsvWriter.start(out, List.of("id", "source", "source_name", "target", "target_name", "kind",
                "family", "directed", "evidence_count", "derived_from", "sentences", "quote"));
        for (Link link : model.links()) {
            csv.row(List.of(link.id(), link.source(), index.nameOf(link.source()), link.target(),
                    index.nameOf(link.target()), link.kind().jsonName(), link.family().jsonName(),
                    Boolean.toString(link.directed()), Integer.toString(link.evidence().size()),
                    text(link.derivedFrom()), sentences(link.evidence()), quote(model.brief(), link.evidence())));
        }
        csv.finish();
    }

    public static void figures(BriefModel model, OutputStream out) throws IOException {
        ModelIndex index = ModelIndex.of(model);
        CsvWriter csv = CsvWriter.start(out, List.of("id", "label", "value", "unit", "measure", "actors",
                "actor_names", "year", "baseline_year", "period", "qualifier", "previous", "sentences", "quote"));
        for (Figure figure : model.figures()) {
            csv.row(List.of(figure.id(), figure.label(), number(figure.value()), figure.unit().code(),
                    figure.measure(), String.join(LIST, figure.actors()), names(index, figure.actors()),
                    text(figure.year()), text(figure.baselineYear()), text(figure.period()), text(figure.qualifier()),
                    text(figure.previous()), sentences(figure.evidence()), quote(model.brief(), figure.evidence())));
        }
        csv.finish();
    }

    public static void exercises(BriefModel model, OutputStream out) throws IOException {
        ModelIndex index = ModelIndex.of(model);
        CsvWriter csv = CsvWriter.start(out, List.of("id", "name", "domain", "participants", "participant_names",
                "frequency", "trend", "figures", "sentences", "quote"));
        for (Exercise exercise : model.exercises()) {
            csv.row(List.of(exercise.id(), text(exercise.name()), exercise.domain().jsonName(),
                    String.join(LIST, exercise.participants()), names(index, exercise.participants()),
                    text(exercise.frequency()), text(exercise.trend()), String.join(LIST, exercise.figures()),
                    sentences(exercise.evidence()), quote(model.brief(), exercise.evidence())));
        }
        csv.finish();
    }

    private static String names(ModelIndex index, List<String> ids) {
        return ids.stream().map(index::nameOf).collect(Collectors.joining(LIST));
    }

    private static String sentences(List<Evidence> evidence) {
        return ModelEvidence.sentences(evidence).stream().map(sentence -> Integer.toString(sentence + 1))
                .collect(Collectors.joining(LIST));
    }

    /** The words of the first piece of evidence, as the brief has them. */
    private static String quote(Brief brief, List<Evidence> evidence) {
        return evidence.isEmpty() ? "" : brief.textOf(evidence.get(0)).replaceAll("\\s+", " ").strip();
    }

    /** Whole numbers without a decimal point ("5000000000"), others as Java writes them. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
