package org.brieflens.view.spending;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;

import org.brieflens.model.Evidence;
import org.brieflens.model.ModelIndex;
import org.brieflens.model.Unit;
import org.brieflens.state.Workspace;
import org.brieflens.view.BriefView;
import org.brieflens.view.common.DotPlot;
import org.brieflens.view.common.FigureFormat;
import org.brieflens.view.common.Focus;
import org.brieflens.view.common.ItemInteraction;
import org.brieflens.view.common.Legend;
import org.brieflens.view.common.PlotRow;
import org.brieflens.view.common.SectionPage;
import org.brieflens.view.common.ShownEvidence;

/**
 * The Spending tab: every money figure on a dot plot per currency (logarithmic when values span
 * orders of magnitude), shares and rates on their own, other amounts by unit; changes drawn as
 * arrows from the value before. Rows follow the selection and stand for their figures.
 */
public final class SpendingView implements BriefView {
    public static final String ID = "spending";

    private final Workspace workspace;
    private final SpendingViewModel viewModel;
    private final SectionPage page;
    private final List<DotPlot> plots = new ArrayList<>();

    public SpendingView(Workspace workspace) {
        this.workspace = workspace;
        this.viewModel = new SpendingViewModel(workspace);
        HBox legend = Legend.actorKinds();
        legend.getChildren().add(changeLegend());
        page = new SectionPage(legend);
        viewModel.panelsProperty().addListener((observable, old, panels) -> show(panels));
        viewModel.focusProperty().addListener((observable, old, focus) -> emphasise(focus));
        show(viewModel.panels());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Spending";
    }

    @Override
    public Node node() {
        return page;
    }

    /** For tests: the plots shown, one per panel. */
    public List<DotPlot> plots() {
        return List.copyOf(plots);
    }

    private void show(List<FigurePanel> panels) {
        page.clear();
        plots.clear();
        if (panels.isEmpty()) {
            page.showNotice("No figures to chart",
                    "This brief states no money, shares, rates or counts; its figures will appear here once read.");
            return;
        }
        for (FigurePanel panel : panels) {
            Unit unit = panel.unit();
            DotPlot plot = new DotPlot(panel.rows(), panel.scale(), tick -> FigureFormat.shortValue(tick, unit),
                    panel.caption(),
                    (node, row) -> ItemInteraction.install(node, workspace, row.item(), row.description()));
            plots.add(plot);
            page.add(panel.title(), null, plot);
        }
        emphasise(viewModel.focusProperty().get());
    }

    private void emphasise(Focus focus) {
        plots.forEach(plot -> plot.emphasise(focus));
    }

    private static Label changeLegend() {
        Circle before = new Circle(5);
        before.getStyleClass().add(DotPlot.PREVIOUS_DOT);
        Label label = new Label("Value before a change", before);
        return label;
    }

    /** The figures charted, with the values they changed from. */
    @Override
    public List<Evidence> evidenceShown(ModelIndex index) {
        return ShownEvidence.of(index, viewModel.panels().stream().flatMap(panel -> panel.rows().stream())
                .map(PlotRow::item));
    }
}
