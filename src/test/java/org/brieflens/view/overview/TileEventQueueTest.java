package org.brieflens.view.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import eu.hansolo.tilesfx.events.TileEvt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.brieflens.export.HeadlessToolkit;
import org.brieflens.tasks.FxThread;

class TileEventQueueTest {

    @BeforeAll
    static void startJavaFx() {
        HeadlessToolkit.start();
    }

    @Test
    void aTileShownRedrawsOnceForTheRedrawsItQueuedWhileHidden() {
        int redraws = FxThread.call(() -> {
            Tile tile = TileBuilder.create().skinType(Tile.SkinType.NUMBER).title("China").value(18).decimals(0)
                    .animated(false).build();
            assertThat(TileEventQueue.install(tile)).as("TilesFX still lets the queue be replaced").isTrue();
            tile.setBackgroundColor(Color.WHITE);
            tile.setTitleColor(Color.BLACK);
            AtomicInteger count = new AtomicInteger();
            tile.addTileObserver(TileEvt.REDRAW, event -> count.incrementAndGet());
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(tile), 300, 200));
            stage.show();
            stage.hide();
            return count.get();
        });

        assertThat(redraws).isEqualTo(1);
    }

    @Test
    void eventsThatCarryDataAreAllKept() {
        FxThread.call(() -> {
            Tile tile = TileBuilder.create().skinType(Tile.SkinType.NUMBER).animated(false).build();
            TileEventQueue.install(tile);
            AtomicInteger count = new AtomicInteger();
            tile.addTileObserver(TileEvt.RECALC, event -> count.incrementAndGet());
            tile.fireTileEvt(new TileEvt(tile, TileEvt.RECALC));
            tile.fireTileEvt(new TileEvt(tile, TileEvt.RECALC));
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(tile), 300, 200));
            stage.show();
            stage.hide();
            assertThat(count.get()).isGreaterThanOrEqualTo(2);
            return null;
        });
    }
}
