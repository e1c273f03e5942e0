package org.brieflens.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.brieflens.extract.BriefExtractor;
import org.brieflens.ingest.Extraction;
import org.brieflens.ingest.TextBriefReader;
import org.brieflens.model.BriefModel;
import org.brieflens.view.source.SourceDocument;
import org.brieflens.view.source.SourceDocument.Mark;
import org.brieflens.view.source.SourceDocument.MarkType;
import org.brieflens.view.source.SourceDocument.Paragraph;
import org.brieflens.view.source.SourceDocument.Piece;
import org.brieflens.testing.Briefs;

class SourceDocumentTest {
    private final BriefModel bundled = Briefs.bundled();
    private final SourceDocument document = SourceDocument.of(bundled);

    @Test
    void cutsTheTextIntoItsLines() {
        assertThat(document.paragraphs()).hasSize(10);
        assertThat(text(document.paragraphs().get(0))).isEqualTo(
                "- NATO chief warns of China-Russia military collaboration and rapid naval growth");
    }

    @Test
    void marksEveryMentionOfEveryActor() {
        long mentions = bundled.actors().stream().mapToLong(actor -> actor.mentions().size()).sum();

        long marked = document.paragraphs().stream().flatMap(p -> p.marks().stream())
                .filter(mark -> mark.type() == MarkType.MENTION).count();

        assertThat(marked).isEqualTo(mentions);
    }

    @Test
    void marksEachFiguresNumberInsideItsEvidence() {
        List<String> figures = document.paragraphs().stream().flatMap(p -> p.marks().stream())
                .filter(mark -> mark.type() == MarkType.FIGURE)
                .map(mark -> bundled.brief().text().substring(mark.start(), mark.end())).toList();

        assertThat(figures).containsExactly("18%", "$5 billion", "73%", "tripled", "42%", "28%", "60%", "by 2025",
                "$3.4 trillion");
    }

    @Test
    void marksAFigureSaidAgainInOtherWordsAndAMarkAcrossALineBreakOnEachLine() {
        String text = "Denmark Approves 14.6 Billion Kroner for Arctic Defence\n\n"
                + "COPENHAGEN - Denmark will spend 14.6 billion\nkroner on ships and drones in the Arctic, its ministry of\n"
                + "defence said on Monday, as the government of Greenland welcomed the plan for the north.\n";
        BriefModel model = new BriefExtractor().extract(TextBriefReader.read("wrapped.txt", text), Extraction.Progress.NONE);

        List<String> marked = SourceDocument.of(model).paragraphs().stream().flatMap(p -> p.marks().stream())
                .filter(mark -> mark.type() == MarkType.FIGURE).map(mark -> text.substring(mark.start(), mark.end())).toList();

        assertThat(marked).containsExactly("14.6 Billion Kroner", "14.6 billion", "kroner");
    }

    @Test
    void piecesCoverTheParagraphExactlyOnceWithTheirMarks() {
        for (Paragraph paragraph : document.paragraphs()) {
            List<Piece> pieces = document.pieces(paragraph);
            assertThat(pieces.get(0).start()).isEqualTo(paragraph.start());
            assertThat(pieces.get(pieces.size() - 1).end()).isEqualTo(paragraph.end());
            for (int i = 1; i < pieces.size(); i++) {
                assertThat(pieces.get(i).start()).isEqualTo(pieces.get(i - 1).end());
            }
        }
        Paragraph first = document.paragraphs().get(0);
        Mark nato = document.pieces(first).stream().map(Piece::mark).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        assertThat(nato.itemId()).isEqualTo("nato");
    }

    @Test
    void findsTheParagraphOfAnOffset() {
        int rutte = bundled.brief().text().indexOf("Rutte endorsed");

        int paragraph = document.paragraphAt(rutte);

        assertThat(text(document.paragraphs().get(paragraph))).startsWith("Rutte endorsed the IP4 partnership model");
    }

    private String text(Paragraph paragraph) {
        return document.text().substring(paragraph.start(), paragraph.end());
    }
}
