package org.brieflens.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.brieflens.model.LinkFamily;
import org.brieflens.model.LinkKind;

/**
 * What one stage's links say about another's, within a sentence: members of a body are not its
 * partners, no one drills with the one the same sentence says it coerces or attacks, and a link
 * already stated is not added again from weaker evidence. Pairs are looked up, never compared
 * link by link, so the work grows with the number of links, not with its square.
 */
final class LinkPruning {
    private LinkPruning() {
    }

    /** "Greece and Turkey, both NATO allies": drops the partnerships a membership of the same sentence explains. */
    static void membersAreNoPartners(List<LinkDraft> links, List<LinkDraft> memberships) {
        Set<String> memberPairs = pairsInSentence(memberships);
        links.removeIf(link -> link.kind() == LinkKind.PARTNERSHIP && memberPairs.contains(pairInSentence(link)));
    }

    /** "drills encircling Taiwan": drops exercises with those the same sentence's conflict links join. */
    static void noDrillsWithTheCoerced(List<LinkDraft> links) {
        Set<String> conflictPairs = pairsInSentence(links.stream()
                .filter(link -> link.kind().family() == LinkFamily.CONFLICT).toList());
        links.removeIf(link -> link.kind() == LinkKind.JOINT_EXERCISE && conflictPairs.contains(pairInSentence(link)));
    }

    /** The candidates whose pair no link of the same kind already joins in the same sentence. */
    static List<LinkDraft> notYetStated(List<LinkDraft> candidates, List<LinkDraft> links) {
        Set<String> stated = new HashSet<>();
        links.forEach(link -> stated.add(link.kind() + " " + pairInSentence(link)));
        return candidates.stream().filter(link -> stated.add(link.kind() + " " + pairInSentence(link))).toList();
    }

    private static Set<String> pairsInSentence(List<LinkDraft> links) {
        Set<String> pairs = new HashSet<>();
        links.forEach(link -> pairs.add(pairInSentence(link)));
        return pairs;
    }

    /** A link's sentence and unordered pair, whatever its kind. */
    private static String pairInSentence(LinkDraft link) {
        return pairInSentence(link.sentence(), link.source(), link.target());
    }

    /** A sentence and an unordered pair of actors, as one key. */
    static String pairInSentence(int sentence, String one, String two) {
        return sentence + " " + (one.compareTo(two) < 0 ? one + " " + two : two + " " + one);
    }
}
