package org.brieflens.extract;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.brieflens.extract.quality.AnswerKeyCase;
import org.brieflens.extract.quality.ModelComparison;
import org.brieflens.extract.quality.Score;
import org.brieflens.extract.quality.ScoreTally;
import org.brieflens.model.Actor;
import org.brieflens.model.Brief;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Evidence;
import org.brieflens.model.Link;
import org.brieflens.model.LinkFamily;
import org.brieflens.model.LinkKind;
import org.brieflens.model.Provenance;

/**
 * Where the link recall goes: an analysis of the dev answer keys (bundled, real dev, synthetic
 * dev; never a holdout set), run with
 * {@code mvn -q test-compile exec:exec@report -Dreport.args=--link-analysis}.
 * <p>
 * Each key link the extractor missed (no extracted link of the same kind between the same pair) is
 * classed by its evidence sentences, the best class over them winning, in this order:
 * <ul>
 * <li>(b) both ends recognised in the sentence, which holds a trigger of the link's kind (its
 * main kind or one of its senses);</li>
 * <li>(c) both recognised, triggers of other kinds only;</li>
 * <li>(d) both recognised, no trigger;</li>
 * <li>(e) never both in one evidence sentence, but each end recognised in an evidence sentence
 * or in one of the two sentences before one (the actors are in different sentences);</li>
 * <li>(a) an end not recognised there at all: (a1) the key actor has no extracted counterpart
 * anywhere in the brief, (a2) it has one, but not mentioned in or just before the sentence.</li>
 * </ul>
 * An end counts as recognised in a sentence when an extracted actor matched to it, or to an actor
 * of the key affiliated with it (a person or organisation of a state), is mentioned there.
 * <p>
 * It then scores three link finders that need no phrasing: (B0) pure co-occurrence, every pair of
 * recognised top-level actors in a sentence with a trigger, linked with the kind of the trigger
 * nearest to the pair; (B1) the extractor's links plus B0's in the sentences where the extractor
 * linked nothing; (B2) as B1, but only pairs with one actor before and one after that trigger;
 * (B3) the extractor's links plus B2's pairs in every sentence with a trigger, for pairs the
 * extractor linked with no kind; (B4) a ceiling for B0, each pair linked with every kind any
 * trigger of its sentence can state, which shows how much B0 loses by choosing the kind; (B5) B2
 * with only triggers read as asserted verbs (after the subject's name or a verb marker, not
 * hedged or negated, in a sentence ending in a full stop: no question, no headline); (B6) B0
 * with B2's constraint and (B7) with B5's, alone, without the extractor: how precise such a
 * fallback is where it has the sentence to itself, as it would on text the rules do not know.
 */
public final class LinkRecallAnalysis {
    private static final double BASELINE_CONFIDENCE = 0.3;
    private static final int BEFORE = 2;

    private record TriggerAt(int sentence, int first, int end, int start, int stop, Trigger trigger, boolean asserted) {
        Set<LinkKind> kinds() {
            Set<LinkKind> kinds = new HashSet<>(trigger.senses().values());
            kinds.add(trigger.kind());
            return kinds;
        }
    }

    private LinkRecallAnalysis() {
    }

    public static void main(String[] args) throws Exception {
        List<AnswerKeyCase> real = new ArrayList<>(AnswerKeyCase.all());
        AnswerKeyCase bundled = real.remove(0);
        List<AnswerKeyCase> synthetic = AnswerKeyCase.synthetic("dev");
        List<AnswerKeyCase> all = new ArrayList<>(synthetic);
        all.add(bundled);
        all.addAll(real);
        Map<String, List<AnswerKeyCase>> sets = new LinkedHashMap<>();
        sets.put("synthetic dev (" + synthetic.size() + ")", synthetic);
        sets.put("bundled", List.of(bundled));
        sets.put("real dev (" + real.size() + ")", real);
        sets.put("all dev together (" + all.size() + ")", all);
        boolean detail = List.of(args).contains("--detail");
        if (List.of(args).contains("--holdouts")) {
            // Measures the held-out sets in aggregate only (classes and totals, never a sentence), to
            // see where unseen recall goes without reading what would then be tuned on.
            sets.clear();
            List<AnswerKeyCase> heldOut = AnswerKeyCase.heldOut();
            sets.put("held-out sets together (" + heldOut.size() + ")", heldOut);
            detail = false;
        }
        List<String> options = List.of(args);
        int folders = options.indexOf("--folders");
        if (folders >= 0) {
            // Keyed sets kept outside the repository, in aggregate only, as for the held-out sets.
            sets.clear();
            List<AnswerKeyCase> kept = new ArrayList<>();
            for (String folder : options.subList(folders + 1, options.size())) {
                kept.addAll(AnswerKeyCase.inFolder(java.nio.file.Path.of(folder), folder));
            }
            sets.put("folders together (" + kept.size() + ")", kept);
            detail = false;
        }
        for (Map.Entry<String, List<AnswerKeyCase>> set : sets.entrySet()) {
            analyse(set.getKey(), set.getValue(), detail && set.getValue() == all, System.out);
        }
    }

