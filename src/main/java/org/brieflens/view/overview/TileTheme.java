package org.brieflens.view.overview;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import eu.hansolo.tilesfx.Tile;

import org.brieflens.view.theme.Theme;

/**
 * The theme's colours for TilesFX, which takes its colours in code rather than from CSS. They
 * are read from the same CSS variables as everything else: a hidden probe node in the Overview
 * is styled with them, and its resolved colours are handed to the tiles whenever they change
 * (a theme switch, or the first styling of the scene).
 */
final class TileTheme {
    static final String PROBE = "bl-tile-probe";

    /** The colours a tile needs. */
    record Colours(Color background, Color text, Color muted, Color border, Color accent) {
        static final Colours FALLBACK = new Colours(Color.WHITE, Color.web("#24292f"), Color.web("#57606a"),
                Color.web("#d0d7de"), Color.web("#0969da"));
    }

    private final Region probe = new Region();
    private final ReadOnlyObjectWrapper<Colours> colours = new ReadOnlyObjectWrapper<>(Colours.FALLBACK);

    TileTheme(ObservableValue<Theme> theme) {
        probe.getStyleClass().add(PROBE);
        probe.setManaged(false);
        probe.setVisible(false);
        probe.backgroundProperty().addListener((observable, old, background) -> read(background));
        // The theme manager swaps the stylesheets first; styling the probe now reads the new values at once.
        theme.addListener((observable, old, now) -> probe.applyCss());
    }

    /** The node to put in the scene, where the stylesheets reach it. */
    Region probe() {
        return probe;
    }

    ReadOnlyObjectProperty<Colours> coloursProperty() {
        return colours.getReadOnlyProperty();
    }

    Colours colours() {
        return colours.get();
    }

    static void style(Tile tile, Colours colours) {
        tile.setBackgroundColor(colours.background());
        tile.setBorderColor(colours.border());
        tile.setForegroundColor(colours.text());
        tile.setTitleColor(colours.text());
        tile.setValueColor(colours.text());
        tile.setUnitColor(colours.muted());
        tile.setDescriptionColor(colours.muted());
        tile.setTextColor(colours.muted());
        tile.setBarBackgroundColor(colours.border());
    }

    private void read(Background background) {
        if (background == null || background.getFills().size() < 5) {
            return;
        }
        List<BackgroundFill> fills = background.getFills();
        colours.set(new Colours(colour(fills, 0), colour(fills, 1), colour(fills, 2), colour(fills, 3), colour(fills, 4)));
    }

    private static Color colour(List<BackgroundFill> fills, int i) {
        return fills.get(i).getFill() instanceof Color colour ? colour : Color.GRAY;
    }
}
