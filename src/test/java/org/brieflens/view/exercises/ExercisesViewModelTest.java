package org.brieflens.view.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.brieflens.model.ExerciseDomain;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.testing.Workspaces;

class ExercisesViewModelTest {
    private final Workspace workspace = Workspaces.bundled();
    private final ExercisesViewModel viewModel = new ExercisesViewModel(workspace);

    @Test
    void countsExercisesPerPartnerMostFirst() {
        PartnerCount first = viewModel.content().partners().get(0);

        assertThat(first.name()).isEqualTo("Japan");
        assertThat(first.count()).isEqualTo(3);
        assertThat(viewModel.content().partners()).extracting(PartnerCount::name)
                .contains("NATO", "Estonia", "Norway", "Vietnam Coast Guard", "French Navy", "Italian Navy", "China");
    }

    @Test
    void countsExercisesPerDomain() {
        assertThat(viewModel.content().domains()).extracting(DomainCount::domain).containsExactlyInAnyOrder(
                ExerciseDomain.BLOCKADE, ExerciseDomain.GENERAL, ExerciseDomain.CYBER,
                ExerciseDomain.MINE_COUNTERMEASURES, ExerciseDomain.COAST_GUARD);
    }

    @Test
    void drawsTriplingSince2021AsAnIndexFromOneToThree() {
        TrendSeries trend = viewModel.content().trends().get(0);

        assertThat(trend.figureId()).isEqualTo("exercises-tripled");
        assertThat(trend.points()).containsExactly(new TrendSeries.Point("2021", 1), new TrendSeries.Point("Now", 3));
    }

    @Test
    void tabulatesEveryExerciseWithItsSourceSentence() {
        assertThat(viewModel.content().rows()).hasSize(5);
        ExerciseRow coastGuard = viewModel.content().rows().stream()
                .filter(row -> row.id().equals("vietnam-coast-guard-exercises")).findFirst().orElseThrow();
        assertThat(coastGuard.participants()).isEqualTo("Vietnam Coast Guard, French Navy, Italian Navy");
        assertThat(coastGuard.domain()).isEqualTo("Coast guard");
        assertThat(coastGuard.frequency()).isEqualTo("annual");
        assertThat(coastGuard.source()).contains("«");
    }

    @Test
    void anotherBriefGivesItsOwnCounts() throws Exception {
        workspace.open(Workspaces.gold("rimpac_2024"));

        assertThat(viewModel.content().rows()).singleElement().extracting(ExerciseRow::frequency).isEqualTo("biennial");
        assertThat(viewModel.content().partners()).hasSize(33);
        assertThat(viewModel.content().domains()).extracting(DomainCount::domain).containsExactly(ExerciseDomain.NAVAL);
        assertThat(viewModel.content().trends()).isEmpty();
    }

    @Test
    void pickingARowSelectsTheExercise() {
        viewModel.selectExercise("japan-estonia-cyber");

        assertThat(workspace.selection()).isEqualTo(Selection.exercise("japan-estonia-cyber"));
    }
}
