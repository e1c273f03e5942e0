package org.brieflens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.brieflens.model.Brief;

class TextBriefReaderTest {

    @Test
    void aFirstLineThatIsAWebAddressIsTheSourceNotTheText() {
        Brief brief = TextBriefReader.read("a.txt",
                "https://example.org/news/drills - Example News, 2024-11-14\nShips gathered. They sailed.\n");

        assertThat(brief.source()).isEqualTo("https://example.org/news/drills - Example News, 2024-11-14");
        assertThat(brief.date()).isEqualTo("2024-11-14");
        assertThat(brief.text()).isEqualTo("Ships gathered. They sailed.\n");
        assertThat(brief.sentences()).hasSize(2);
    }

    @Test
    void readsAMonthAndYearWhenTheDayIsNotGiven() {
        Brief brief = TextBriefReader.read("a.txt", "https://example.org/x - Outlet, June 2024 (day not given)\nText.");

        assertThat(brief.date()).isEqualTo("2024-06");
    }

    @Test
    void theTitleIsTheFirstLineWithoutBulletsOrHeadingMarks() {
        assertThat(TextBriefReader.read("a.md", "\n# NATO warns\nBody.").title()).isEqualTo("NATO warns");
        assertThat(TextBriefReader.read("a.txt", "- NATO chief warns\n- More").title()).isEqualTo("NATO chief warns");
    }

    @Test
    void aBriefWithoutTextIsTitledByItsFileName() {
        Brief brief = TextBriefReader.read("empty.txt", "  \n ");

        assertThat(brief.title()).isEqualTo("empty.txt");
        assertThat(brief.sentences()).isEmpty();
        assertThat(brief.source()).isEmpty();
    }

    @Test
    void keepsTheTextVerbatim() {
        String text = "dangerous,Rutte stated – a “NATO-Plusmodel”.\r\n";

        assertThat(TextBriefReader.read("a.txt", text).text()).isEqualTo(text);
    }
}
