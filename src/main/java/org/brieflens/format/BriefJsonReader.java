package org.brieflens.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.brieflens.files.InputException;
import org.brieflens.files.TextFiles;
import org.brieflens.model.Actor;
import org.brieflens.model.ActorKind;
import org.brieflens.model.Brief;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Evidence;
import org.brieflens.model.Exercise;
import org.brieflens.model.ExerciseDomain;
import org.brieflens.model.Figure;
import org.brieflens.model.Link;
import org.brieflens.model.LinkFamily;
import org.brieflens.model.LinkKind;
import org.brieflens.model.ModelChecker;
import org.brieflens.model.ModelProblem;
import org.brieflens.model.Provenance;
import org.brieflens.model.Span;
import org.brieflens.model.Unit;
import org.brieflens.model.Vocabulary;
import org.brieflens.text.SentenceSplitter;

/**
 * Reads a model in the BriefLens JSON format and validates it: types and required fields
 * first, then (if those are sound) ids, references and evidence offsets. Every problem is
 * reported with the file, line and column it concerns.
 */
public final class BriefJsonReader {
    private final Problems problems;

    private BriefJsonReader(String file) {
        this.problems = new Problems(file);
    }

    public static ReadResult read(Path file) throws InputException {
        String json = TextFiles.read(file, LocatedJsonParser.MAX_DOCUMENT_LENGTH);
        return read(file.toString(), json);
    }

    public static ReadResult read(String file, String json) throws InputException {
        LocatedNode root = LocatedJsonParser.parse(file, json);
        return new BriefJsonReader(file).readRoot(root);
    }

    private ReadResult readRoot(LocatedNode root) throws InputException {
        FieldReader top = FieldReader.of(root, "the model", problems).orElse(null);
        if (top == null) {
            throw new InputException(problems.errors());
        }
        if (!schemaVersionIsReadable(top)) {
            throw new InputException(problems.errors());
        }
        Brief brief = top.requiredNode("brief").flatMap(node -> FieldReader.of(node, "brief", problems))
                .map(this::brief).orElse(null);
        List<Actor> actors = items(top, "actors", "actor", this::actor);
        List<Link> links = items(top, "links", "link", this::link);
        List<Figure> figures = items(top, "figures", "figure", this::figure);
        List<Exercise> exercises = items(top, "exercises", "exercise", this::exercise);
        top.warnAboutUnknownFields();
        if (problems.hasErrors() || brief == null) {
            throw new InputException(problems.errors());
        }
        BriefModel model = new BriefModel(brief, actors, links, figures, exercises);
        for (ModelProblem problem : ModelChecker.check(model)) {
            problems.error(LocatedNode.locate(root, problem.pointer()), problem.message());
        }
        if (problems.hasErrors()) {
            throw new InputException(problems.errors());
        }
        return new ReadResult(model, problems.warnings());
    }

    private boolean schemaVersionIsReadable(FieldReader top) {
        Integer version = top.requiredInt("schemaVersion");
        if (version == null) {
            return false;
        }
        if (version > BriefFormat.SCHEMA_VERSION) {
            problems.error(top.requiredNode("schemaVersion").orElseThrow().location(), "schemaVersion " + version
                    + " is newer than this BriefLens reads (" + BriefFormat.SCHEMA_VERSION + "): update BriefLens");
            return false;
        }
        if (version < 1) {
            problems.error(top.requiredNode("schemaVersion").orElseThrow().location(),
                    "schemaVersion " + version + " is not a BriefLens format version");
            return false;
        }
        return true;
    }

    private interface ItemReader<T> {
        T read(FieldReader fields);
    }

