package org.brieflens.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.brieflens.model.Actor;
import org.brieflens.model.ActorKind;
import org.brieflens.model.Brief;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Evidence;
import org.brieflens.model.Exercise;
import org.brieflens.model.Figure;
import org.brieflens.model.Link;
import org.brieflens.model.LinkKind;
import org.brieflens.model.Provenance;
import org.brieflens.model.UnitKind;

/**
 * The last stage: resolves and merges what the others found into the model. A link stated
 * several times becomes one link with several evidence entries; a link whose end is a person or
 * an organisation is also given between the states or bodies they belong to, as a derived link;
 * a figure written again ("the 29 participating countries") adds evidence to the first; every
 * item gets an id and its provenance.
 */
final class ModelAssembler {
    private final ActorTable table;
    private final TokenizedBrief tokens;

    ModelAssembler(ActorTable table) {
        this.table = table;
        this.tokens = table.tokens();
    }

    /** The state or body an actor ultimately belongs to: itself if it belongs to none. */
    static String lift(ActorTable table, String key) {
        Set<String> seen = new HashSet<>();
        String current = key;
        while (seen.add(current)) {
            String up = table.actor(current).map(ActorDraft::affiliationKey).orElse(null);
            if (up == null || table.actor(up).isEmpty()) {
                return current;
            }
            current = up;
        }
        return current;
    }

    BriefModel assemble(List<LinkDraft> links, List<FigureDraft> figures, List<ExerciseDraft> exercises) {
        Brief brief = tokens.brief();
        List<Actor> actors = actors();
        Set<String> ids = new HashSet<>();
        actors.forEach(actor -> ids.add(actor.id()));
        Map<FigureDraft, String> figureIds = new HashMap<>();
        List<Figure> figureList = figures(figures, figureIds);
        return new BriefModel(brief, actors, links(links, ids), figureList, exercises(exercises, ids, figureIds));
    }

    private List<Actor> actors() {
        List<Actor> actors = new ArrayList<>();
        Set<String> present = new HashSet<>();
        Map<String, String> iso3ToKey = new HashMap<>();
        for (ActorDraft draft : table.actors()) {
            if (!draft.mentions().isEmpty()) {
                present.add(draft.key());
                if (draft.iso3() != null) {
                    iso3ToKey.put(draft.iso3(), draft.key());
                }
            }
        }
        for (ActorDraft draft : table.actors()) {
            if (!present.contains(draft.key())) {
                continue;
            }
            List<String> members = new ArrayList<>();
            if (draft.kind().hasMembers()) {
                draft.memberIso3().stream().map(iso3ToKey::get).filter(key -> key != null).forEach(members::add);
            }
            List<String> memberOf = new ArrayList<>();
            if (draft.kind() == ActorKind.STATE) {
                for (ActorDraft body : table.actors()) {
                    if (present.contains(body.key()) && body.kind().hasMembers() && body.memberIso3().contains(draft.iso3())) {
                        memberOf.add(body.key());
                    }
                }
            }
            String affiliation = present.contains(draft.affiliationKey()) ? draft.affiliationKey() : null;
            actors.add(new Actor(draft.key(), draft.name(), draft.kind(), draft.iso3(), List.copyOf(draft.aliases()),
                    memberOf, members, affiliation, mentionsOf(draft), new Provenance(draft.confidence(), draft.rule())));
        }
        return actors;
    }

    private List<Evidence> mentionsOf(ActorDraft draft) {
        Set<Evidence> evidence = new TreeSet<>(Comparator.comparingInt(Evidence::start)
                .thenComparingInt(Evidence::end));
        for (Mention mention : draft.mentions()) {
            evidence.add(evidence(mention.sentence(), mention.first(), mention.end()));
        }
        return new ArrayList<>(evidence);
    }

    private Evidence evidence(int sentence, int first, int end) {
        return new Evidence(sentence, tokens.token(first).start(), tokens.token(end - 1).end());
    }

