package org.brieflens.present;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The slides of a presentation, one per chosen view, and where the presenter is: the current
 * slide, whether the screen is blanked and whether the pointer halo is on.
 */
public final class SlideDeck {
    private final List<String> viewIds;
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", 0);
    private final BooleanProperty blanked = new SimpleBooleanProperty(this, "blanked", false);
    private final BooleanProperty halo = new SimpleBooleanProperty(this, "halo", false);

    public SlideDeck(List<String> viewIds) {
        if (viewIds.isEmpty()) {
            throw new IllegalArgumentException("a presentation needs at least one slide");
        }
        this.viewIds = List.copyOf(viewIds);
    }

    public List<String> viewIds() {
        return viewIds;
    }

    public int size() {
        return viewIds.size();
    }

    /** The index of the current slide, from 0. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public int current() {
        return current.get();
    }

    public String currentViewId() {
        return viewIds.get(current.get());
    }

    public BooleanProperty blankedProperty() {
        return blanked;
    }

    public BooleanProperty haloProperty() {
        return halo;
    }

    public void next() {
        show(current.get() + 1);
    }

    public void previous() {
        show(current.get() - 1);
    }

    public void first() {
        show(0);
    }

    public void last() {
        show(viewIds.size() - 1);
    }

    /** Goes to slide {@code number}, counted from 1 as the footer shows it; out of range is ignored. */
    public void jumpTo(int number) {
        if (number >= 1 && number <= viewIds.size()) {
            show(number - 1);
        }
    }

    public void toggleBlank() {
        blanked.set(!blanked.get());
    }

    public void toggleHalo() {
        halo.set(!halo.get());
    }

    private void show(int index) {
        // Moving on un-blanks the screen, as every presentation program does.
        blanked.set(false);
        current.set(Math.max(0, Math.min(viewIds.size() - 1, index)));
    }
}
