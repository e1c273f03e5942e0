package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

import org.brieflens.ingest.Extraction;
import org.brieflens.testing.Briefs;

class BriefExtractorTest {
    private static final String TEXT = "Japan holds joint exercises with Australia. NATO member Poland spends 3% of GDP.";

    @Test
    void reportsItsProgressStageByStageUpToDone() {
        List<Double> fractions = new ArrayList<>();
        List<String> messages = new ArrayList<>();

        new BriefExtractor().extract(Briefs.brief(TEXT), (fraction, message) -> {
            fractions.add(fraction);
            messages.add(message);
        });

        assertThat(fractions).hasSizeGreaterThan(3).isSorted().endsWith(1.0);
        assertThat(messages.get(messages.size() - 1)).startsWith("Read ").contains("actors");
    }

    @Test
    void aBodyDescribedOverSeveralSpacesOrALineBreakIsNamedWithSingleSpaces() {
        assertThat(Extracted.from("China's foreign   ministry objected.").model().actors())
                .extracting(org.brieflens.model.Actor::name).contains("China Foreign Ministry");
    }

    @Test
    void emptyBracketsBesideActorsAreReadLikeAnyOtherText() {
        assertThat(Extracted.from("China and Japan () met in Tokyo (). Russia ( ) joined.").actorIds())
                .containsExactlyInAnyOrder("chn", "jpn", "rus");
    }

    @Test
    void aDealBetweenTwoStatesWhoseSubjectIsCarriedFromNowhereKeepsItsEvidenceInTheSentence() {
        Extracted extracted = Extracted.from("“This contract ng crew members had been sought from Australia and Singapore.");

        assertThat(extracted.model().links()).allSatisfy(link -> assertThat(link.evidence())
                .allSatisfy(evidence -> assertThat(evidence.start()).isGreaterThanOrEqualTo(0)));
        assertThat(extracted.actorIds()).containsExactlyInAnyOrder("aus", "sgp");
    }

    @Test
    void stopsWhenCancelled() {
        Extraction.Progress cancelled = new Extraction.Progress() {
            @Override
            public void update(double fractionDone, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> new BriefExtractor().extract(Briefs.brief(TEXT), cancelled))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void givesTheSameModelEachTime() {
        assertThat(Extracted.from(TEXT)).isEqualTo(Extracted.from(TEXT));
    }
}
