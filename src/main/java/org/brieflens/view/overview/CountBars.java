package org.brieflens.view.overview;

import java.util.Comparator;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A count broken down into bars, one row per item: its name and count on a line, a bar to scale
 * beneath. Drawn with controls rather than TilesFX's bar chart, whose item text takes the theme's
 * font size while its layout assumes its own: in the presentation theme the names ran over the
 * bars and the counts off the tile. Here the type follows the theme and the rows fit it.
 */
final class CountBars extends VBox {
    static final String STYLE = "bl-count-bars";
    static final String ROW = "bl-count-row";
    static final String NAME = "bl-count-name";
    static final String VALUE = "bl-count-value";
    static final String TRACK = "bl-count-track";
    static final String FILL = "bl-count-fill";
    static final String NEUTRAL = "bl-count-neutral";

    CountBars(CountTileSpec spec) {
        getStyleClass().add(STYLE);
        int max = spec.items().stream().mapToInt(CountTileSpec.Item::count).max().orElse(0);
        // Largest first, so that the eye meets the bulk of the count at the top.
        List<CountTileSpec.Item> items = spec.items().stream()
                .sorted(Comparator.comparingInt(CountTileSpec.Item::count).reversed()).toList();
        for (CountTileSpec.Item item : items) {
            getChildren().add(row(item, max == 0 ? 0 : (double) item.count() / max));
        }
    }

    private static Region row(CountTileSpec.Item item, double share) {
        Label name = new Label(item.name());
        name.getStyleClass().add(NAME);
        name.setMinWidth(0);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        Label value = new Label(Integer.toString(item.count()));
        value.getStyleClass().add(VALUE);
        value.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(6, name, value);

        Region fill = new Region();
        fill.getStyleClass().add(FILL);
        if (item.colour() == null) {
            fill.getStyleClass().add(NEUTRAL);
        } else {
            // Palette colours are chosen in code with the rest of the item; the neutral one comes from the theme.
            fill.setBackground(new Background(new BackgroundFill(item.colour(), new CornerRadii(2), Insets.EMPTY)));
        }
        Pane track = new Pane(fill) {
            @Override
            protected void layoutChildren() {
                fill.resizeRelocate(0, 0, snapSizeX(getWidth() * share), getHeight());
            }
        };
        track.getStyleClass().add(TRACK);

        VBox row = new VBox(line, track);
        row.getStyleClass().add(ROW);
        return row;
    }
}
