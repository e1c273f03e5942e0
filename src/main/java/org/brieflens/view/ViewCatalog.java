package org.brieflens.view;

import java.util.List;

import org.brieflens.state.Workspace;
import org.brieflens.view.actors.ActorsView;
import org.brieflens.view.exercises.ExercisesView;
import org.brieflens.view.network.NetworkView;
import org.brieflens.view.overview.OverviewView;
import org.brieflens.view.source.SourceView;
import org.brieflens.view.spending.SpendingView;

/** The window's views, in tab order, each made for one workspace. */
public final class ViewCatalog {

    private ViewCatalog() {
    }

    public static List<BriefView> create(ViewContext context) {
        Workspace workspace = context.workspace();
        return List.of(
                new OverviewView(context),
                new NetworkView(context),
                new SpendingView(workspace),
                new ExercisesView(workspace),
                new ActorsView(workspace),
                new SourceView(workspace));
    }
}