    private static void analyse(String title, List<AnswerKeyCase> cases, boolean detail, PrintStream out) {
        Map<String, Integer> classes = new LinkedHashMap<>();
        for (String name : List.of("b", "c", "d", "e", "a1", "a2")) {
            classes.put(name, 0);
        }
        int keyLinks = 0;
        int missedLinks = 0;
        Map<String, Integer> allClasses = new LinkedHashMap<>();
        Map<String, Integer> instead = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> byKind = new java.util.TreeMap<>();
        int belowTop = 0;
        List<String> lines = new ArrayList<>();
        String[] variants = {"extractor", "B0 co-occurrence", "B1 extractor+B0 where none", "B2 B1, split by trigger",
            "B3 extractor+B0 split, new pairs", "B4 B0, every kind (ceiling)",
            "B5 B2, asserted verbs only", "B6 B0 split by trigger, alone", "B7 B6, asserted verbs only"};
        Map<String, ScoreTally[]> byRow = new LinkedHashMap<>();
        for (LinkKind kind : LinkKind.values()) {
            byRow.put(kind.jsonName(), tallies(variants.length));
        }
        for (LinkFamily family : LinkFamily.values()) {
            byRow.put("family " + family.jsonName(), tallies(variants.length));
        }
        byRow.put("ALL (by kind)", tallies(variants.length));
        byRow.put("ALL (by family)", tallies(variants.length));
        for (AnswerKeyCase item : cases) {
            CaseAnalysis analysis = new CaseAnalysis(item);
            keyLinks += item.key().links().size();
            for (Link link : item.key().links()) {
                allClasses.merge(analysis.classify(link), 1, Integer::sum);
                if (analysis.affiliated(link.source()) || analysis.affiliated(link.target())) {
                    belowTop++;
                }
            }
            if (detail) {
                BriefModel fallback = analysis.baseline(true, true, false, false, true);
                fallback.links().stream().filter(link -> link.provenance().rule().equals("co-occurrence"))
                        .forEach(link -> lines.add(String.format("  B5+ %-40s %s %s %s | %s", item.name(), link.source(),
                                link.kind().jsonName(), link.target(),
                                analysis.brief.sentenceText(link.evidence().get(0).sentence()).strip())));
            }
            for (Link missed : analysis.missed()) {
                missedLinks++;
                String cls = analysis.classify(missed);
                classes.merge(cls, 1, Integer::sum);
                instead.merge(cls + ":" + analysis.instead(missed), 1, Integer::sum);
                byKind.computeIfAbsent(missed.kind().jsonName(), k -> new java.util.TreeMap<>()).merge(cls, 1, Integer::sum);
                if (detail) {
                    lines.add(String.format("  %-3s %-40s [%s] %s %s %s | %s", cls, item.name(), analysis.instead(missed), missed.source(),
                            missed.kind().jsonName(), missed.target(),
                            analysis.brief.sentenceText(missed.evidence().get(0).sentence()).strip()));
                }
            }
            BriefModel[] models = {item.extracted(), analysis.baseline(false, false), analysis.baseline(true, false),
                analysis.baseline(true, true),
                analysis.baseline(true, true, true), analysis.baseline(false, false, false, true),
                analysis.baseline(true, true, false, false, true), analysis.baseline(false, true, false, false, false),
                analysis.baseline(false, true, false, false, true)};
            for (int v = 0; v < models.length; v++) {
                for (LinkKind kind : LinkKind.values()) {
                    byRow.get(kind.jsonName())[v].add(compare(item.key(), models[v], link -> link.kind() == kind, false));
                }
                for (LinkFamily family : LinkFamily.values()) {
                    byRow.get("family " + family.jsonName())[v]
                            .add(compare(item.key(), models[v], link -> link.family() == family, true));
                }
                byRow.get("ALL (by kind)")[v].add(compare(item.key(), models[v], link -> true, false));
                byRow.get("ALL (by family)")[v].add(compare(item.key(), models[v], link -> true, true));
            }
        }
        out.printf(Locale.ROOT, "%n== %s: %d key links, %d missed by the extractor%n", title, keyLinks, missedLinks);
        out.println("   missed, by class: " + classes);
        out.println("   every key link, by class: " + allClasses);
        out.println("   missed, by kind and class: " + byKind);
        out.println("   missed, by class and what the extractor linked instead: " + new java.util.TreeMap<>(instead));
        out.println("   key links with an end affiliated in the key (a person or body of a state; B0 links top-level actors only): "
                + belowTop);
        out.printf(Locale.ROOT, "   %-28s", "links (matched/key/found P R)");
        for (String variant : variants) {
            out.printf(Locale.ROOT, " | %-27s", variant);
        }
        out.println();
        for (Map.Entry<String, ScoreTally[]> row : byRow.entrySet()) {
            out.printf(Locale.ROOT, "   %-28s", row.getKey());
            for (ScoreTally tally : row.getValue()) {
                out.printf(Locale.ROOT, " | %-27s", tally.show());
            }
            out.println();
        }
        lines.forEach(out::println);
    }

