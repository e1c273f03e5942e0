package org.brieflens.view;

import javafx.beans.property.ReadOnlyObjectProperty;

import org.brieflens.state.Workspace;
import org.brieflens.view.theme.Theme;

/**
 * What every view is made with: the workspace it observes and the current theme, for what is
 * drawn in code rather than styled by CSS (TilesFX tiles, a canvas).
 */
public record ViewContext(Workspace workspace, ReadOnlyObjectProperty<Theme> theme) {
}
