package org.brieflens.view.common;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.brieflens.model.Brief;
import org.brieflens.model.Evidence;
import org.brieflens.model.Span;

/**
 * A sentence of the brief quoted with the span that backs an item emphasised: what every view
 * shows when it says where something came from.
 */
public final class EvidenceText {
    public static final String SPAN = "bl-evidence-span";
    public static final String CONTEXT = "bl-evidence-context";

    private EvidenceText() {
    }

    public static TextFlow of(Brief brief, Evidence evidence) {
        String text = brief.text();
        Span sentence = evidence.sentence() < brief.sentences().size()
                ? brief.sentences().get(evidence.sentence())
                : evidence.span();
        int start = Math.min(sentence.start(), evidence.start());
        int end = Math.max(sentence.end(), evidence.end());
        Text before = new Text(text.substring(start, evidence.start()));
        Text span = new Text(text.substring(evidence.start(), evidence.end()));
        Text after = new Text(text.substring(evidence.end(), end));
        before.getStyleClass().add(CONTEXT);
        span.getStyleClass().add(SPAN);
        after.getStyleClass().add(CONTEXT);
        TextFlow flow = new TextFlow(before, span, after);
        flow.getStyleClass().add(Styles.EVIDENCE_TEXT);
        return flow;
    }

    /** The sentence as plain text with the span in «guillemets», for tooltips and accessible text. */
    public static String plain(Brief brief, Evidence evidence) {
        String text = brief.text();
        Span sentence = evidence.sentence() < brief.sentences().size()
                ? brief.sentences().get(evidence.sentence())
                : evidence.span();
        int start = Math.min(sentence.start(), evidence.start());
        int end = Math.max(sentence.end(), evidence.end());
        return text.substring(start, evidence.start()) + "«" + text.substring(evidence.start(), evidence.end()) + "»"
                + text.substring(evidence.end(), end);
    }
}
