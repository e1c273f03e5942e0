package org.brieflens.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.brieflens.model.Span;
import org.brieflens.testing.Briefs;

class SentenceSplitterTest {

    @Test
    void splitsTheBundledBriefIntoItsHeadlinesAndSentences() throws Exception {
        String text = Files.readString(Briefs.BUNDLED_TEXT);

        List<String> sentences = sentences(text);

        assertThat(sentences).hasSize(20);
        assertThat(sentences.get(0)).isEqualTo("NATO chief warns of China-Russia military collaboration and rapid naval growth");
        assertThat(sentences.get(6)).startsWith("When security in Europe").endsWith("Ukraine campaign.");
        assertThat(sentences.get(19)).endsWith("$3.4 trillion in annual global trade.");
    }

    @Test
    void aLineBreakEndsASentence() {
        assertThat(sentences("First line\nSecond line")).containsExactly("First line", "Second line");
    }

    @Test
    void initialsWrittenAsOneWordDoNotEndASentence() {
        assertThat(sentences("Prime Minister K.P. Sharma Oli returns. He left.")).containsExactly(
                "Prime Minister K.P. Sharma Oli returns.", "He left.");
    }

    @Test
    void aParagraphWrappedAtAFixedWidthIsReadAsRunningText() {
        String wrapped = """
                Russia is a major political ally of Venezuela, where the government of President
                Nicolas Maduro faces an acute economic and political crisis.
                Hit by low oil prices and the impact of US sanctions, Maduro is seeking support
                from allies after winning a second presidential term this year.
                """;

        assertThat(sentences(wrapped)).containsExactly(
                "Russia is a major political ally of Venezuela, where the government of President\n"
                        + "Nicolas Maduro faces an acute economic and political crisis.",
                "Hit by low oil prices and the impact of US sanctions, Maduro is seeking support\n"
                        + "from allies after winning a second presidential term this year.");
    }

    @Test
    void headlinesAndListItemsAboveABodyStayLinesOfTheirOwn() {
        assertThat(sentences("Egypt Buys 30 Rafale Jets\nEgypt's military has confirmed it ordered 30 Rafale jets from "
                + "French defence firm Dassault Aviation to shore up national security, a spokesman said on Tuesday."))
                .hasSize(2);
        assertThat(sentences("Key points of the deal signed in Paris on Monday by the ministers\n"
                + "- Thirty Rafale jets for the air force of Egypt, delivered from 2026\n"
                + "- Missiles and training for the crews of the new jets, over five years"))
                .hasSize(3);
    }

    @Test
    void aLineThatGoesOnInLowerCaseContinuesTheSentence() {
        assertThat(sentences("The ministers agreed to deepen\ncooperation at sea.")).containsExactly(
                "The ministers agreed to deepen\ncooperation at sea.");
    }

    @Test
    void aBulletInsideALineStartsAHeadlineOfItsOwn() {
        assertThat(sentences("• Japan, Philippines sign pact • Beijing slams Manila's \"provocations\" • US drills"))
                .containsExactly("Japan, Philippines sign pact", "Beijing slams Manila's \"provocations\"", "US drills");
    }

    @Test
    void doesNotSplitAfterAbbreviationsOrInitials() {
        assertThat(sentences("Vice. Adm. John Wade met the U.S. Navy at Camp David, Md., on Oct. 31. W. P. Lawrence sailed."))
                .containsExactly("Vice. Adm. John Wade met the U.S. Navy at Camp David, Md., on Oct. 31.", "W. P. Lawrence sailed.");
    }

    @Test
    void splitsAFullStopGluedToTheNextSentence() {
        assertThat(sentences("It rose sharply.Then it fell.")).containsExactly("It rose sharply.", "Then it fell.");
        assertThat(sentences("Output doubles by 2035.Washington agreed.")).containsExactly("Output doubles by 2035.",
                "Washington agreed.");
        assertThat(sentences("He called it “a confrontation”.Australia disagreed.")).containsExactly(
                "He called it “a confrontation”.", "Australia disagreed.");
        assertThat(sentences("The U.S.Navy and No.5 Squadron sailed.")).containsExactly("The U.S.Navy and No.5 Squadron sailed.");
    }

    @Test
    void keepsDecimalsAndQuotesWhole() {
        assertThat(sentences("“We will act,” he said. Trade is $3.4 trillion. “Is it?” Yes."))
                .containsExactly("“We will act,” he said.", "Trade is $3.4 trillion.", "“Is it?”", "Yes.");
    }

    @Test
    void leavesOutBulletsAndSurroundingSpace() {
        String text = "  - A headline  \n\n* Another one";
        List<Span> spans = SentenceSplitter.split(text);

        assertThat(spans).containsExactly(new Span(4, 14), new Span(20, 31));
    }

    @Test
    void anEmptyTextHasNoSentences() {
        assertThat(SentenceSplitter.split(" \n\n ")).isEmpty();
    }

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(span -> text.substring(span.start(), span.end())).toList();
    }
}
