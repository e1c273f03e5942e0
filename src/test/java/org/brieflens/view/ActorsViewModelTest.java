package org.brieflens.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.brieflens.ingest.BriefFileLoader;
import org.brieflens.model.ActorKind;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.view.actors.ActorRow;
import org.brieflens.view.actors.ActorsViewModel;

class ActorsViewModelTest {
    private final Workspace workspace = new Workspace(BriefFileLoader.loadBundled());
    private final ActorsViewModel viewModel = new ActorsViewModel(workspace);

    @Test
    void showsEveryActorUntilFiltered() {
        assertThat(viewModel.visibleRows()).hasSize(23);
        assertThat(viewModel.countTextProperty().get()).isEqualTo("23 actors");
    }

    @Test
    void filtersByNameAliasCodeOrAffiliation() {
        viewModel.filterTextProperty().set("tokyo");
        assertThat(viewModel.visibleRows()).extracting(ActorRow::id).containsExactly("jpn");

        viewModel.filterTextProperty().set("KOR");
        assertThat(viewModel.visibleRows()).extracting(ActorRow::id).containsExactly("kor");

        viewModel.filterTextProperty().set("vietnam");
        assertThat(viewModel.visibleRows()).extracting(ActorRow::id).containsExactly("vnm", "vnm-coast-guard");
        assertThat(viewModel.countTextProperty().get()).isEqualTo("2 of 23 actors");
    }

    @Test
    void filtersByKind() {
        viewModel.kinds().retainAll(java.util.Set.of(ActorKind.PERSON));

        assertThat(viewModel.visibleRows()).extracting(ActorRow::name).containsExactlyInAnyOrder("Mark Rutte", "Ishiba");
    }

    @Test
    void countsMentionsAndLinks() {
        ActorRow japan = viewModel.rowOf("jpn").orElseThrow();

        assertThat(japan.mentions()).isEqualTo(8);
        assertThat(japan.links()).isEqualTo(workspace.index().linksOf("jpn").size());
    }

    @Test
    void theDetailFollowsTheSelectedActor() {
        workspace.selectActor("aus");

        assertThat(viewModel.detailActorProperty().get().name()).isEqualTo("Australia");
    }

    @Test
    void aSelectedLinkKeepsTheActorShownIfItTakesPartElseShowsOneThatDoes() {
        workspace.selectActor("aus");
        workspace.select(Selection.link("chn-aus-coercion"));
        assertThat(viewModel.detailActorProperty().get().id()).isEqualTo("aus");

        workspace.select(Selection.link("rus-ukr-attack"));
        assertThat(viewModel.detailActorProperty().get().id()).isEqualTo("rus");
    }

    @Test
    void pickingARowSelectsTheActorEverywhere() {
        viewModel.select(viewModel.rowOf("nzl").orElseThrow());

        assertThat(workspace.selection()).isEqualTo(Selection.actor("nzl"));
    }
}
