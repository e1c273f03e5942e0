package org.brieflens.view.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.brieflens.state.Workspace;
import org.brieflens.testing.Workspaces;
import org.brieflens.view.common.Focus;

class OverviewViewModelTest {
    private final Workspace workspace = Workspaces.bundled();
    private final OverviewViewModel viewModel = new OverviewViewModel(workspace);

    @Test
    void showsTheHeadlineFiguresWithValueUnitMeasureAndActor() {
        assertThat(viewModel.content().figures()).extracting(FigureTileSpec::figureId)
                .contains("naval-growth", "strike-upgrade", "threat-survey", "exports-now", "cable-trade")
                .doesNotContain("exports-before");
        FigureTileSpec trade = spec("cable-trade");
        assertThat(trade.value()).isEqualTo(3.4);
        assertThat(trade.unit()).isEqualTo("tn USD");
        FigureTileSpec exports = spec("exports-now");
        assertThat(exports.title()).isEqualTo("United States");
        assertThat(exports.measure()).isEqualTo("Share of US defense exports going to Asian nations");
        assertThat(exports.note()).isEqualTo("From 28% (pre-pandemic)");
    }

    @Test
    void putsDatesAfterAmounts() {
        assertThat(viewModel.content().figures()).last().extracting(FigureTileSpec::figureId).isEqualTo("nato-plus-by");
    }

    @Test
    void countsActorsLinksAndExercisesByKind() {
        assertThat(viewModel.content().counts()).extracting(CountTileSpec::title)
                .containsExactly("23 actors", "35 links", "5 exercises");
        assertThat(viewModel.content().counts().get(1).items()).extracting(CountTileSpec.Item::name, CountTileSpec.Item::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cooperation", 26),
                        org.assertj.core.groups.Tuple.tuple("Conflict", 9));
    }

    @Test
    void givesEveryStateARoleFromItsLinks() {
        Map<String, StateRole> roles = StateRoles.of(workspace.index());

        assertThat(roles).containsEntry("chn", StateRole.THREAT).containsEntry("rus", StateRole.THREAT)
                .containsEntry("ukr", StateRole.PRESSURED).containsEntry("twn", StateRole.PRESSURED)
                .containsEntry("aus", StateRole.PRESSURED).containsEntry("jpn", StateRole.PARTNER)
                .containsEntry("fra", StateRole.PARTNER);
        assertThat(viewModel.content().states()).extracting(MapState::iso3).contains("JPN", "CHN", "NZL", "EST");
    }

    @Test
    void theMapEmphasisesTheMembersOfASelectedAllianceAndTheStateOfAnOrganisation() {
        workspace.selectActor("ip4");
        assertThat(viewModel.mapFocus(viewModel.focusProperty().get())).containsExactlyInAnyOrder("jpn", "kor", "aus", "nzl");

        workspace.selectActor("vnm-coast-guard");
        assertThat(viewModel.mapFocus(viewModel.focusProperty().get())).containsExactly("vnm");
        assertThat(viewModel.mapFocus(Focus.NONE)).isEmpty();
    }

    @Test
    void anotherBriefGivesOtherTiles() throws Exception {
        workspace.open(Workspaces.gold("japan_defence_budget_fy2025"));

        assertThat(viewModel.content().figures()).hasSize(OverviewViewModel.MAX_FIGURE_TILES);
        assertThat(viewModel.content().figureCount()).isEqualTo(19);
        FigureTileSpec budget = spec("budget-fy2025-jpy");
        assertThat(budget.value()).isEqualTo(115.5);
        assertThat(budget.unit()).isEqualTo("tn JPY");
        assertThat(budget.note()).startsWith("From ¥114.3 trillion (2024)");
        assertThat(viewModel.content().counts()).extracting(CountTileSpec::title).containsExactly("9 actors", "8 links");
    }

    @Test
    void northKoreaIsTheThreatOfFreedomEdge() throws Exception {
        workspace.open(Workspaces.gold("freedom_edge_24_2"));

        assertThat(StateRoles.of(workspace.index())).containsEntry("prk", StateRole.THREAT)
                .containsEntry("kor", StateRole.PARTNER).containsEntry("usa", StateRole.PARTNER);
    }

    private FigureTileSpec spec(String id) {
        return viewModel.content().figures().stream().filter(spec -> spec.figureId().equals(id)).findFirst().orElseThrow();
    }
}