    private static final class MergedLink {
        final String source;
        final String target;
        final LinkKind kind;
        final boolean directed;
        final Set<Evidence> evidence = new LinkedHashSet<>();
        String derivedFrom;
        String rule;
        double confidence;
        String id;

        MergedLink(String source, String target, LinkKind kind, boolean directed) {
            this.source = source;
            this.target = target;
            this.kind = kind;
            this.directed = directed;
        }

        void add(Evidence item, String itemRule, double itemConfidence) {
            evidence.add(item);
            if (rule == null || itemConfidence > confidence) {
                rule = itemRule;
                confidence = itemConfidence;
            }
        }
    }

    private static String linkKey(String source, String target, LinkKind kind, boolean directed) {
        boolean ordered = directed || source.compareTo(target) < 0;
        return kind + ":" + (ordered ? source + ">" + target : target + ">" + source);
    }

    private List<Link> links(List<LinkDraft> drafts, Set<String> actorIds) {
        Map<String, MergedLink> merged = new LinkedHashMap<>();
        for (LinkDraft draft : drafts) {
            // A state and its own ministry, or two bodies of one state, are no relation between actors.
            if (!actorIds.contains(draft.source()) || !actorIds.contains(draft.target())
                    || lift(table, draft.source()).equals(lift(table, draft.target()))) {
                continue;
            }
            MergedLink link = merged.computeIfAbsent(linkKey(draft.source(), draft.target(), draft.kind(), draft.directed()),
                    key -> new MergedLink(draft.source(), draft.target(), draft.kind(), draft.directed()));
            // A link's evidence lies in its sentence, even where an actor of it was carried from elsewhere.
            int first = Math.max(draft.first(), tokens.firstOf(draft.sentence()));
            link.add(evidence(draft.sentence(), first, draft.end()), draft.rule(), draft.confidence());
        }
        Set<String> usedIds = new HashSet<>(actorIds);
        for (MergedLink link : merged.values()) {
            link.id = uniqueId(link.source + "-" + link.target + "-" + link.kind.jsonName().replace('_', '-'), usedIds);
        }
        Map<String, MergedLink> derived = new LinkedHashMap<>();
        for (MergedLink link : new ArrayList<>(merged.values())) {
            String source = lift(table, link.source);
            String target = lift(table, link.target);
            if (source.equals(target) || source.equals(link.source) && target.equals(link.target)) {
                continue;
            }
            String key = linkKey(source, target, link.kind, link.directed);
            MergedLink direct = merged.get(key);
            if (direct != null) {
                link.evidence.forEach(item -> direct.add(item, direct.rule, direct.confidence));
                continue;
            }
            MergedLink lifted = derived.computeIfAbsent(key, k -> {
                MergedLink made = new MergedLink(source, target, link.kind, link.directed);
                made.derivedFrom = link.id;
                made.id = uniqueId(source + "-" + target + "-" + link.kind.jsonName().replace('_', '-'), usedIds);
                return made;
            });
            link.evidence.forEach(item -> lifted.add(item, "derived:" + link.rule, link.confidence * 0.9));
        }
        List<Link> links = new ArrayList<>();
        for (MergedLink link : merged.values()) {
            links.add(toLink(link));
        }
        for (MergedLink link : derived.values()) {
            links.add(toLink(link));
        }
        return links;
    }

    private static Link toLink(MergedLink link) {
        return new Link(link.id, link.source, link.target, link.kind, link.directed, List.copyOf(link.evidence), link.derivedFrom,
                new Provenance(Math.min(1.0, link.confidence), link.rule));
    }

    private static String uniqueId(String base, Set<String> used) {
        String id = base;
        int n = 2;
        while (!used.add(id)) {
            id = base + "-" + n++;
        }
        return id;
    }

