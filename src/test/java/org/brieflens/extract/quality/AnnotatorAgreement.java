package org.brieflens.extract.quality;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.brieflens.format.BriefJsonReader;
import org.brieflens.model.BriefModel;

/**
 * How far two annotators agree: a held-out set keyed a second time, independently, by someone who
 * saw neither the first key nor the set's README (its {@code second-key/} folder), scored against
 * the first key with the same matching as the extractor, and the extractor scored against each
 * key. The second annotator's link recall against the first is the ceiling any extractor can be
 * expected to reach on keys written this way. Run with
 * {@code mvn -q test-compile exec:exec@report -Dreport.args="--agreement holdout-10 holdout-11"}; totals only,
 * so that nothing of the held-out briefs is shown.
 */
final class AnnotatorAgreement {
    private static final Path SYNTHETIC = Path.of("src/test/resources/org/brieflens/extract/synthetic");

    private AnnotatorAgreement() {
    }

    static void report(List<String> sets, PrintStream out) throws Exception {
        String[] comparisons = {"second key against first", "extractor against first", "extractor against second"};
        String[] items = {"actors", "links", "links/fam", "exercises"};
        List<Function<ModelComparison, Score>> scores = List.of(ModelComparison::actors, ModelComparison::links,
                ModelComparison::linkFamilies, ModelComparison::exercises);
        ScoreTally[][] sums = new ScoreTally[comparisons.length][items.length];
        for (ScoreTally[] row : sums) {
            for (int i = 0; i < row.length; i++) {
                row[i] = new ScoreTally();
            }
        }
        int briefs = 0;
        for (String set : sets) {
            for (AnswerKeyCase item : AnswerKeyCase.synthetic(set)) {
                String name = item.name().substring(item.name().indexOf('/') + 1);
                Path second = SYNTHETIC.resolve(set).resolve("second-key").resolve(name + ".gold.json");
                if (!Files.exists(second)) {
                    continue;
                }
                BriefModel secondKey = BriefJsonReader.read(second).model();
                ModelComparison[] compared = {ModelComparison.of(item.key(), secondKey), item.comparison(),
                    ModelComparison.of(secondKey, item.extracted())};
                for (int c = 0; c < compared.length; c++) {
                    for (int i = 0; i < items.length; i++) {
                        sums[c][i].add(scores.get(i).apply(compared[c]));
                    }
                }
                briefs++;
            }
        }
        out.printf(Locale.ROOT, "%nAnnotator agreement, %s (%d briefs keyed twice)%n", String.join(", ", sets), briefs);
        out.printf(Locale.ROOT, "%-26s %-10s %s%n", "", "items", "matched/key/found P R");
        for (int c = 0; c < comparisons.length; c++) {
            for (int i = 0; i < items.length; i++) {
                out.printf(Locale.ROOT, "%-26s %-10s %s%n", i == 0 ? comparisons[c] : "", items[i], sums[c][i].show());
            }
        }
    }
}