    private static ScoreTally[] tallies(int n) {
        ScoreTally[] tallies = new ScoreTally[n];
        for (int i = 0; i < n; i++) {
            tallies[i] = new ScoreTally();
        }
        return tallies;
    }

    private static Score compare(BriefModel key, BriefModel found, Predicate<Link> keep, boolean family) {
        ModelComparison comparison = ModelComparison.of(only(key, keep), only(found, keep));
        return family ? comparison.linkFamilies() : comparison.links();
    }

    private static BriefModel only(BriefModel model, Predicate<Link> keep) {
        return new BriefModel(model.brief(), model.actors(), model.links().stream().filter(keep).toList(), model.figures(),
                model.exercises());
    }

    /** One brief: its triggers, and which key actors each sentence recognises. */
    private static final class CaseAnalysis {
        final AnswerKeyCase item;
        final Brief brief;
        final Map<String, String> actorMap;
        final Map<String, Actor> keyActors = new HashMap<>();
        final Map<String, Actor> extractedActors = new HashMap<>();
        final List<List<TriggerAt>> triggers = new ArrayList<>();

        CaseAnalysis(AnswerKeyCase item) {
            this.item = item;
            this.brief = item.extracted().brief();
            this.actorMap = ModelComparison.of(item.key(), item.extracted()).actorMatches();
            item.key().actors().forEach(actor -> keyActors.put(actor.id(), actor));
            item.extracted().actors().forEach(actor -> extractedActors.put(actor.id(), actor));
            TokenizedBrief tokens = TokenizedBrief.of(brief);
            ActorTable table = new ActorRecognition(Gazetteer.get()).recognise(tokens).table();
            TriggerLexicon lexicon = TriggerLexicon.get();
            for (int s = 0; s < tokens.sentenceCount(); s++) {
                SentenceFrame frame = new SentenceFrame(table, s);
                List<TriggerAt> found = new ArrayList<>();
                int i = frame.first;
                while (i < frame.end) {
                    PhraseIndex.Match<Trigger> match = lexicon.at(tokens.tokens(), i, frame.end, i == frame.first);
                    if (match == null || frame.isInMention(i)) {
                        i++;
                        continue;
                    }
                    found.add(new TriggerAt(s, match.first(), match.end(), tokens.token(match.first()).start(),
                            tokens.token(match.end() - 1).end(), match.value(), asserted(frame, match.first())));
                    i = match.end();
                }
                triggers.add(found);
            }
        }

