package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    @Test
    void typographicQuotesAndHyphensBecomeAsciiWithoutMovingAnyOffset() {
        String original = "Seoul\u2019s \u201Cspecial\u201D CVN\u201172";

        NormalisedText normalised = TextNormaliser.normalise(original);

        assertThat(normalised.text()).isEqualTo("Seoul's \"special\" CVN-72");
        assertThat(normalised.originalStart(8)).isEqualTo(8);
    }

    @Test
    void putsBackTheSpaceMissingAfterACommaBetweenWordsAndMapsTheNextWordToItsOriginalPlace() {
        String original = "complacency becomes dangerous,Rutte stated";

        NormalisedText normalised = TextNormaliser.normalise(original);

        assertThat(normalised.text()).isEqualTo("complacency becomes dangerous, Rutte stated");
        int rutte = normalised.text().indexOf("Rutte");
        assertThat(original.substring(normalised.originalStart(rutte), normalised.originalEnd(rutte + 5))).isEqualTo("Rutte");
    }

    @Test
    void putsBackTheLastFullStopOfADottedAcronymAndMapsTheAcronymToItsOriginalSpan() {
        String original = "an agreement between the U.S and PNG, and U.K officials";

        NormalisedText normalised = TextNormaliser.normalise(original);

        assertThat(normalised.text()).isEqualTo("an agreement between the U.S. and PNG, and U.K. officials");
        int us = normalised.text().indexOf("U.S.");
        assertThat(original.substring(normalised.originalStart(us), normalised.originalEnd(us + 4))).isEqualTo("U.S");
        assertThat(TextNormaliser.normalise("the U.S. Navy and e.g. this").text()).isEqualTo("the U.S. Navy and e.g. this");
    }

    @Test
    void splitsACommonNounRunIntoAHyphenatedName() {
        assertThat(TextNormaliser.normalise("a modified NATO-Plusmodel could emerge").text())
                .isEqualTo("a modified NATO-Plus model could emerge");
    }

    @Test
    void putsBackTheSpaceAfterAFullStopGluedToTheNextSentence() {
        assertThat(TextNormaliser.normalise("hybrid threats.This upgrade").text()).isEqualTo("hybrid threats. This upgrade");
    }

    @Test
    void leavesAbbreviationsNumbersAndOrdinaryCompoundsAlone() {
        String text = "the U.S. and e.g. 1,600-kilometer missiles, Indo-Pacific partners, NATO-led drills";

        assertThat(TextNormaliser.normalise(text).text()).isEqualTo(text);
    }

    @Test
    void writesShoutedCaptionsInTitleCaseButKeepsShortAcronyms() {
        assertThat(TextNormaliser.normalise("POLISH DEFENCE MINISTER, MARIUSZ BLASZCZAK. US").text())
                .isEqualTo("Polish Defence Minister, Mariusz Blaszczak. US");
    }

    @Test
    void keepsEveryNormalisedCharacterMappedInsideTheOriginal() {
        String original = "a,b;c threats.This NATO-Plusmodel";

        NormalisedText normalised = TextNormaliser.normalise(original);

        for (int i = 0; i < normalised.text().length(); i++) {
            assertThat(normalised.originalStart(i)).isBetween(0, original.length() - 1);
        }
    }
}
