package org.brieflens.view;

import java.util.List;

import org.brieflens.state.Workspace;
import org.brieflens.view.actors.ActorsView;
import org.brieflens.view.common.NotBuiltView;
import org.brieflens.view.network.NetworkView;
import org.brieflens.view.source.SourceView;

/** The window's views, in tab order, each made for one workspace. */
public final class ViewCatalog {

    private ViewCatalog() {
    }

    public static List<BriefView> create(ViewContext context) {
        Workspace workspace = context.workspace();
        return List.of(
                new NotBuiltView("overview", "Overview",
                        "The Overview will show the brief's headline figures as tiles and its states on a world map."),
                new NetworkView(context),
                new NotBuiltView("spending", "Spending",
                        "Spending will chart every money figure, share and rate of the brief by actor."),
                new NotBuiltView("exercises", "Exercises",
                        "Exercises will chart the brief's exercises by partner, domain and trend."),
                new ActorsView(workspace),
                new SourceView(workspace));
    }
}