        /**
         * Whether a trigger reads as an asserted verb: after its subject's name or a verb marker, not
         * in a hedged or negated clause, in a sentence that ends in a full stop (not a question, not
         * a headline).
         */
        private static boolean asserted(SentenceFrame frame, int at) {
            TokenizedBrief tokens = frame.tokens;
            LinkWords words = LinkWords.get();
            String last = tokens.token(frame.end - 1).text();
            if (at <= frame.first || !(last.equals(".") || last.equals("\"") || last.equals("'"))) {
                return false;
            }
            Token before = tokens.token(at - 1);
            boolean verb = words.is(before, "verb-marker") || before.isLowerCase() && before.text().endsWith("ly");
            if (!verb) {
                Mention subject = frame.isInMention(at - 1) ? frame.mentionEndingAt(at) : null;
                if (subject == null) {
                    return false;
                }
                int opening = subject.first() - 1;
                verb = opening < frame.first || !Set.of("the", "this", "these", "that", "those", "a", "an")
                        .contains(tokens.token(opening).lower()) && !tokens.token(opening).isNumber();
            }
            if (!verb) {
                return false;
            }
            Clause clause = frame.clauseOf(at);
            for (int i = clause.first(); i < at; i++) {
                if (words.hedgeAt(tokens.tokens(), i, at)) {
                    return false;
                }
            }
            for (int i = Math.max(clause.first(), at - 2); i < at; i++) {
                if (words.is(tokens.token(i), "negation")) {
                    return false;
                }
            }
            return true;
        }

        /**
         * What the extractor linked where it missed a key link, nearest first: the same pair with
         * another kind ("kind"); with the same kind, a pair that lifts to the key pair's top-level
         * actors, one end a person or body and the other its state or the like ("level"); the same kind
         * in an evidence sentence from one end to someone else ("partner"); the same kind there
         * between others ("others"); or nothing of the kind there ("none").
         */
        String instead(Link wanted) {
            Set<Integer> sentences = new HashSet<>();
            wanted.evidence().forEach(evidence -> sentences.add(evidence.sentence()));
            String wantedTop = keyTop(wanted.source()) + "|" + keyTop(wanted.target());
            String reversedTop = keyTop(wanted.target()) + "|" + keyTop(wanted.source());
            String best = "none";
            List<String> order = List.of("kind", "level", "partner", "others", "none");
            for (Link got : item.extracted().links()) {
                String source = actorMap.get(got.source());
                String target = actorMap.get(got.target());
                if (source == null || target == null) {
                    continue;
                }
                boolean here = got.evidence().stream().anyMatch(evidence -> sentences.contains(evidence.sentence()));
                String cls;
                if (got.kind() != wanted.kind()) {
                    cls = samePair(wanted.source(), wanted.target(), source, target)
                            ? "kind " + wanted.kind().jsonName() + ">" + got.kind().jsonName() + " (" + got.provenance().rule() + ")"
                            : null;
                } else {
                    String top = keyTop(source) + "|" + keyTop(target);
                    if (top.equals(wantedTop) || top.equals(reversedTop)) {
                        cls = "level " + levels(wanted.source(), wanted.target()) + ">" + levels(source, target);
                    } else if (!here) {
                        cls = null;
                    } else if (Set.of(source, target).contains(wanted.source()) || Set.of(source, target).contains(wanted.target())) {
                        cls = "partner";
                    } else {
                        cls = "others";
                    }
                }
                if (cls != null && order.indexOf(cls.split(" ")[0]) < order.indexOf(best.split(" ")[0])) {
                    best = cls;
                }
            }
            return best;
        }

        private String levels(String a, String b) {
            List<String> kinds = new ArrayList<>();
            for (String id : List.of(a, b)) {
                Actor actor = keyActors.get(id);
                kinds.add(actor == null ? "?" : actor.kind().name().substring(0, 3).toLowerCase(Locale.ROOT)
                        + (actor.affiliation() == null ? "" : "*"));
            }
            Collections.sort(kinds);
            return String.join("-", kinds);
        }

