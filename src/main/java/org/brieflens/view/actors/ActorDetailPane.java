package org.brieflens.view.actors;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.brieflens.model.Actor;
import org.brieflens.model.Brief;
import org.brieflens.model.Evidence;
import org.brieflens.model.Exercise;
import org.brieflens.model.Figure;
import org.brieflens.model.Link;
import org.brieflens.model.ModelIndex;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.view.common.EvidenceText;
import org.brieflens.view.common.ItemDescriptions;
import org.brieflens.view.common.ItemInteraction;
import org.brieflens.view.common.KindBadge;
import org.brieflens.view.common.NoticePane;
import org.brieflens.view.common.Styles;

/**
 * The detail of one actor: what it is, whom it belongs to or groups, and its links, figures,
 * exercises and mentions, each with the sentence behind it and a way to show that sentence in
 * the source. Clicking an item selects it everywhere.
 */
final class ActorDetailPane extends ScrollPane {
    static final String ITEM = "bl-detail-item";
    static final String ITEM_TITLE = "bl-detail-item-title";
    static final String CHIP = "bl-chip";

    private final Workspace workspace;
    private final VBox content = new VBox();

    ActorDetailPane(Workspace workspace, ActorsViewModel viewModel) {
        this.workspace = workspace;
        content.getStyleClass().add(Styles.DETAIL);
        content.setFillWidth(true);
        setContent(content);
        setFitToWidth(true);
        viewModel.detailActorProperty().addListener((observable, old, actor) -> show(actor));
        workspace.selectionProperty().addListener((observable, old, selection) -> show(viewModel.detailActorProperty().get()));
        show(viewModel.detailActorProperty().get());
    }

    private void show(Actor actor) {
        content.getChildren().clear();
        if (actor == null) {
            content.getChildren().add(new NoticePane("No actor selected",
                    "Select an actor in the table, the source or any chart to see its links, figures and "
                            + "exercises with the sentences behind them."));
            return;
        }
        ModelIndex index = workspace.index();
        Brief brief = index.model().brief();
        Label title = new Label(actor.name());
        title.getStyleClass().add(Styles.DETAIL_TITLE);
        title.setWrapText(true);
        Label kindLine = new Label(capitalised(ItemDescriptions.kindLine(index, actor)), KindBadge.of(actor.kind()));
        content.getChildren().addAll(title, kindLine);
        if (!actor.aliases().isEmpty()) {
            Label aliases = new Label("Also written: " + String.join(", ", actor.aliases()));
            aliases.getStyleClass().add(Styles.MUTED);
            aliases.setWrapText(true);
            content.getChildren().add(aliases);
        }
        actor.optionalAffiliation().ifPresent(id -> content.getChildren().add(chips("Belongs to", List.of(id), index)));
        if (!actor.members().isEmpty()) {
            content.getChildren().add(chips("Members", actor.members(), index));
        }
        if (!actor.memberOf().isEmpty()) {
            content.getChildren().add(chips("Member of", actor.memberOf(), index));
        }
        Selection selection = workspace.selection();
        List<Link> links = index.linksOf(actor.id());
        section("Links", links.size());
        for (Link link : links) {
            String other = index.nameOf(link.otherEnd(actor.id()));
            String direction = !link.directed() ? "with " : link.source().equals(actor.id()) ? "→ " : "← ";
            String notes = ItemDescriptions.notesOf(link);
            String heading = link.kind().displayName() + " " + direction + other + (notes.isEmpty() ? "" : " (" + notes + ")");
            item(heading, link.evidence(), brief, Selection.link(link.id()), selection, ItemDescriptions.of(index, link),
                    KindBadge.of(link.family()));
        }
        List<Figure> figures = index.figuresOf(actor.id());
        section("Figures", figures.size());
        for (Figure figure : figures) {
            item(ItemDescriptions.of(index, figure), figure.evidence(), brief, Selection.figure(figure.id()), selection,
                    ItemDescriptions.of(index, figure), null);
        }
        List<Exercise> exercises = index.exercisesOf(actor.id());
        section("Exercises", exercises.size());
        for (Exercise exercise : exercises) {
            item(ItemDescriptions.of(index, exercise), exercise.evidence(), brief, Selection.exercise(exercise.id()),
                    selection, ItemDescriptions.of(index, exercise), null);
        }
        section("Mentions", actor.mentions().size());
        for (Evidence mention : actor.mentions()) {
            content.getChildren().add(quote(brief, mention));
        }
    }

    private void section(String name, int count) {
        Label label = new Label(name + " (" + count + ")");
        label.getStyleClass().add(Styles.SECTION_TITLE);
        content.getChildren().add(label);
        if (count == 0) {
            Label none = new Label("None stated in this brief.");
            none.getStyleClass().add(Styles.MUTED);
            content.getChildren().add(none);
        }
    }

    private void item(String heading, List<Evidence> evidence, Brief brief, Selection itemSelection,
            Selection current, String accessibleText, Node badge) {
        Label title = new Label(heading, badge);
        title.getStyleClass().add(ITEM_TITLE);
        title.setWrapText(true);
        VBox box = new VBox(title);
        box.getStyleClass().add(ITEM);
        if (itemSelection.equals(current)) {
            box.getStyleClass().add(Styles.FOCUSED);
        }
        for (Evidence each : evidence) {
            box.getChildren().add(quote(brief, each));
        }
        box.setAccessibleText(accessibleText);
        ItemInteraction.activate(box, () -> workspace.select(itemSelection));
        Tooltip.install(box, new Tooltip("Click (or press Enter) to select it in every view"));
        content.getChildren().add(box);
    }

    private Node quote(Brief brief, Evidence evidence) {
        Hyperlink show = new Hyperlink("Show in source");
        show.getStyleClass().add(Styles.SOURCE_LINK);
        show.setOnAction(event -> workspace.reveal(evidence));
        show.setTooltip(new Tooltip("Scroll the Source tab to this sentence"));
        VBox quote = new VBox(2, EvidenceText.of(brief, evidence), show);
        quote.setAccessibleText(EvidenceText.plain(brief, evidence));
        return quote;
    }

    private Node chips(String heading, List<String> actorIds, ModelIndex index) {
        Label label = new Label(heading);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        FlowPane chips = new FlowPane(6, 6);
        for (String id : actorIds) {
            chips.getChildren().add(chip(index, id, workspace::selectActor));
        }
        return new VBox(label, chips);
    }

    private static Node chip(ModelIndex index, String actorId, Consumer<String> select) {
        Label chip = new Label(index.nameOf(actorId));
        index.actor(actorId).ifPresent(actor -> chip.setGraphic(KindBadge.of(actor.kind())));
        chip.getStyleClass().add(CHIP);
        ItemInteraction.activate(chip, () -> select.accept(actorId));
        chip.setTooltip(new Tooltip("Select " + index.nameOf(actorId)));
        return new HBox(chip);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
