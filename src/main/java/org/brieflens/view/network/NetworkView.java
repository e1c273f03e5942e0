package org.brieflens.view.network;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.brieflens.model.Evidence;
import org.brieflens.model.ModelIndex;
import org.brieflens.state.Selection;
import org.brieflens.view.BriefView;
import org.brieflens.view.ViewContext;
import org.brieflens.view.common.ShownEvidence;
import org.brieflens.view.common.Styles;

/**
 * The Network tab: the actors and their links as an interactive graph, its controls above and
 * its figures beside it, all observing the workspace's brief and selection.
 */
public final class NetworkView implements BriefView {
    public static final String ID = "network";

    private final NetworkViewModel viewModel;
    private final NetworkCanvas canvas;
    private final VBox root;

    public NetworkView(ViewContext context) {
        viewModel = new NetworkViewModel(context.workspace());
        canvas = new NetworkCanvas(viewModel, context.theme());
        NetworkGestures.install(canvas, viewModel, context.workspace());
        NetworkToolbar toolbar = new NetworkToolbar(viewModel, canvas::fit);
        NetworkFiguresPane figures = new NetworkFiguresPane(viewModel, context.workspace());
        figures.setMinWidth(220);
        SplitPane split = new SplitPane(canvas, figures);
        split.setDividerPositions(0.77);
        SplitPane.setResizableWithParent(figures, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(toolbar, split);
        root.getStyleClass().addAll(Styles.VIEW, "bl-network");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Network";
    }

    @Override
    public Node node() {
        return root;
    }

    public NetworkViewModel viewModel() {
        return viewModel;
    }

    NetworkCanvas canvas() {
        return canvas;
    }

    /** The links drawn. */
    @Override
    public List<Evidence> evidenceShown(ModelIndex index) {
        return ShownEvidence.of(index, index.model().links().stream().map(link -> Selection.link(link.id())));
    }
}
