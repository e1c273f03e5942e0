package org.brieflens.view.exercises;

import java.util.List;

/**
 * A trend the brief states as a multiple since a baseline year ("tripled since 2021"), drawn as
 * an index: the baseline year is 1 and the latest point the multiple. {@code figureId} is the
 * figure behind it, {@code actors} those it concerns.
 */
public record TrendSeries(String figureId, String exerciseId, String name, List<Point> points, List<String> actors,
        String description) {

    public TrendSeries {
        points = List.copyOf(points);
        actors = List.copyOf(actors);
    }

    /** One point of the index: when ("2021", "2024", "Now") and the index value. */
    public record Point(String when, double index) {
    }
}