        private String keyTop(String keyId) {
            Set<String> seen = new HashSet<>();
            String current = keyId;
            while (seen.add(current)) {
                Actor actor = keyActors.get(current);
                if (actor == null || actor.affiliation() == null) {
                    return current;
                }
                current = actor.affiliation();
            }
            return current;
        }

        /** Key links with no extracted link of the same kind between the same pair. */
        List<Link> missed() {
            List<Link> missed = new ArrayList<>();
            for (Link wanted : item.key().links()) {
                boolean found = item.extracted().links().stream().anyMatch(got -> got.kind() == wanted.kind()
                        && samePair(wanted.source(), wanted.target(), actorMap.get(got.source()), actorMap.get(got.target())));
                if (!found) {
                    missed.add(wanted);
                }
            }
            return missed;
        }

        private static boolean samePair(String a, String b, String c, String d) {
            return a.equals(c) && b.equals(d) || a.equals(d) && b.equals(c);
        }

        /** The key actors recognised in sentence {@code s}, with the states and bodies they belong to. */
        Set<String> recognisedIn(int s) {
            Set<String> ids = new HashSet<>();
            for (Actor actor : item.extracted().actors()) {
                String keyId = actorMap.get(actor.id());
                if (keyId == null || actor.mentions().stream().noneMatch(m -> m.sentence() == s)) {
                    continue;
                }
                String current = keyId;
                while (current != null && ids.add(current)) {
                    Actor keyActor = keyActors.get(current);
                    current = keyActor == null ? null : keyActor.affiliation();
                }
            }
            return ids;
        }

        String classify(Link link) {
            String best = null;
            List<String> order = List.of("b", "c", "d", "e", "a2", "a1");
            Set<String> near = new HashSet<>();
            for (Evidence evidence : link.evidence()) {
                int s = evidence.sentence();
                Set<String> here = recognisedIn(s);
                for (int k = Math.max(0, s - BEFORE); k <= s; k++) {
                    near.addAll(recognisedIn(k));
                }
                String cls;
                if (here.contains(link.source()) && here.contains(link.target())) {
                    boolean ofKind = triggers.get(s).stream().anyMatch(t -> t.kinds().contains(link.kind()));
                    cls = ofKind ? "b" : triggers.get(s).isEmpty() ? "d" : "c";
                } else {
                    cls = null;
                }
                if (cls != null && (best == null || order.indexOf(cls) < order.indexOf(best))) {
                    best = cls;
                }
            }
            if (best != null) {
                return best;
            }
            if (near.contains(link.source()) && near.contains(link.target())) {
                return "e";
            }
            boolean bothKnown = actorMap.containsValue(link.source()) && actorMap.containsValue(link.target());
            return bothKnown ? "a2" : "a1";
        }

        boolean affiliated(String keyId) {
            Actor actor = keyActors.get(keyId);
            return actor != null && actor.affiliation() != null;
        }

        /** The top-level actor an extracted actor belongs to. */
        String top(String id) {
            Set<String> seen = new HashSet<>();
            String current = id;
            while (seen.add(current)) {
                Actor actor = extractedActors.get(current);
                String up = actor == null ? null : actor.affiliation();
                if (up == null || !extractedActors.containsKey(up)) {
                    return current;
                }
                current = up;
            }
            return current;
        }

        /**
         * The co-occurrence links; where {@code withExtractor}, added to the extractor's links in
         * the sentences where it linked nothing; where {@code split}, only between actors on either
         * side of the trigger.
         */
        BriefModel baseline(boolean withExtractor, boolean split) {
            return baseline(withExtractor, split, false);
        }

        /** As above; where {@code newPairs}, in every sentence with a trigger, but only for pairs the extractor did not link. */
        BriefModel baseline(boolean withExtractor, boolean split, boolean newPairs) {
            return baseline(withExtractor, split, newPairs, false);
        }

        /** As above; where {@code everyKind}, each pair is linked with the kind of every trigger in its sentence. */
        BriefModel baseline(boolean withExtractor, boolean split, boolean newPairs, boolean everyKind) {
            return baseline(withExtractor, split, newPairs, everyKind, false);
        }

