package org.brieflens.extract.quality;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The extraction report: precision and recall of actors, figures, links and exercises on every
 * brief with an answer key, and with {@code --detail} what was missed and what was extra. Run
 * it with {@code mvn -q test-compile exec:exec@report} (add {@code -Dreport.args=--detail}).
 * {@code --synthetic} adds the synthetic dev briefs; {@code --holdout-fresh}, {@code --holdout-3} to
 * {@code --holdout-5}, and {@code --holdout-9} to {@code --holdout-11} each report a held-out set of synthetic briefs alone,
 * as totals only, so that what was missed there does not guide new rules.
 * Links are counted twice: by kind (the headline line, "links") and by family ("links/fam",
 * cooperation or conflict), which shows how much of a shortfall is a disagreement about the kind.
 * {@code --link-analysis} runs {@link org.brieflens.extract.LinkRecallAnalysis} instead: why dev
 * links are missed, and what co-occurrence link finders would score (dev briefs; with
 * {@code --holdouts}, the held-out sets in aggregate). {@code --pair-model} runs
 * {@link org.brieflens.extract.LinkPairTraining}, the trained pair model experiment. {@code --probes}
 * scores links on the sentence-level link probes ({@link LinkProbeReport}). {@code --agreement SET...} scores a
 * second, independent key of held-out sets against the first ({@link AnnotatorAgreement}).
 * {@code --confidence [--holdouts]} tells how often links are right at each confidence
 * ({@link ConfidenceCalibration}). {@code --folder PATH [--detail]} reports the keyed briefs of any folder, such as a
 * set of third-party articles kept outside the repository.
 */
public final class ExtractionReport {
    private ExtractionReport() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        if (options.contains("--link-analysis")) {
            org.brieflens.extract.LinkRecallAnalysis.main(args);
            return;
        }
        if (options.contains("--probes")) {
            LinkProbeReport.main(args);
            return;
        }
        if (options.contains("--agreement")) {
            AnnotatorAgreement.report(options.stream().filter(option -> option.startsWith("holdout-")).toList(), System.out);
            return;
        }
        if (options.contains("--confidence")) {
            ConfidenceCalibration.report(options, System.out);
            return;
        }
        if (options.contains("--pair-model")) {
            org.brieflens.extract.LinkPairTraining.main(args);
            return;
        }
        int folder = options.indexOf("--folder");
        if (folder >= 0 && folder + 1 < options.size()) {
            Path path = Path.of(options.get(folder + 1));
            List<AnswerKeyCase> cases = AnswerKeyCase.inFolder(path, path.getFileName().toString());
            print(cases, options.contains("--detail"), System.out);
            totals(path.toString(), cases, System.out);
            return;
        }
        for (String heldOut : AnswerKeyCase.HELD_OUT_SETS) {
            if (options.contains("--" + heldOut)) {
                totals("synthetic " + heldOut, AnswerKeyCase.synthetic(heldOut), System.out);
                return;
            }
        }
        List<AnswerKeyCase> cases = new ArrayList<>(AnswerKeyCase.all());
        List<AnswerKeyCase> syntheticDev = options.contains("--synthetic") ? AnswerKeyCase.synthetic("dev") : List.of();
        cases.addAll(syntheticDev);
        print(cases, options.contains("--detail"), System.out);
        if (!syntheticDev.isEmpty()) {
            totals("synthetic dev", syntheticDev, System.out);
        }
        totals("all of the above", cases, System.out);
    }

    /** Precision and recall over all items of a set of briefs together (micro-averaged). */
    static void totals(String title, List<AnswerKeyCase> cases, PrintStream out) {
        int[][] sums = new int[5][3];
        for (AnswerKeyCase item : cases) {
            ModelComparison comparison = item.comparison();
            Score[] scores = {comparison.actors(), comparison.figures(), comparison.links(), comparison.linkFamilies(),
                comparison.exercises()};
            for (int i = 0; i < scores.length; i++) {
                sums[i][0] += scores[i].matched();
                sums[i][1] += scores[i].expected();
                sums[i][2] += scores[i].found();
            }
        }
        String[] names = {"actors", "figures", "links", "links/fam", "exercises"};
        out.printf(Locale.ROOT, "%nTotals, %s (%d briefs)%n", title, cases.size());
        for (int i = 0; i < names.length; i++) {
            Score total = new Score(sums[i][0], sums[i][1], sums[i][2], List.of(), List.of());
            row(out, "", names[i], total, false);
        }
    }

    static void print(List<AnswerKeyCase> cases, boolean detail, PrintStream out) {
        out.printf(Locale.ROOT, "%-30s %-10s %7s %7s %9s %9s%n", "brief", "items", "key", "found", "precision", "recall");
        for (AnswerKeyCase item : cases) {
            ModelComparison comparison = item.comparison();
            row(out, item.name(), "actors", comparison.actors(), detail);
            row(out, "", "figures", comparison.figures(), detail);
            row(out, "", "links", comparison.links(), detail);
            row(out, "", "links/fam", comparison.linkFamilies(), false);
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
