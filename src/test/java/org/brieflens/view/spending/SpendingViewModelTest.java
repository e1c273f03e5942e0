package org.brieflens.view.spending;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.brieflens.model.UnitKind;
import org.brieflens.state.Workspace;
import org.brieflens.testing.Workspaces;
import org.brieflens.view.common.Emphasis;
import org.brieflens.view.common.PlotRow;

class SpendingViewModelTest {
    private final Workspace workspace = Workspaces.bundled();
    private final SpendingViewModel viewModel = new SpendingViewModel(workspace);

    @Test
    void chartsEveryMoneyFigureOnALogarithmicScale() {
        FigurePanel money = panel(viewModel.panels(), UnitKind.CURRENCY);

        assertThat(money.title()).isEqualTo("Money in US Dollar (USD)");
        assertThat(money.rows()).extracting(PlotRow::id).containsExactlyInAnyOrder("strike-upgrade", "cable-trade");
        assertThat(money.scale().isLogarithmic()).isTrue();
        assertThat(money.rows()).extracting(PlotRow::valueText).contains("$5 billion", "$3.4 trillion");
    }

    @Test
    void chartsSharesAndRatesApartAndABeforeAfterPairAsOneChange() {
        FigurePanel percent = panel(viewModel.panels(), UnitKind.PERCENT);

        assertThat(percent.rows()).extracting(PlotRow::id)
                .containsExactlyInAnyOrder("naval-growth", "threat-survey", "exports-now", "dialogue-growth");
        PlotRow exports = percent.rows().stream().filter(row -> row.id().equals("exports-now")).findFirst().orElseThrow();
        assertThat(exports.previous()).hasValue(28);
        assertThat(exports.valueText()).isEqualTo("28% → 42%");
        assertThat(exports.description()).contains("before: 28% (pre-pandemic)");
    }

    @Test
    void groupsRowsByActorThenMeasureAndLeavesYearsOut() {
        FigurePanel percent = panel(viewModel.panels(), UnitKind.PERCENT);

        assertThat(percent.rows()).extracting(PlotRow::actorText)
                .containsExactly("China", "Japan, China", "United States", "Vietnam, NATO");
        assertThat(viewModel.panels()).flatExtracting(FigurePanel::rows).extracting(PlotRow::id)
                .doesNotContain("nato-plus-by", "exports-before");
    }

    @Test
    void neverMixesCurrencies() throws Exception {
        workspace.open(Workspaces.gold("japan_defence_budget_fy2025"));

        List<FigurePanel> money = viewModel.panels().stream()
                .filter(panel -> panel.unit().kind() == UnitKind.CURRENCY).toList();
        assertThat(money).extracting(panel -> panel.unit().code()).containsExactly("jpy", "usd");
        FigurePanel yen = money.get(0);
        assertThat(yen.rows()).allMatch(row -> !row.id().endsWith("-usd"));
        assertThat(yen.scale().isLogarithmic()).isTrue();
        assertThat(yen.rows()).filteredOn(row -> row.id().equals("budget-fy2025-jpy")).singleElement()
                .extracting(PlotRow::valueText).isEqualTo("¥114.3 trillion → ¥115.5 trillion");
    }

    @Test
    void followsTheSelection() {
        workspace.selectActor("usa");

        PlotRow exports = panel(viewModel.panels(), UnitKind.PERCENT).rows().stream()
                .filter(row -> row.id().equals("exports-now")).findFirst().orElseThrow();
        PlotRow survey = panel(viewModel.panels(), UnitKind.PERCENT).rows().stream()
                .filter(row -> row.id().equals("threat-survey")).findFirst().orElseThrow();
        assertThat(viewModel.focusProperty().get().emphasisOf(exports.actors(), exports.item())).isEqualTo(Emphasis.FOCUSED);
        assertThat(viewModel.focusProperty().get().emphasisOf(survey.actors(), survey.item())).isEqualTo(Emphasis.DIMMED);
    }


    private static FigurePanel panel(List<FigurePanel> panels, UnitKind kind) {
        return panels.stream().filter(panel -> panel.unit().kind() == kind).findFirst().orElseThrow();
    }
}
