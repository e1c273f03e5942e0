package org.brieflens.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.brieflens.model.Actor;
import org.brieflens.model.ActorKind;
import org.brieflens.model.Brief;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Evidence;
import org.brieflens.model.Link;
import org.brieflens.model.LinkKind;
import org.brieflens.model.Provenance;
import org.brieflens.model.Span;

/**
 * Made-up models as large as a brief will never be, to measure and test the network at scale:
 * actors of every kind with invented names of realistic lengths, groupings with members, people
 * and bodies affiliated to states, and links that mostly stay within one of several regions and
 * favour already well-linked actors (as alliances and great powers gather links), with one to
 * four sentences of evidence and some derived from others. The same arguments always give the
 * same model.
 */
public final class SyntheticNetworks {
    private static final String[] SYLLABLES = {"ka", "lo", "ve", "ria", "nor", "tan", "mi", "sel", "du", "ar", "is",
        "bel", "kon", "sta", "vi", "ra", "om", "pel", "gu", "ent", "zo", "qua", "lin", "dor"};
    private static final String[] BODIES = {"Navy", "Coast Guard", "Ministry of Defence", "Air Force", "Army"};
    private static final LinkKind[] KINDS = LinkKind.values();
    private static final int SENTENCES = 500;
    private static final String SENTENCE = "Synthetic sentence stating one link between two actors. ";

    private SyntheticNetworks() {
    }

    /** The model the scale figures are measured on: 2,000 actors and 10,000 links. */
    public static BriefModel large() {
        return model(2000, 10_000, 42);
    }

    public static BriefModel model(int actorCount, int linkCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int regions = Math.max(1, actorCount / 50);
        List<ActorKind> kinds = new ArrayList<>();
        for (int i = 0; i < actorCount; i++) {
            kinds.add(kind(random.nextDouble()));
        }
        int[] region = new int[actorCount];
        for (int i = 0; i < actorCount; i++) {
            region[i] = random.nextInt(regions);
        }
        List<List<String>> members = new ArrayList<>();
        List<List<String>> memberOf = new ArrayList<>();
        for (int i = 0; i < actorCount; i++) {
            members.add(new ArrayList<>());
            memberOf.add(new ArrayList<>());
        }
        List<Integer> states = new ArrayList<>();
        for (int i = 0; i < actorCount; i++) {
            if (kinds.get(i) == ActorKind.STATE) {
                states.add(i);
            }
        }
        for (int i = 0; i < actorCount; i++) {
            if (kinds.get(i).hasMembers() && !states.isEmpty()) {
                int size = 3 + random.nextInt(18);
                Set<Integer> chosen = new HashSet<>();
                for (int k = 0; k < size * 3 && chosen.size() < size; k++) {
                    int state = states.get(random.nextInt(states.size()));
                    if (region[state] == region[i] || random.nextDouble() < 0.3) {
                        chosen.add(state);
                    }
                }
                for (int state : chosen.stream().sorted().toList()) {
                    members.get(i).add(id(state));
                    memberOf.get(state).add(id(i));
                }
            }
        }
        String text = SENTENCE.repeat(SENTENCES);
        List<Span> sentences = new ArrayList<>();
        for (int s = 0; s < SENTENCES; s++) {
            sentences.add(new Span(s * SENTENCE.length(), (s + 1) * SENTENCE.length() - 1));
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < actorCount; i++) {
            ActorKind kind = kinds.get(i);
            String affiliation = null;
            String name = name(random);
            if ((kind == ActorKind.PERSON || kind == ActorKind.ORGANISATION || kind == ActorKind.COMPANY)
                    && !states.isEmpty()) {
                int state = states.get(random.nextInt(states.size()));
                affiliation = id(state);
                if (kind == ActorKind.ORGANISATION) {
                    name = name + " " + BODIES[random.nextInt(BODIES.length)];
                }
            }
            String iso3 = kind == ActorKind.STATE ? iso3(i) : null;
            actors.add(new Actor(id(i), name, kind, iso3, List.of(), memberOf.get(i), members.get(i), affiliation,
                    List.of(evidence(random.nextInt(SENTENCES))), Provenance.HAND_CHECKED));
        }
        List<Link> links = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < actorCount; i++) {
            ends.add(i);
        }
        List<List<Integer>> byRegion = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            byRegion.add(new ArrayList<>());
        }
        for (int i = 0; i < actorCount; i++) {
            byRegion.get(region[i]).add(i);
        }
        while (links.size() < linkCount) {
            // Picking an end of an earlier link favours actors with many links already.
            int source = ends.get(random.nextInt(ends.size()));
            List<Integer> near = byRegion.get(region[source]);
            int target = random.nextDouble() < 0.8 && near.size() > 1 ? near.get(random.nextInt(near.size()))
                    : ends.get(random.nextInt(ends.size()));
            if (source == target) {
                continue;
            }
            LinkKind kind = KINDS[random.nextInt(KINDS.length)];
            int sentenceCount = random.nextDouble() < 0.7 ? 1 : 2 + random.nextInt(3);
            List<Evidence> evidence = new ArrayList<>();
            for (int s = 0; s < sentenceCount; s++) {
                evidence.add(evidence(random.nextInt(SENTENCES)));
            }
            String derivedFrom = !links.isEmpty() && random.nextDouble() < 0.05
                    ? links.get(random.nextInt(links.size())).id() : null;
            boolean directed = kind != LinkKind.PARTNERSHIP && kind != LinkKind.DIALOGUE && random.nextBoolean();
            links.add(new Link("l" + links.size(), id(source), id(target), kind, directed, evidence, derivedFrom,
                    Provenance.HAND_CHECKED));
            ends.add(source);
            ends.add(target);
        }
        Brief brief = new Brief("Synthetic brief of " + actorCount + " actors", "", null, text, sentences);
        return new BriefModel(brief, actors, links, List.of(), List.of());
    }

    private static Evidence evidence(int sentence) {
        int start = sentence * SENTENCE.length();
        return new Evidence(sentence, start, start + 9);
    }

    private static ActorKind kind(double draw) {
        if (draw < 0.68) {
            return ActorKind.STATE;
        }
        if (draw < 0.72) {
            return ActorKind.ALLIANCE;
        }
        if (draw < 0.76) {
            return ActorKind.GROUPING;
        }
        if (draw < 0.87) {
            return ActorKind.ORGANISATION;
        }
        return draw < 0.96 ? ActorKind.PERSON : ActorKind.COMPANY;
    }

    private static String id(int index) {
        return "a" + index;
    }

    private static String iso3(int index) {
        return String.valueOf(new char[] {(char) ('A' + index % 26), (char) ('A' + index / 26 % 26),
            (char) ('A' + index / 676 % 26)});
    }

    private static String name(SplittableRandom random) {
        StringBuilder name = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int s = 0; s < syllables; s++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        if (random.nextDouble() < 0.2) {
            name.append(" ").append(Character.toUpperCase(SYLLABLES[random.nextInt(SYLLABLES.length)].charAt(0)))
                    .append(SYLLABLES[random.nextInt(SYLLABLES.length)]).append("ia");
        }
        return name.toString();
    }
}