    private <T> List<T> items(FieldReader top, String field, String what, ItemReader<T> reader) {
        List<T> items = new ArrayList<>();
        List<LocatedNode> nodes = top.list(field, what + " objects", node -> node);
        for (int i = 0; i < nodes.size(); i++) {
            int errorsBefore = problems.errorCount();
            FieldReader fields = FieldReader.of(nodes.get(i), what + " " + i, problems).orElse(null);
            if (fields == null) {
                continue;
            }
            T item = reader.read(fields);
            fields.warnAboutUnknownFields();
            if (problems.errorCount() == errorsBefore && item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private Brief brief(FieldReader fields) {
        String title = fields.requiredString("title");
        String source = fields.optionalString("source");
        String date = fields.optionalString("date");
        String text = fields.requiredString("text");
        List<Span> sentences = fields.optionalNode("sentences").isPresent()
                ? fields.list("sentences", "sentence spans", node -> span(node, "sentence span"))
                : null;
        fields.warnAboutUnknownFields();
        if (title == null || text == null) {
            return null;
        }
        return new Brief(title, source, date, text, sentences == null ? SentenceSplitter.split(text) : sentences);
    }

    private Span span(LocatedNode node, String what) {
        FieldReader fields = FieldReader.of(node, what, problems).orElse(null);
        if (fields == null) {
            return null;
        }
        Integer start = fields.requiredInt("start");
        Integer end = fields.requiredInt("end");
        fields.warnAboutUnknownFields();
        if (start == null || end == null || !validRange(fields, start, end)) {
            return null;
        }
        return new Span(start, end);
    }

    private Evidence evidence(LocatedNode node) {
        FieldReader fields = FieldReader.of(node, "evidence", problems).orElse(null);
        if (fields == null) {
            return null;
        }
        Integer sentence = fields.requiredInt("sentence");
        Integer start = fields.requiredInt("start");
        Integer end = fields.requiredInt("end");
        fields.warnAboutUnknownFields();
        if (sentence == null || start == null || end == null || !validRange(fields, start, end)) {
            return null;
        }
        if (sentence < 0) {
            problems.error(fields.location(), "evidence: \"sentence\" must not be negative");
            return null;
        }
        return new Evidence(sentence, start, end);
    }

    private boolean validRange(FieldReader fields, int start, int end) {
        if (start < 0 || end < start) {
            problems.error(fields.location(), fields.what() + ": [start, end) = [" + start + ", " + end
                    + ") is not a range of the text");
            return false;
        }
        return true;
    }

    private List<Evidence> evidenceList(FieldReader fields, String name) {
        return fields.list(name, "evidence objects", this::evidence);
    }

    private Actor actor(FieldReader fields) {
        String id = fields.requiredText("id");
        String name = fields.requiredText("name");
        ActorKind kind = fields.requiredEnum("kind", ActorKind.class);
        String iso3 = fields.optionalString("iso3");
        List<String> aliases = fields.stringList("aliases");
        List<String> memberOf = fields.stringList("memberOf");
        List<String> members = fields.stringList("members");
        String affiliation = fields.optionalString("affiliation");
        List<Evidence> mentions = evidenceList(fields, "mentions");
        Provenance provenance = provenance(fields);
        if (id == null || name == null || kind == null || provenance == null) {
            return null;
        }
        return new Actor(id, name, kind, iso3, aliases, memberOf, members, affiliation, mentions, provenance);
    }

    private Link link(FieldReader fields) {
        String id = fields.requiredText("id");
        String source = fields.requiredText("source");
        String target = fields.requiredText("target");
        LinkKind kind = fields.requiredEnum("kind", LinkKind.class);
        LinkFamily family = fields.optionalNode("family").isPresent()
                ? fields.requiredEnum("family", LinkFamily.class) : null;
        boolean directed = fields.optionalBoolean("directed", false);
        List<Evidence> evidence = evidenceList(fields, "evidence");
        String derivedFrom = fields.optionalString("derivedFrom");
        Provenance provenance = provenance(fields);
        if (kind != null && family != null && family != kind.family()) {
            problems.error(fields.optionalNode("family").orElseThrow().location(), fields.what() + ": family '"
                    + family.jsonName() + "' does not match kind '" + kind.jsonName() + "', which is "
                    + Vocabulary.jsonName(kind.family()));
            return null;
        }
        if (id == null || source == null || target == null || kind == null || provenance == null) {
            return null;
        }
        return new Link(id, source, target, kind, directed, evidence, derivedFrom, provenance);
    }

    private Figure figure(FieldReader fields) {
        String id = fields.requiredText("id");
        String label = fields.requiredText("label");
        Double value = fields.requiredNumber("value");
        String unitCode = fields.requiredText("unit");
        String measure = fields.requiredText("measure");
        List<String> actors = fields.stringList("actors");
        Integer year = fields.optionalInt("year");
        Integer baselineYear = fields.optionalInt("baselineYear");
        String period = fields.optionalString("period");
        String qualifier = fields.optionalString("qualifier");
        String previous = fields.optionalString("previous");
        List<Evidence> evidence = evidenceList(fields, "evidence");
        Provenance provenance = provenance(fields);
        if (unitCode != null && !Unit.isValidCode(unitCode)) {
            problems.error(fields.optionalNode("unit").orElseThrow().location(), fields.what() + ": unit '" + unitCode
                    + "' is not lowercase letters and underscores (\"percent\", \"usd\", \"count\", \"km\")");
            return null;
        }
        if (id == null || label == null || value == null || unitCode == null || measure == null || provenance == null) {
            return null;
        }
        return new Figure(id, label, value, new Unit(unitCode), measure, actors, year, baselineYear, period,
                qualifier, previous, evidence, provenance);
    }

    private Exercise exercise(FieldReader fields) {
        String id = fields.requiredText("id");
        String name = fields.optionalString("name");
        List<String> participants = fields.stringList("participants");
        ExerciseDomain domain = fields.requiredEnum("domain", ExerciseDomain.class);
        String frequency = fields.optionalString("frequency");
        String trend = fields.optionalString("trend");
        List<String> figures = fields.stringList("figures");
        List<Evidence> evidence = evidenceList(fields, "evidence");
        Provenance provenance = provenance(fields);
        if (id == null || domain == null || provenance == null) {
            return null;
        }
        return new Exercise(id, name, participants, domain, frequency, trend, figures, evidence, provenance);
    }

    /** Items without "confidence" and "rule" were entered or checked by a person. */
    private Provenance provenance(FieldReader fields) {
        Double confidence = fields.optionalNumber("confidence");
        String rule = fields.optionalString("rule");
        if (confidence == null && rule == null) {
            return Provenance.HAND_CHECKED;
        }
        if (confidence == null || rule == null) {
            problems.error(fields.location(), fields.what() + ": \"confidence\" and \"rule\" go together: give both or neither");
            return null;
        }
        if (confidence < 0 || confidence > 1) {
            problems.error(fields.optionalNode("confidence").orElseThrow().location(),
                    fields.what() + ": \"confidence\" must lie between 0 and 1, not " + confidence);
            return null;
        }
        return new Provenance(confidence, rule);
    }
}
