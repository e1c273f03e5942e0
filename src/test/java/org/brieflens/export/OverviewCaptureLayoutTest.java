package org.brieflens.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.brieflens.ingest.BriefFileLoader;
import org.brieflens.state.Selection;
import org.brieflens.tasks.FxThread;
import org.brieflens.view.BriefView;
import org.brieflens.view.overview.OverviewView;
import org.brieflens.view.theme.Theme;

/**
 * The Overview as an export captures it: the same tiles and map, at the same places, whichever
 * views were drawn before it and however many pulses JavaFX runs between showing it and taking
 * the picture (the command line does not control those).
 */
class OverviewCaptureLayoutTest {
    private static final double WIDTH = ExportRequest.DEFAULT_VIEW_WIDTH;
    private static final double HEIGHT = ExportRequest.DEFAULT_VIEW_HEIGHT;
    private static final ExportSubject BUNDLED = new ExportSubject(BriefFileLoader.loadBundled(), Selection.NONE,
            Theme.LIGHT);
    /** Some of the brief's states, spread over the map from Alaska to New Zealand. */
    private static final List<String> MAPPED_STATES = List.of("rus", "usa", "aus", "nzl", "jpn");

    @BeforeAll
    static void startJavaFx() {
        HeadlessToolkit.start();
    }

    @Test
    void isCapturedTheSameWhateverWasDrawnBeforeItAndHoweverManyPulsesRan() {
        Layout alone = capture(List.of(), 0);

        assertThat(capture(List.of(), 3)).as("alone, after 3 pulses").isEqualTo(alone);
        for (int pulses : new int[] {0, 3}) {
            assertThat(capture(List.of("source", "actors"), pulses)).as("after the source and the actors, %d pulses",
                    pulses).isEqualTo(alone);
        }
    }

    @Test
    void theTopRowAndTheFiguresFillThePageWithoutScrolling() {
        List<Bounds> tiles = capture(List.of(), 0).tiles();

        // The map and the three counts share the top row; the eight figures take two rows of four below it.
        assertThat(tiles).hasSize(12);
        List<Bounds> topRow = tiles.subList(0, 4);
        assertThat(topRow).extracting(Bounds::getHeight).containsOnly(topRow.get(0).getHeight());
        assertThat(topRow.get(0).getHeight()).isGreaterThan(250);
        // The last figure ends just inside the page's padding: the top row took the height the figures left.
        Bounds lastFigure = tiles.get(tiles.size() - 1);
        assertThat(lastFigure.getMaxY()).isBetween(HEIGHT - 30, HEIGHT);
        assertThat(lastFigure.getMaxX()).isBetween(WIDTH - 30, WIDTH);
    }

    /** Where the Overview's tiles and some of its map's states are in the page. */
    private record Layout(List<Bounds> tiles, List<Bounds> states) {
    }

    /**
     * Draws {@code before} as an export does, then shows the Overview, lets {@code pulses} pulses
     * run and captures it as {@link ViewCapture#take} does.
     */
    private static Layout capture(List<String> before, int pulses) {
        OffscreenViews views = FxThread.call(() -> OffscreenViews.of(BUNDLED));
        ImageSize.Rendering rendering = ImageSize.scale(1).resolve(WIDTH, HEIGHT);
        for (String id : before) {
            BriefView view = FxThread.call(() -> views.view(id).orElseThrow());
            ViewCapture.take(views, view, rendering, true, false, false);
        }
        OverviewView overview = FxThread.call(() -> (OverviewView) views.view(OverviewView.ID).orElseThrow());
        OffscreenViews.ShownPage shown = FxThread.call(() -> views.show(overview, WIDTH, HEIGHT, false));
        try {
            for (int i = 0; i < pulses; i++) {
                awaitPulse(shown.page());
            }
            FxThread.drainQueue();
            return FxThread.call(() -> {
                shown.settle();
                return new Layout(overview.tiles().stream().map(OverviewCaptureLayoutTest::inPage).toList(),
                        MAPPED_STATES.stream().map(state -> inPage(overview.mapShape(state))).toList());
            });
        } finally {
            FxThread.call(() -> {
                shown.close();
                return null;
            });
        }
    }

    private static Bounds inPage(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** One pulse of the page's window, laid out and all, run as JavaFX runs it: not called by hand. */
    private static void awaitPulse(Region page) {
        CountDownLatch pulsed = new CountDownLatch(1);
        Runnable listener = pulsed::countDown;
        Scene scene = page.getScene();
        FxThread.call(() -> {
            scene.addPostLayoutPulseListener(listener);
            Platform.requestNextPulse();
            return null;
        });
        try {
            assertThat(pulsed.await(5, TimeUnit.SECONDS)).as("a pulse ran").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            FxThread.call(() -> {
                scene.removePostLayoutPulseListener(listener);
                return null;
            });
        }
    }
}
