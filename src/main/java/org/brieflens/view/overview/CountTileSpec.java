package org.brieflens.view.overview;

import java.util.List;

import javafx.scene.paint.Color;

/** A tile of counts ("23 actors") broken down into bars ("State 12"), each in its palette colour. */
public record CountTileSpec(String title, List<Item> items) {
    public CountTileSpec {
        items = List.copyOf(items);
    }

    /** One bar: its name, count and colour; no colour means the theme's accent. */
    public record Item(String name, int count, Color colour) {
    }
}
