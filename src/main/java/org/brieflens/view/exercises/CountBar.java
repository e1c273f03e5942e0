package org.brieflens.view.exercises;

import java.util.List;

import org.brieflens.state.Selection;

/**
 * One bar of a count chart, without nodes: its label and count, the style class that colours
 * it, the item a click selects ({@link Selection#NONE} when it stands for several), the actors
 * it concerns and what its tooltip says.
 */
record CountBar(String label, int count, String styleClass, Selection item, List<String> actors, String description) {
    CountBar {
        actors = List.copyOf(actors);
    }
}
