package org.brieflens.view;

import javafx.beans.property.ReadOnlyObjectProperty;

import org.brieflens.state.Workspace;
import org.brieflens.view.theme.Theme;

/**
 * What every view is made with: the workspace it observes and the current theme, for what is
 * drawn in code rather than styled by CSS (TilesFX tiles, a canvas).
 *
 * <p>{@code animated} is false for a view made for an export: it must show its final state at
 * once (no transitions, no animated values), as it is captured in the next layout pass.
 */
public record ViewContext(Workspace workspace, ReadOnlyObjectProperty<Theme> theme, boolean animated) {

    /** A view in the window, which may animate. */
    public ViewContext(Workspace workspace, ReadOnlyObjectProperty<Theme> theme) {
        this(workspace, theme, true);
    }
}
