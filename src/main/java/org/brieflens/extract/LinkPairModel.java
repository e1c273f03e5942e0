package org.brieflens.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.brieflens.model.LinkKind;

/**
 * A trained judge of {@link PairCandidates}: for a pair's features, the probability of each link
 * kind, or of none, and the threshold a kind's probability must reach for its link to be stated.
 * It is a multinomial logistic model trained on the dev answer keys by the tests'
 * {@code LinkPairTraining}, which writes the weights the app ships ({@value #RESOURCE}).
 */
final class LinkPairModel {
    static final String RESOURCE = "/org/brieflens/extract/pair-model.tsv";
    /**
     * The lowest threshold at which the rules and the model together, each dev brief judged by a
     * model trained without it, stay within five points of the rules' precision alone; the
     * training prints the threshold this rule picks, so a retrained model can be checked against it.
     */
    static final double SHIPPED_THRESHOLD = 0.8;
    /** Class 0 is "no link", then one class per kind in declaration order. */
    static final int CLASSES = LinkKind.values().length + 1;
    private static final String NONE = "none";
    private static final String FEATURE = "feature";

    private final Map<String, double[]> weights;
    private final double threshold;

    LinkPairModel(Map<String, double[]> weights, double threshold) {
        this.weights = weights;
        this.threshold = threshold;
    }

    /** The model the app ships, read once, on the first extraction's thread. */
    static LinkPairModel shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final LinkPairModel MODEL = read(TsvTable.load(RESOURCE), SHIPPED_THRESHOLD);
    }

    /** A model that never states a link, to run the rules alone. */
    static LinkPairModel none() {
        return new LinkPairModel(Map.of(), Double.POSITIVE_INFINITY);
    }

    double threshold() {
        return threshold;
    }

    boolean statesNothing() {
        return threshold > 1.0;
    }

    LinkPairModel withThreshold(double other) {
        return new LinkPairModel(weights, other);
    }

    /** The probability of each class: index 0 no link, index {@code k + 1} the kind of ordinal k. */
    double[] probabilities(List<String> features) {
        double[] scores = new double[CLASSES];
        for (String feature : features) {
            double[] row = weights.get(feature);
            if (row != null) {
                for (int c = 0; c < CLASSES; c++) {
                    scores[c] += row[c];
                }
            }
        }
        return softmax(scores);
    }

    static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double score : scores) {
            max = Math.max(max, score);
        }
        double sum = 0;
        double[] probabilities = new double[scores.length];
        for (int c = 0; c < scores.length; c++) {
            probabilities[c] = Math.exp(scores[c] - max);
            sum += probabilities[c];
        }
        for (int c = 0; c < scores.length; c++) {
            probabilities[c] /= sum;
        }
        return probabilities;
    }

    static String className(int c) {
        return c == 0 ? NONE : LinkKind.values()[c - 1].jsonName();
    }

    static LinkKind kindOf(int c) {
        return LinkKind.values()[c - 1];
    }

    /**
     * Writes the weights as a table, a row per feature in name order and a column per class by
     * name, to four decimals; a feature whose weights all round to nothing is left out.
     */
    void write(Writer out) throws IOException {
        StringBuilder header = new StringBuilder(FEATURE);
        for (int c = 0; c < CLASSES; c++) {
            header.append('\t').append(className(c));
        }
        out.write(header.append('\n').toString());
        for (Map.Entry<String, double[]> entry : new TreeMap<>(weights).entrySet()) {
            StringBuilder row = new StringBuilder(entry.getKey());
            boolean any = false;
            for (double weight : entry.getValue()) {
                String cell = String.format(Locale.ROOT, "%.4f", weight);
                any |= Double.parseDouble(cell) != 0.0;
                row.append('\t').append(cell);
            }
            if (any) {
                out.write(row.append('\n').toString());
            }
        }
    }

    /** Reads weights written by {@link #write}; the classes are found by name, so a reordered vocabulary reads right. */
    static LinkPairModel read(TsvTable table, double threshold) {
        Map<String, double[]> weights = new HashMap<>();
        for (Map<String, String> row : table.rows()) {
            double[] weight = new double[CLASSES];
            for (int c = 0; c < CLASSES; c++) {
                String cell = row.get(className(c));
                if (cell == null) {
                    throw new IllegalStateException("pair model " + RESOURCE + " has no column for " + className(c));
                }
                weight[c] = Double.parseDouble(cell);
            }
            weights.put(row.get(FEATURE), weight);
        }
        return new LinkPairModel(weights, threshold);
    }
}
