package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.brieflens.model.Link;
import org.brieflens.model.LinkKind;
import org.junit.jupiter.api.Test;

class LearnedPairLinksTest {

    /** A model sure of one kind wherever a feature is present, and of no link elsewhere. */
    private static LinkPairModel sureOf(String feature, LinkKind kind) {
        Map<String, double[]> weights = new HashMap<>();
        double[] none = new double[LinkPairModel.CLASSES];
        none[0] = 5;
        weights.put("bias", none);
        double[] sure = new double[LinkPairModel.CLASSES];
        sure[0] = -5;
        sure[kind.ordinal() + 1] = 10;
        weights.put(feature, sure);
        return new LinkPairModel(weights, LinkPairModel.SHIPPED_THRESHOLD);
    }

    @Test
    void statesTheLinkItIsSureOfWhereTheRulesReadNoneAndSaysItWasThePairModel() {
        Extracted extracted = Extracted.withModel(sureOf("between-word=courte", LinkKind.PARTNERSHIP), "Japan courted Vietnam.");

        assertThat(Extracted.byRules("Japan courted Vietnam.").links()).isEmpty();
        assertThat(extracted.links()).containsExactly("jpn partnership vnm");
        Link link = extracted.link("jpn", LinkKind.PARTNERSHIP, "vnm").orElseThrow();
        assertThat(link.provenance().rule()).isEqualTo(LearnedPairLinks.RULE);
        // Never as sure as a rule: at most the model's probability, scaled down.
        assertThat(link.provenance().confidence()).isBetween(0.5, 0.6);
        assertThat(link.evidence()).singleElement().satisfies(evidence ->
                assertThat(extracted.model().brief().textOf(evidence)).isEqualTo("Japan courted Vietnam"));
    }

    @Test
    void statesNothingWhereItIsUnsure() {
        assertThat(Extracted.withModel(sureOf("between-word=absent", LinkKind.PARTNERSHIP), "Japan courted Vietnam.").links())
                .isEmpty();
    }

    @Test
    void statesNoLinkOfAKindTheWordsUndo() {
        String text = "Japan lifted its ban on exports of lethal weapons to the Philippines.";

        assertThat(Extracted.withModel(sureOf("bias", LinkKind.COERCION), text).links()).isEmpty();
        assertThat(Extracted.withModel(sureOf("bias", LinkKind.DIALOGUE), text).links()).containsExactly("jpn dialogue phl");
    }

    @Test
    void leavesAPairTheRulesLinkedToTheRules() {
        String text = "Japan and Vietnam signed a defence pact.";

        assertThat(Extracted.withModel(sureOf("bias", LinkKind.ATTACK), text).links())
                .containsExactly("jpn partnership vnm");
    }

    @Test
    void theOneNamedAfterFromOrByIsTheSource() {
        assertThat(Extracted.withModel(sureOf("between-word=favour", LinkKind.SUPPORT), "Japan won favours from Vietnam.")
                .links()).containsExactly("vnm support jpn");
    }

    @Test
    void theShippedModelKnowsEveryKindAndReadsBackAsWritten() throws IOException {
        LinkPairModel shipped = LinkPairModel.shipped();
        StringWriter written = new StringWriter();
        shipped.write(written);
        LinkPairModel read = LinkPairModel.read(TsvTable.read(new StringReader(written.toString())), shipped.threshold());

        assertThat(shipped.threshold()).isEqualTo(LinkPairModel.SHIPPED_THRESHOLD);
        List<String> features = List.of("bias", "kinds=state|state", "nearest=partnership", "between-word=signed");
        double[] before = shipped.probabilities(features);
        assertThat(read.probabilities(features)).containsExactly(before, offset(1e-9));
        assertThat(before).hasSize(LinkKind.values().length + 1);
        // Trained, not empty: a pair of states with a partnership trigger between them is more likely linked than not.
        assertThat(before[0]).isLessThan(0.5);
    }

    @Test
    void aModelFileWithoutAKindsColumnIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> LinkPairModel.read(TsvTable.read(new StringReader("feature\tnone\nbias\t1\n")), 0.9))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(LinkPairModel.RESOURCE).hasMessageContaining("partnership");
    }
}
