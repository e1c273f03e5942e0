package org.brieflens.view.overview;

import java.lang.reflect.Field;
import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Queue;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.events.TileEvt;

/**
 * The queue in which a TilesFX tile keeps the events it fires before its window shows, keeping
 * only the latest of the same event fired again. A tile replays that queue, event by event,
 * when it first shows; its builder and setters alone queue some 75, most of them the one
 * shared REDRAW event, and each replayed REDRAW redraws the tile: showing the Overview's dozen
 * tiles redrew them some 900 times, a large part of the window's first frame. A redraw reads
 * the tile as it is by then, so replaying each event once, in the order of its latest firing,
 * draws the same tile. Only the very same event object is merged, never two events that carry
 * data.
 *
 * <p>TilesFX (17.1.x) offers no way to do this: the queue is a private field, replaced here by
 * reflection. Should a TilesFX release rename it, tiles simply redraw as often as before
 * ({@link #install} answers false, which a test notices).
 */
final class TileEventQueue extends AbstractQueue<TileEvt> {
    private static final Field QUEUE = queueField();

    private final ArrayDeque<TileEvt> events = new ArrayDeque<>();

    private TileEventQueue() {
    }

    /** Gives {@code tile} this queue, keeping what it has queued so far; false if TilesFX does not allow it. */
    @SuppressWarnings("unchecked")
    static boolean install(Tile tile) {
        if (QUEUE == null) {
            return false;
        }
        try {
            Queue<TileEvt> queued = (Queue<TileEvt>) QUEUE.get(tile);
            if (queued instanceof TileEventQueue) {
                return true;
            }
            TileEventQueue compact = new TileEventQueue();
            if (queued != null) {
                queued.forEach(compact::offer);
            }
            QUEUE.set(tile, compact);
            return true;
        } catch (IllegalAccessException | ClassCastException e) {
            return false;
        }
    }

    private static Field queueField() {
        try {
            Field field = Tile.class.getDeclaredField("tileEventQueue");
            field.setAccessible(true);
            return Queue.class.isAssignableFrom(field.getType()) ? field : null;
        } catch (NoSuchFieldException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public synchronized boolean offer(TileEvt event) {
        // By identity: Evt's equals would merge events of a kind that carry different data.
        events.removeIf(queued -> queued == event);
        return events.add(event);
    }

    @Override
    public synchronized TileEvt poll() {
        return events.poll();
    }

    @Override
    public synchronized TileEvt peek() {
        return events.peek();
    }

    @Override
    public synchronized int size() {
        return events.size();
    }

    /** A copy: the tile replays the queue while its observers may fire more. */
    @Override
    public synchronized Iterator<TileEvt> iterator() {
        return new ArrayDeque<>(events).iterator();
    }
}
