package org.brieflens.view.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Leaves a view's controls (nodes styled {@link Styles#CONTROLS}) out of what it shows while
 * it is on a slide or in an export, which show the content and not the means of changing it.
 * They are hidden and take no space until {@link Hidden#restore()} brings them back as they were.
 */
public final class ViewControls {
    private static final Set<Class<?>> PLAIN_PANES = Set.of(HBox.class, VBox.class, Pane.class, FlowPane.class,
            StackPane.class);

    private ViewControls() {
    }

    /** Hides the controls within {@code view}. */
    public static Hidden hide(Node view) {
        return hide(view, false);
    }

    /**
     * Hides the controls within {@code view} and takes those in a plain pane out of it until
     * restored, for a view drawn once (an export): controls out of the scene get no skins and no
     * styling, which for a toolbar cost more than drawing it would.
     */
    public static Hidden leaveOut(Node view) {
        return hide(view, true);
    }

    private static Hidden hide(Node view, boolean takeOut) {
        List<Node> hidden = new ArrayList<>();
        List<boolean[]> before = new ArrayList<>();
        List<Pane> parents = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        for (Node control : view.lookupAll("." + Styles.CONTROLS)) {
            hidden.add(control);
            before.add(new boolean[] {control.isVisible(), control.isManaged()});
            control.setVisible(false);
            control.setManaged(false);
            // Only from a plain pane: a control's skin or a layout holding it in a property of its own would not know.
            Pane parent = takeOut && control.getParent() instanceof Pane pane && PLAIN_PANES.contains(pane.getClass()) ? pane : null;
            parents.add(parent);
            places.add(parent == null ? -1 : parent.getChildren().indexOf(control));
            if (parent != null) {
                parent.getChildren().remove(control);
            }
        }
        return new Hidden(hidden, before, parents, places);
    }

    /** Controls hidden by {@link #hide}, and how they were. */
    public static final class Hidden {
        private final List<Node> controls;
        private final List<boolean[]> before;
        private final List<Pane> parents;
        private final List<Integer> places;

        private Hidden(List<Node> controls, List<boolean[]> before, List<Pane> parents, List<Integer> places) {
            this.controls = controls;
            this.before = before;
            this.parents = parents;
            this.places = places;
        }

        public int count() {
            return controls.size();
        }

        public void restore() {
            // Last out, first back: each goes back to the place it had among its siblings.
            for (int i = controls.size() - 1; i >= 0; i--) {
                if (parents.get(i) != null) {
                    parents.get(i).getChildren().add(places.get(i), controls.get(i));
                }
            }
            for (int i = 0; i < controls.size(); i++) {
                controls.get(i).setVisible(before.get(i)[0]);
                controls.get(i).setManaged(before.get(i)[1]);
            }
        }
    }
}
