package org.brieflens.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.brieflens.files.AtomicFileWriter;
import org.brieflens.model.Actor;
import org.brieflens.model.Brief;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Evidence;
import org.brieflens.model.Exercise;
import org.brieflens.model.Figure;
import org.brieflens.model.Link;
import org.brieflens.model.Provenance;
import org.brieflens.model.Span;

/**
 * Writes a model in the BriefLens JSON format: fields in a fixed order, absent optional
 * values left out, and evidence and spans one per line so that a person can review a file.
 */
public final class BriefJsonWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private BriefJsonWriter() {
    }

    /** Writes the model to {@code file} atomically: the old file stays whole if anything fails. */
    public static void write(BriefModel model, Path file) throws IOException {
        AtomicFileWriter.write(file, out -> write(model, out));
    }

    public static void write(BriefModel model, OutputStream out) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            new Session(generator).model(model);
        }
        out.write('\n');
    }

    public static String toJson(BriefModel model) {
        Writer text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            new Session(generator).model(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    public static byte[] toBytes(BriefModel model) {
        return toJson(model).getBytes(StandardCharsets.UTF_8);
    }

    /** One write: switches between the indented and the one-line printer as it goes. */
    private static final class Session {
        private final JsonGenerator out;
        private final ReviewPrettyPrinter printer = new ReviewPrettyPrinter();

        Session(JsonGenerator out) {
            this.out = out;
            out.setPrettyPrinter(printer);
        }

        void model(BriefModel model) throws IOException {
            out.writeStartObject();
            out.writeNumberField("schemaVersion", BriefFormat.SCHEMA_VERSION);
            out.writeFieldName("brief");
            brief(model.brief());
            out.writeArrayFieldStart("actors");
            for (Actor actor : model.actors()) {
                actor(actor);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("links");
            for (Link link : model.links()) {
                link(link);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("figures");
            for (Figure figure : model.figures()) {
                figure(figure);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("exercises");
            for (Exercise exercise : model.exercises()) {
                exercise(exercise);
            }
            out.writeEndArray();
            out.writeEndObject();
        }

        private void brief(Brief brief) throws IOException {
            out.writeStartObject();
            out.writeStringField("title", brief.title());
            optional("source", brief.source().isEmpty() ? null : brief.source());
            optional("date", brief.date());
            out.writeStringField("text", brief.text());
            out.writeArrayFieldStart("sentences");
            for (Span sentence : brief.sentences()) {
                oneLine(() -> {
                    out.writeStartObject();
                    out.writeNumberField("start", sentence.start());
                    out.writeNumberField("end", sentence.end());
                    out.writeEndObject();
                });
            }
            out.writeEndArray();
            out.writeEndObject();
        }

        private void actor(Actor actor) throws IOException {
            out.writeStartObject();
            out.writeStringField("id", actor.id());
            out.writeStringField("name", actor.name());
            out.writeStringField("kind", actor.kind().jsonName());
            optional("iso3", actor.iso3());
            strings("aliases", actor.aliases());
            strings("memberOf", actor.memberOf());
            strings("members", actor.members());
            optional("affiliation", actor.affiliation());
            evidence("mentions", actor.mentions());
            provenance(actor.provenance());
            out.writeEndObject();
        }

        private void link(Link link) throws IOException {
            out.writeStartObject();
            out.writeStringField("id", link.id());
            out.writeStringField("source", link.source());
            out.writeStringField("target", link.target());
            out.writeStringField("kind", link.kind().jsonName());
            out.writeStringField("family", link.family().jsonName());
            out.writeBooleanField("directed", link.directed());
            evidence("evidence", link.evidence());
            optional("derivedFrom", link.derivedFrom());
            provenance(link.provenance());
            out.writeEndObject();
        }

        private void figure(Figure figure) throws IOException {
            out.writeStartObject();
            out.writeStringField("id", figure.id());
            out.writeStringField("label", figure.label());
            number("value", figure.value());
            out.writeStringField("unit", figure.unit().code());
            out.writeStringField("measure", figure.measure());
            strings("actors", figure.actors());
            optional("year", figure.year());
            optional("baselineYear", figure.baselineYear());
            optional("period", figure.period());
            optional("qualifier", figure.qualifier());
            optional("previous", figure.previous());
            evidence("evidence", figure.evidence());
            provenance(figure.provenance());
            out.writeEndObject();
        }

        private void exercise(Exercise exercise) throws IOException {
            out.writeStartObject();
            out.writeStringField("id", exercise.id());
            optional("name", exercise.name());
            strings("participants", exercise.participants());
            out.writeStringField("domain", exercise.domain().jsonName());
            optional("frequency", exercise.frequency());
            optional("trend", exercise.trend());
            strings("figures", exercise.figures());
            evidence("evidence", exercise.evidence());
            provenance(exercise.provenance());
            out.writeEndObject();
        }

        private void evidence(String field, List<Evidence> evidence) throws IOException {
            out.writeArrayFieldStart(field);
            for (Evidence item : evidence) {
                oneLine(() -> {
                    out.writeStartObject();
                    out.writeNumberField("sentence", item.sentence());
                    out.writeNumberField("start", item.start());
                    out.writeNumberField("end", item.end());
                    out.writeEndObject();
                });
            }
            out.writeEndArray();
        }

        private void strings(String field, List<String> values) throws IOException {
            out.writeFieldName(field);
            oneLine(() -> {
                out.writeStartArray();
                for (String value : values) {
                    out.writeString(value);
                }
                out.writeEndArray();
            });
        }

        private void provenance(Provenance provenance) throws IOException {
            if (!provenance.isHandChecked()) {
                number("confidence", provenance.confidence());
                out.writeStringField("rule", provenance.rule());
            }
        }

        private void number(String field, double value) throws IOException {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                out.writeNumberField(field, (long) value);
            } else {
                out.writeNumberField(field, value);
            }
        }

        private void optional(String field, String value) throws IOException {
            if (value != null) {
                out.writeStringField(field, value);
            }
        }

        private void optional(String field, Integer value) throws IOException {
            if (value != null) {
                out.writeNumberField(field, value);
            }
        }

        private interface Writing {
            void run() throws IOException;
        }

        /** Writes the object or array that {@code writing} starts on a single line. */
        private void oneLine(Writing writing) throws IOException {
            printer.compactNext();
            writing.run();
        }
    }
}