    private List<Figure> figures(List<FigureDraft> drafts, Map<FigureDraft, String> ids) {
        Map<FigureDraft, List<Evidence>> evidence = new LinkedHashMap<>();
        Map<String, FigureDraft> firstByValue = new HashMap<>();
        for (FigureDraft draft : drafts) {
            Evidence place = evidence(draft.sentence, draft.first, draft.measureEnd);
            String value = draft.unit + ":" + draft.value;
            FigureDraft earlier = firstByValue.get(value);
            if (earlier != null && (draft.anaphoric || restates(earlier, draft))) {
                evidence.get(earlier).add(place);
                continue;
            }
            if (draft.anaphoric && !Character.isDigit(tokens.textOf(draft.first, draft.end).charAt(0))) {
                // "the two countries" counts actors already named; "the 28,500 U.S. troops" states a figure.
                continue;
            }
            firstByValue.putIfAbsent(value, draft);
            evidence.put(draft, new ArrayList<>(List.of(place)));
        }
        int n = 1;
        for (FigureDraft draft : evidence.keySet()) {
            ids.put(draft, "figure-" + n++);
        }
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<FigureDraft, List<Evidence>> entry : evidence.entrySet()) {
            FigureDraft draft = entry.getKey();
            String previous = draft.previous == null ? null : ids.get(draft.previous);
            String label = tokens.textOf(draft.first, draft.end);
            // The format needs a measure: when no words around say what it measures, its label does.
            String measure = draft.measure.isBlank() ? label : draft.measure;
            figures.add(new Figure(ids.get(draft), label, draft.value, draft.unit,
                    measure, actorsIn(draft.sentence), draft.year, draft.baselineYear, draft.period,
                    draft.qualifier, previous, entry.getValue(), new Provenance(draft.confidence, draft.rule)));
        }
        return figures;
    }

    /**
     * "Egypt Buys 30 Rafale Jets" and later "ordered 30 Rafale jets", "110-foot patrol boats" in
     * three sentences, "$40 billion" twice: the same value of the same thing, a headline's figure
     * told again in the body, or the same sum of money, is one figure stated several times. Counts
     * and years of the same value are often of different things ("19 times", "19 carriers").
     */
    private static boolean restates(FigureDraft earlier, FigureDraft draft) {
        boolean sameMeasure = !draft.measure.isBlank() && draft.measure.equalsIgnoreCase(earlier.measure);
        boolean distinctive = draft.unit.kind() == UnitKind.CURRENCY;
        return earlier.sentence != draft.sentence && (sameMeasure || earlier.inHeadline || distinctive);
    }

    private List<String> actorsIn(int sentence) {
        List<String> keys = new ArrayList<>();
        for (Mention mention : table.mentionsIn(sentence)) {
            if (!mention.isPartOfAnother() && !keys.contains(mention.actorKey())) {
                keys.add(mention.actorKey());
            }
        }
        return keys;
    }

    private String stateOfWholeMilitary(String key) {
        return table.actor(key).filter(actor -> actor.rule().equals(OrganisationRecogniser.MILITARY_RULE))
                .map(ActorDraft::affiliationKey).orElse(key);
    }

    private List<Exercise> exercises(List<ExerciseDraft> drafts, Set<String> actorIds, Map<FigureDraft, String> figureIds) {
        List<Exercise> exercises = new ArrayList<>();
        int n = 1;
        for (ExerciseDraft draft : drafts) {
            if (draft.evidence.isEmpty()) {
                continue;
            }
            Set<Evidence> evidence = new LinkedHashSet<>();
            for (ExerciseDraft.Place place : draft.evidence) {
                evidence.add(evidence(place.sentence(), place.first(), place.end()));
            }
            // "China's military launched war games": a state's military as a whole trains as the state.
            List<String> participants = draft.participants.stream().map(this::stateOfWholeMilitary)
                    .filter(actorIds::contains).distinct().toList();
            List<String> figures = draft.figures.stream().map(figureIds::get).filter(id -> id != null).toList();
            exercises.add(new Exercise("exercise-" + n++, draft.name, participants, draft.domain, draft.frequency,
                    draft.trend, figures, List.copyOf(evidence), new Provenance(draft.confidence, draft.rule)));
        }
        return exercises;
    }
}
