package org.brieflens.view.common;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;

/**
 * Leaves a view's controls (nodes styled {@link Styles#CONTROLS}) out of what it shows while
 * it is on a slide or in an export, which show the content and not the means of changing it.
 * They are hidden and take no space until {@link Hidden#restore()} brings them back as they were.
 */
public final class ViewControls {
    private ViewControls() {
    }

    /** Hides the controls within {@code view}. */
    public static Hidden hide(Node view) {
        List<Node> hidden = new ArrayList<>();
        List<boolean[]> before = new ArrayList<>();
        for (Node control : view.lookupAll("." + Styles.CONTROLS)) {
            hidden.add(control);
            before.add(new boolean[] {control.isVisible(), control.isManaged()});
            control.setVisible(false);
            control.setManaged(false);
        }
        return new Hidden(hidden, before);
    }

    /** Controls hidden by {@link #hide}, and how they were. */
    public static final class Hidden {
        private final List<Node> controls;
        private final List<boolean[]> before;

        private Hidden(List<Node> controls, List<boolean[]> before) {
            this.controls = controls;
            this.before = before;
        }

        public int count() {
            return controls.size();
        }

        public void restore() {
            for (int i = 0; i < controls.size(); i++) {
                controls.get(i).setVisible(before.get(i)[0]);
                controls.get(i).setManaged(before.get(i)[1]);
            }
        }
    }
}
