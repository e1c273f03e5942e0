package org.brieflens.extract;

import java.util.List;
import java.util.Map;

import org.brieflens.model.LinkKind;

/**
 * A trained judge of {@link PairCandidates}: for a pair's features, the probability of each link
 * kind, or of none, and the threshold a kind's probability must reach for its link to be stated.
 * It is a multinomial logistic model trained on the dev answer keys by {@link LinkPairTraining}.
 * An experiment, not part of the app: see that class for how it measured.
 */
final class LinkPairModel {
    private static final String NONE = "none";
    /** Class 0 is "no link", then one class per kind in declaration order. */
    static final int CLASSES = LinkKind.values().length + 1;

    private final Map<String, double[]> weights;
    private final double threshold;

    LinkPairModel(Map<String, double[]> weights, double threshold) {
        this.weights = weights;
        this.threshold = threshold;
    }

    /** A model that never states a link, to run the rules alone. */
    static LinkPairModel none() {
        return new LinkPairModel(Map.of(), 1.0);
    }

    double threshold() {
        return threshold;
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
}
