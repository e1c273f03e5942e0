package org.brieflens.view.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.brieflens.model.Evidence;
import org.brieflens.model.ModelIndex;
import org.brieflens.state.Selection;
import org.brieflens.testing.Briefs;

class ShownEvidenceTest {
    private final ModelIndex index = ModelIndex.of(Briefs.bundled());

    @Test
    void aFigureShownAsAChangeBringsTheEvidenceOfItsEarlierValue() {
        List<Evidence> evidence = ShownEvidence.of(index, Stream.of(Selection.figure("exports-now")));

        assertThat(evidence).extracting(each -> index.model().brief().textOf(each))
                .containsExactly("Asian nations now account for 42% of US defense exports", "up from 28% pre-pandemic");
    }

    @Test
    void eachPieceOfEvidenceOnceInTheOrderOfTheText() {
        List<Evidence> evidence = ShownEvidence.of(index, Stream.of(Selection.link("usa-aus-cable-initiative"),
                Selection.figure("naval-growth"), Selection.link("usa-jpn-cable-initiative")));

        assertThat(evidence).hasSize(2);
        assertThat(evidence.get(0).start()).isLessThan(evidence.get(1).start());
    }
}
