package org.brieflens.view.overview;

import java.util.List;

/**
 * A headline figure as a tile shows it, without nodes: the number ({@code value} with
 * {@code decimals}) and its unit ("%", "bn USD"), the actors it concerns as the title, what it
 * measures, and a note (the value before, the year, a qualifier).
 */
public record FigureTileSpec(String figureId, double value, int decimals, String unit, String title, String measure,
        String note, List<String> actors, String description) {
    public FigureTileSpec {
        actors = List.copyOf(actors);
    }
}
