package org.brieflens.view.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.brieflens.extract.BriefExtractor;
import org.brieflens.ingest.Extraction;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Link;
import org.brieflens.model.ModelIndex;
import org.brieflens.state.Selection;
import org.brieflens.testing.Briefs;

class ItemDescriptionsTest {

    @Test
    void anItemTheExtractorReadSaysHowSureItWasAndByWhichRule() {
        BriefModel bundled = Briefs.bundled();
        BriefModel extracted = new BriefExtractor().extract(bundled.brief(), Extraction.Progress.NONE);
        ModelIndex index = ModelIndex.of(extracted);
        Link link = extracted.links().get(0);

        String tooltip = ItemInteraction.tooltipText(index, Selection.link(link.id()), "a link");

        assertThat(tooltip).startsWith("a link\n\n")
                .endsWith("Read by the extractor: " + Math.round(link.provenance().confidence() * 100) + "% sure (rule "
                        + link.provenance().rule() + ")");
    }

    @Test
    void aLinkSaysWhetherItIsDerivedAndWhetherTheExtractorIsLessSureOfIt() {
        ModelIndex index = ModelIndex.of(Briefs.bundledWithConfidence(Map.of("chn-rus-partnership", 0.54)));

        assertThat(ItemDescriptions.of(index, index.link("chn-rus-partnership").orElseThrow()))
                .isEqualTo("Partnership: China — Russia (cooperation, less sure)");
        assertThat(ItemDescriptions.of(index, index.link("nato-jpn-dialogue").orElseThrow()))
                .endsWith("(cooperation, derived)");
        assertThat(ItemDescriptions.notesOf(index.link("chn-rus-support").orElseThrow())).isEmpty();
    }

    @Test
    void anItemAPersonCheckedSaysNothingOfTheExtractor() {
        ModelIndex index = ModelIndex.of(Briefs.bundled());

        assertThat(ItemDescriptions.provenance(index, Selection.actor("jpn"))).isEmpty();
        assertThat(ItemInteraction.tooltipText(index, Selection.actor("jpn"), "Japan")).doesNotContain("extractor");
    }
}
