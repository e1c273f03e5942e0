package org.brieflens.extract.quality;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The extraction report: precision and recall of actors, figures, links and exercises on every
 * brief with an answer key, and with {@code --detail} what was missed and what was extra. Run
 * it with {@code mvn -q test-compile exec:exec@report} (add {@code -Dreport.args=--detail}).
 */
public final class ExtractionReport {
    private ExtractionReport() {
    }

    public static void main(String[] args) throws Exception {
        boolean detail = List.of(args).contains("--detail");
        print(AnswerKeyCase.all(), detail, System.out);
    }

    static void print(List<AnswerKeyCase> cases, boolean detail, PrintStream out) {
        out.printf(Locale.ROOT, "%-30s %-10s %7s %7s %9s %9s%n", "brief", "items", "key", "found", "precision", "recall");
        for (AnswerKeyCase item : cases) {
            ModelComparison comparison = item.comparison();
            row(out, item.name(), "actors", comparison.actors(), detail);
            row(out, "", "figures", comparison.figures(), detail);
            row(out, "", "links", comparison.links(), detail);
            row(out, "", "exercises", comparison.exercises(), detail);
        }
    }

    private static void row(PrintStream out, String brief, String items, Score score, boolean detail) {
        out.printf(Locale.ROOT, "%-30s %-10s %7d %7d %8.1f%% %8.1f%%%n", brief, items, score.expected(), score.found(),
                100 * score.precision(), 100 * score.recall());
        if (detail) {
            score.missed().forEach(missed -> out.println("      missed: " + missed));
            score.extra().forEach(extra -> out.println("      extra:  " + extra));
        }
    }
}
