package org.brieflens.view;

import java.util.List;

import org.brieflens.state.Workspace;
import org.brieflens.view.actors.ActorsView;
import org.brieflens.view.exercises.ExercisesView;
import org.brieflens.view.network.NetworkView;
import org.brieflens.view.overview.OverviewView;
import org.brieflens.view.source.SourceView;
import org.brieflens.view.spending.SpendingView;

/**
 * The views, in tab order, each made for one workspace: all at once for an export, or each
 * when first shown for the window ({@link LazyView}).
 */
public final class ViewCatalog {

    private ViewCatalog() {
    }

    /** Every view, made now. */
    public static List<BriefView> create(ViewContext context) {
        return createLazily(context).stream().map(LazyView::realized).toList();
    }

    /** Every view, each made the first time it is shown. */
    public static List<LazyView> createLazily(ViewContext context) {
        Workspace workspace = context.workspace();
        return List.of(
                new LazyView(OverviewView.ID, "Overview", () -> new OverviewView(context)),
                new LazyView(NetworkView.ID, "Network", () -> new NetworkView(context)),
                new LazyView(SpendingView.ID, "Spending", () -> new SpendingView(workspace)),
                new LazyView(ExercisesView.ID, "Exercises", () -> new ExercisesView(workspace)),
                new LazyView(ActorsView.ID, "Actors", () -> new ActorsView(workspace)),
                new LazyView(SourceView.ID, "Source", () -> new SourceView(workspace)));
    }
}
