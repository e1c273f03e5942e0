package org.brieflens.extract.quality;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.brieflens.model.Link;
import org.brieflens.model.Provenance;

/**
 * How often the extractor's links are right at each confidence it gives them: the share of its
 * links in a band of confidence that the answer key also has (same kind, same pair). It is what
 * {@link Provenance#SURE} rests on, and what tells whether the numbers the app shows mean what
 * they say. Run with {@code -Dreport.args=--confidence} (dev briefs) or
 * {@code "--confidence --holdouts"} (the held-out sets together).
 */
final class ConfidenceCalibration {
    private static final double[] BAND_STARTS = {0.0, 0.4, 0.5, 0.6, 0.7, 0.8};

    private ConfidenceCalibration() {
    }

    static void report(List<String> options, PrintStream out) throws Exception {
        List<AnswerKeyCase> cases = new ArrayList<>();
        if (options.contains("--holdouts")) {
            cases.addAll(AnswerKeyCase.heldOut());
        } else {
            cases.addAll(AnswerKeyCase.all());
            cases.addAll(AnswerKeyCase.synthetic("dev"));
        }
        int[] found = new int[BAND_STARTS.length];
        int[] right = new int[BAND_STARTS.length];
        int[] sure = new int[2];
        int[] sureRight = new int[2];
        for (AnswerKeyCase item : cases) {
            ModelComparison comparison = item.comparison();
            for (Link link : item.extracted().links()) {
                int band = band(link.provenance().confidence());
                boolean matched = comparison.keyHas(link);
                found[band]++;
                right[band] += matched ? 1 : 0;
                int side = link.provenance().isSure() ? 1 : 0;
                sure[side]++;
                sureRight[side] += matched ? 1 : 0;
            }
        }
        out.printf(Locale.ROOT, "Links by confidence, %d briefs (right: the key has the same kind between the same pair)%n",
                cases.size());
        for (int band = 0; band < BAND_STARTS.length; band++) {
            String upper = band + 1 < BAND_STARTS.length ? String.format(Locale.ROOT, "%.1f", BAND_STARTS[band + 1]) : "1.0]";
            out.printf(Locale.ROOT, "  [%.1f, %-4s  %5d found  %5d right  %5.1f%%%n", BAND_STARTS[band], upper + (band + 1
                    < BAND_STARTS.length ? ")" : ""), found[band], right[band], percent(right[band], found[band]));
        }
        out.printf(Locale.ROOT, "  less sure (under %.1f)  %5d found  %5d right  %5.1f%%%n", Provenance.SURE, sure[0],
                sureRight[0], percent(sureRight[0], sure[0]));
        out.printf(Locale.ROOT, "  sure                  %5d found  %5d right  %5.1f%%%n", sure[1], sureRight[1],
                percent(sureRight[1], sure[1]));
    }

    private static int band(double confidence) {
        int band = 0;
        while (band + 1 < BAND_STARTS.length && confidence >= BAND_STARTS[band + 1]) {
            band++;
        }
        return band;
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