        /** As above; where {@code verbs}, only triggers that read as asserted verbs count. */
        BriefModel baseline(boolean withExtractor, boolean split, boolean newPairs, boolean everyKind, boolean verbs) {
            BriefModel extracted = item.extracted();
            Set<Integer> linked = new HashSet<>();
            Set<String> have = new HashSet<>();
            Set<String> pairs = new HashSet<>();
            List<Link> links = new ArrayList<>();
            if (withExtractor) {
                for (Link link : extracted.links()) {
                    if (!newPairs) {
                        link.evidence().forEach(evidence -> linked.add(evidence.sentence()));
                    }
                    pairs.add(pairKey(link.source(), link.target(), null));
                    have.add(pairKey(link.source(), link.target(), link.kind()));
                    links.add(link);
                }
            }
            for (int s = 0; s < triggers.size(); s++) {
                List<TriggerAt> here = triggers.get(s).stream().filter(trigger -> !verbs || trigger.asserted()).toList();
                if (here.isEmpty() || linked.contains(s)) {
                    continue;
                }
                // Each top-level actor in the sentence with the character spans of its (or its members') mentions.
                Map<String, List<Evidence>> tops = new LinkedHashMap<>();
                for (Actor actor : extracted.actors()) {
                    for (Evidence mention : actor.mentions()) {
                        if (mention.sentence() == s) {
                            tops.computeIfAbsent(top(actor.id()), key -> new ArrayList<>()).add(mention);
                        }
                    }
                }
                List<String> ids = new ArrayList<>(tops.keySet());
                for (int x = 0; x < ids.size(); x++) {
                    for (int y = x + 1; y < ids.size(); y++) {
                        TriggerAt nearest = null;
                        int best = Integer.MAX_VALUE;
                        for (TriggerAt trigger : here) {
                            int distance = distance(tops.get(ids.get(x)), trigger) + distance(tops.get(ids.get(y)), trigger);
                            if (distance < best) {
                                best = distance;
                                nearest = trigger;
                            }
                        }
                        if (split && !splitBy(tops.get(ids.get(x)), tops.get(ids.get(y)), nearest)) {
                            continue;
                        }
                        if (newPairs && pairs.contains(pairKey(ids.get(x), ids.get(y), null))) {
                            continue;
                        }
                        Set<LinkKind> kinds = new HashSet<>();
                        if (everyKind) {
                            here.forEach(trigger -> kinds.addAll(trigger.kinds()));
                        } else {
                            kinds.add(nearest.trigger().kind());
                        }
                        for (LinkKind kind : kinds) {
                            if (!have.add(pairKey(ids.get(x), ids.get(y), kind))) {
                                continue;
                            }
                            org.brieflens.model.Span sentence = brief.sentences().get(s);
                            links.add(new Link("b" + links.size(), ids.get(x), ids.get(y), kind, false,
                                    List.of(new Evidence(s, sentence.start(), sentence.end())), null,
                                    new Provenance(BASELINE_CONFIDENCE, "co-occurrence")));
                        }
                    }
                }
            }
            return new BriefModel(extracted.brief(), extracted.actors(), links, extracted.figures(), extracted.exercises());
        }

        private static String pairKey(String a, String b, LinkKind kind) {
            return (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a) + "|" + kind;
        }

        private static int distance(List<Evidence> mentions, TriggerAt trigger) {
            int best = Integer.MAX_VALUE;
            for (Evidence mention : mentions) {
                int d = mention.end() <= trigger.start() ? trigger.start() - mention.end()
                        : mention.start() >= trigger.stop() ? mention.start() - trigger.stop() : 0;
                best = Math.min(best, d);
            }
            return best;
        }

        /** Whether one actor has a mention before the trigger and the other one after it. */
        private static boolean splitBy(List<Evidence> a, List<Evidence> b, TriggerAt trigger) {
            boolean aBefore = a.stream().anyMatch(m -> m.end() <= trigger.start());
            boolean aAfter = a.stream().anyMatch(m -> m.start() >= trigger.stop());
            boolean bBefore = b.stream().anyMatch(m -> m.end() <= trigger.start());
            boolean bAfter = b.stream().anyMatch(m -> m.start() >= trigger.stop());
            return aBefore && bAfter || bBefore && aAfter;
        }
    }
}
