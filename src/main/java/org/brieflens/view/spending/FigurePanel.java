package org.brieflens.view.spending;

import java.util.List;

import org.brieflens.model.Unit;
import org.brieflens.view.common.PlotRow;
import org.brieflens.view.common.PlotScale;

/**
 * One chart of the Spending tab: figures of one unit (one currency, percent, counts) on one
 * scale, so that nothing of different units is ever drawn on the same axis. Reference data
 * (SIPRI, a later issue) joins the panel of its currency as further rows.
 */
public record FigurePanel(String title, String caption, Unit unit, PlotScale scale, List<PlotRow> rows) {
    public FigurePanel {
        rows = List.copyOf(rows);
    }
}
