package org.brieflens.view.common;

import java.util.Collection;
import java.util.Set;

import javafx.scene.Node;

/**
 * How an element stands against the selection, the same in every view: the selected item and
 * the elements of the selected actors are focused, the rest dimmed; with nothing selected, all
 * are shown plainly.
 */
public enum Emphasis {
    PLAIN,
    FOCUSED,
    DIMMED;

    /**
     * For an element about {@code actors}: focused if it is the selected item itself or concerns
     * one of the {@code focus} actors, dimmed if something else is selected.
     */
    public static Emphasis of(Collection<String> actors, Set<String> focus, boolean isSelectedItem) {
        if (isSelectedItem) {
            return FOCUSED;
        }
        if (focus.isEmpty()) {
            return PLAIN;
        }
        for (String actor : actors) {
            if (focus.contains(actor)) {
                return FOCUSED;
            }
        }
        return DIMMED;
    }

    /** Sets the style classes {@link Styles#FOCUSED} and {@link Styles#DIMMED} of {@code node}. */
    public void applyTo(Node node) {
        node.getStyleClass().removeAll(Styles.FOCUSED, Styles.DIMMED);
        if (this == FOCUSED) {
            node.getStyleClass().add(Styles.FOCUSED);
        } else if (this == DIMMED) {
            node.getStyleClass().add(Styles.DIMMED);
        }
    }
}
