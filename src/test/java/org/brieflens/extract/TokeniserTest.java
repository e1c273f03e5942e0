package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokeniserTest {

    @Test
    void splitsThePossessiveFromItsName() {
        assertThat(Tokeniser.words("Japan's navy")).containsExactly("Japan", "'s", "navy");
    }

    @Test
    void keepsDottedAcronymsWhole() {
        assertThat(Tokeniser.words("the U.S. Navy")).containsExactly("the", "U.S.", "Navy");
    }

    @Test
    void keepsNumbersWithTheirSeparatorsAndOrdinalsWhole() {
        assertThat(Tokeniser.words("25,000 troops, 115.5 trillion, 3rd Fleet"))
                .containsExactly("25,000", "troops", ",", "115.5", "trillion", ",", "3rd", "Fleet");
    }

    @Test
    void keepsACurrencySignWithItsCountryPrefix() {
        assertThat(Tokeniser.words("A$50 million and $1.2bn")).containsExactly("A$", "50", "million", "and", "$", "1.2", "bn");
    }

    @Test
    void cutsACurrencyCodeOrASignWrittenAsAWordFromTheAmountItIsWrittenOnto() {
        assertThat(Tokeniser.words("EUR5 billion, Rs58,000 crore, Tw$586 billion, Rsvp2 and RAM8"))
                .containsExactly("EUR", "5", "billion", ",", "Rs", "58,000", "crore", ",", "Tw$", "586", "billion", ",",
                        "Rsvp2", "and", "RAM8");
    }

    @Test
    void makesHyphensTokensOfTheirOwn() {
        assertThat(Tokeniser.words("China-Russia DDG-62")).containsExactly("China", "-", "Russia", "DDG", "-", "62");
    }

    @Test
    void keepsDesignationsWithDigitsWhole() {
        assertThat(Tokeniser.words("IP4 and K2 tanks")).containsExactly("IP4", "and", "K2", "tanks");
    }
}
