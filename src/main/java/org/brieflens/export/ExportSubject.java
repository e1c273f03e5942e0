package org.brieflens.export;

import java.util.Objects;

import org.brieflens.ingest.LoadedBrief;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.view.theme.Theme;

/**
 * What an export shows: the brief, the selection and the theme at the moment it was asked for.
 * Exports draw fresh views of this state, so the window can go on changing meanwhile.
 */
public record ExportSubject(LoadedBrief brief, Selection selection, Theme theme) {

    public ExportSubject {
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(theme, "theme");
    }

    public static ExportSubject of(Workspace workspace, Theme theme) {
        return new ExportSubject(workspace.brief(), workspace.selection(), theme);
    }
}
