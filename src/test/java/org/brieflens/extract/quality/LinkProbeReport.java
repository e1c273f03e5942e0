package org.brieflens.extract.quality;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.brieflens.extract.BriefExtractor;
import org.brieflens.ingest.Extraction;
import org.brieflens.model.Actor;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Evidence;
import org.brieflens.model.Link;
import org.brieflens.model.LinkKind;
import org.brieflens.testing.Briefs;

/**
 * Scores the extractor's links on the link probes: each probe's text is extracted alone, each
 * expected end is the actor whose mention best covers the first occurrence of its substring,
 * and a link matches when the kind and the pair (in either order) agree. Two counts: strict, at
 * the level the probe names the ends, and lifted, with every end taken to its top-level state or
 * body, which forgives a link recorded for a minister where the probe names his state.
 * Run it with {@code mvn -q test-compile exec:exec@report -Dreport.args="--probes [--detail] FILE..."}.
 */
final class LinkProbeReport {
    static final Path PROBES = Path.of("src/test/resources/org/brieflens/extract/probes");

    private LinkProbeReport() {
    }

    static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        boolean detail = options.contains("--detail");
        List<Path> files = new ArrayList<>();
        for (String option : options) {
            if (!option.startsWith("--")) {
                files.add(PROBES.resolve(option.endsWith(".txt") ? option : "probes-" + option + ".txt"));
            }
        }
        if (files.isEmpty()) {
            try (Stream<Path> all = Files.list(PROBES)) {
                // Held-out probe sets end in -H and are only measured when named.
                files.addAll(all.filter(file -> file.toString().endsWith(".txt") && !file.toString().endsWith("-H.txt"))
                        .sorted().toList());
            }
        }
        Tally strict = new Tally();
        Tally lifted = new Tally();
        for (Path file : files) {
            for (LinkProbe probe : LinkProbe.read(file)) {
                score(probe, strict, lifted, detail ? System.out : null);
            }
        }
        strict.print("strict", System.out);
        lifted.print("lifted to states and bodies", System.out);
    }

    private static void score(LinkProbe probe, Tally strict, Tally lifted, PrintStream detail) {
        BriefModel model = new BriefExtractor().extract(Briefs.brief(probe.text()), Extraction.Progress.NONE);
        Map<String, Actor> actors = new HashMap<>();
        model.actors().forEach(actor -> actors.put(actor.id(), actor));

        Set<String> wanted = new LinkedHashSet<>();
        Set<String> wantedLifted = new LinkedHashSet<>();
        List<String> unresolved = new ArrayList<>();
        for (LinkProbe.Expected link : probe.links()) {
            Optional<Actor> source = actorAt(model, actors, probe.text(), link.source());
            Optional<Actor> target = actorAt(model, actors, probe.text(), link.target());
            if (source.isEmpty() || target.isEmpty()) {
                unresolved.add(link.source() + " " + link.kind().jsonName() + " " + link.target());
                strict.expect(link.kind(), false);
                lifted.expect(link.kind(), false);
                continue;
            }
            wanted.add(key(source.get().id(), link.kind(), target.get().id()));
            String top = top(source.get(), actors);
            String otherTop = top(target.get(), actors);
            if (!top.equals(otherTop)) {
                wantedLifted.add(key(top, link.kind(), otherTop));
            }
        }
        Set<String> found = new LinkedHashSet<>();
        Set<String> foundLifted = new LinkedHashSet<>();
        for (Link link : model.links()) {
            if (link.derivedFrom() == null) {
                found.add(key(link.source(), link.kind(), link.target()));
            }
            String top = top(actors.get(link.source()), actors);
            String otherTop = top(actors.get(link.target()), actors);
            if (!top.equals(otherTop)) {
                foundLifted.add(key(top, link.kind(), otherTop));
            }
        }
        strict.add(wanted, found);
        lifted.add(wantedLifted, foundLifted);
        if (detail != null && (!unresolved.isEmpty() || !found.containsAll(wanted) || !wanted.containsAll(found))) {
            detail.printf("%s  %s%n", probe.id(), probe.text());
            unresolved.forEach(link -> detail.println("      no actor: " + link));
            wanted.stream().filter(link -> !found.contains(link)).forEach(link -> detail.println("      missed: " + link));
            found.stream().filter(link -> !wanted.contains(link)).forEach(link -> detail.println("      extra:  " + link));
        }
    }

    /**
     * The actor named by the substring's first occurrence. Where it covers an organisation and its
     * state ("Philippine Navy" holds mentions of both), the most specific one, the deepest in
     * affiliation; otherwise the one whose mention covers most of it.
     */
    private static Optional<Actor> actorAt(BriefModel model, Map<String, Actor> actors, String text, String name) {
        int start = text.indexOf(name);
        int end = start + name.length();
        Actor best = null;
        int bestDepth = -1;
        int bestOverlap = 0;
        for (Actor actor : model.actors()) {
            for (Evidence mention : actor.mentions()) {
                int overlap = Math.min(end, mention.end()) - Math.max(start, mention.start());
                int depth = depth(actor, actors);
                if (overlap > 0 && (depth > bestDepth || depth == bestDepth && overlap > bestOverlap)) {
                    best = actor;
                    bestDepth = depth;
                    bestOverlap = overlap;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The actor and the bodies and states it belongs to, innermost first. */
    private static List<Actor> affiliations(Actor actor, Map<String, Actor> actors) {
        List<Actor> chain = new ArrayList<>(List.of(actor));
        for (Actor current = actor; chain.size() <= 5 && current.affiliation() != null
                && actors.containsKey(current.affiliation()); ) {
            current = actors.get(current.affiliation());
            chain.add(current);
        }
        return chain;
    }

    private static int depth(Actor actor, Map<String, Actor> actors) {
        return affiliations(actor, actors).size() - 1;
    }

    private static String top(Actor actor, Map<String, Actor> actors) {
        List<Actor> chain = affiliations(actor, actors);
        return chain.get(chain.size() - 1).id();
    }

    /** Kind and pair in either order, as the answer-key comparison matches them. */
    private static String key(String one, LinkKind kind, String other) {
        return (one.compareTo(other) <= 0 ? one + " " + kind.jsonName() + " " + other
                : other + " " + kind.jsonName() + " " + one);
    }

    /** Matched, expected and found links, in all and by kind. */
    private static final class Tally {
        private final Map<LinkKind, int[]> byKind = new EnumMap<>(LinkKind.class);

        void expect(LinkKind kind, boolean matched) {
            int[] counts = counts(kind);
            counts[1]++;
            if (matched) {
                counts[0]++;
            }
        }

        void add(Set<String> wanted, Set<String> found) {
            for (String link : wanted) {
                expect(kindOf(link), found.contains(link));
            }
            for (String link : found) {
                counts(kindOf(link))[2]++;
            }
        }

        private static LinkKind kindOf(String key) {
            String name = key.split(" ")[1];
            return Stream.of(LinkKind.values()).filter(kind -> kind.jsonName().equals(name)).findFirst().orElseThrow();
        }

        private int[] counts(LinkKind kind) {
            return byKind.computeIfAbsent(kind, unused -> new int[3]);
        }

        void print(String title, PrintStream out) {
            out.printf(Locale.ROOT, "%n%s%n%-22s %7s %7s %7s %9s %9s%n", title, "kind", "matched", "key", "found",
                    "precision", "recall");
            int[] total = new int[3];
            byKind.entrySet().stream().sorted(Comparator.comparing(Map.Entry::getKey)).forEach(entry -> {
                int[] counts = entry.getValue();
                row(out, entry.getKey().jsonName(), counts);
                for (int i = 0; i < 3; i++) {
                    total[i] += counts[i];
                }
            });
            row(out, "ALL", total);
        }

        private static void row(PrintStream out, String name, int[] counts) {
            out.printf(Locale.ROOT, "%-22s %7d %7d %7d %8.1f%% %8.1f%%%n", name, counts[0], counts[1], counts[2],
                    counts[2] == 0 ? 0.0 : 100.0 * counts[0] / counts[2], counts[1] == 0 ? 0.0 : 100.0 * counts[0] / counts[1]);
        }
    }
}
