package org.brieflens.view.network;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;

import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import org.brieflens.model.ActorKind;
import org.brieflens.model.LinkFamily;
import org.brieflens.model.LinkKind;
import org.brieflens.model.Provenance;
import org.brieflens.network.NetworkFilter;
import org.brieflens.network.NodeSizing;
import org.brieflens.network.layout.LayoutKind;
import org.brieflens.view.common.Styles;

/**
 * The Network tab's controls: find an actor, choose and rerun the layout, fit, unpin, and the
 * filters (link families and kinds, derived links, structure, actor kinds, fewest sentences).
 */
final class NetworkToolbar extends FlowPane {
    static final String SEARCH_ID = "network-search";
    private static final int MAX_MIN_EVIDENCE = 9;

    private final NetworkViewModel viewModel;
    private final TextField search = TextFields.createClearableTextField();
    private final Label searchResult = new Label();

    NetworkToolbar(NetworkViewModel viewModel, Runnable fit) {
        this.viewModel = viewModel;
        getStyleClass().addAll("bl-toolbar-filter", Styles.CONTROLS);
        setHgap(8);
        setVgap(6);

        search.setId(SEARCH_ID);
        search.setPromptText("Find an actor");
        search.setPrefWidth(170);
        search.setAccessibleText("Find an actor in the network");
        search.setTooltip(new Tooltip("Type a name, alias or ISO code and press Enter to select that actor"));
        search.setOnAction(event -> find());
        TextFields.bindAutoCompletion(search, request -> viewModel.actorNames().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(request.getUserText().toLowerCase(Locale.ROOT))).toList())
                .setOnAutoCompleted(event -> find());
        searchResult.getStyleClass().add(Styles.MUTED);

        ChoiceBox<LayoutKind> layout = choice(LayoutKind.values(), LayoutKind::displayName);
        layout.valueProperty().bindBidirectional(viewModel.layoutKindProperty());
        layout.setTooltip(new Tooltip("How the actors are arranged"));
        layout.setPrefWidth(150);
        Button again = button("Lay out again", MaterialDesignG.GRAPH_OUTLINE,
                "Arrange what is shown now; pinned actors stay put", viewModel::relayout);
        Button fitButton = button("Fit", MaterialDesignF.FIT_TO_SCREEN_OUTLINE, "Show the whole network (key 0)", fit);
        Button unpin = button("Unpin all", MaterialDesignP.PIN_OFF_OUTLINE,
                "Let the layout place the actors you dragged", viewModel::unpinAll);
        unpin.disableProperty().bind(viewModel.anyPinnedProperty().not());

        ChoiceBox<NodeSizing> sizing = choice(NodeSizing.values(), value -> "Size: " + value.displayName().toLowerCase(Locale.ROOT));
        sizing.valueProperty().bindBidirectional(viewModel.sizingProperty());
        sizing.setTooltip(new Tooltip("What a node's size shows"));
        sizing.setPrefWidth(140);

        Spinner<Integer> minEvidence = new Spinner<>(1, MAX_MIN_EVIDENCE, viewModel.filter().minEvidence());
        minEvidence.setPrefWidth(72);
        minEvidence.valueProperty().addListener((observable, old, value) -> viewModel.setMinEvidence(value));
        minEvidence.setTooltip(new Tooltip("Show only links stated in at least this many sentences"));
        minEvidence.setAccessibleText("Fewest sentences per link");
        Label minLabel = new Label("Sentences ≥");
        minLabel.setLabelFor(minEvidence);

        getChildren().addAll(search, layout, again, fitButton, unpin, linksMenu(), actorsMenu(), minLabel, minEvidence,
                sizing, searchResult);
    }

    private void find() {
        String query = search.getText();
        searchResult.setText(query == null || query.isBlank() || viewModel.find(query).isPresent() ? ""
                : "No actor shown matches “" + query.trim() + "”");
    }

    private MenuButton linksMenu() {
        MenuButton menu = new MenuButton("Links");
        menu.setTooltip(new Tooltip("Which links are drawn"));
        NetworkFilter filter = viewModel.filter();
        for (LinkFamily family : LinkFamily.values()) {
            menu.getItems().add(check(family.displayName() + " (all kinds)", filter.families().contains(family),
                    shown -> viewModel.showFamily(family, shown)));
        }
        menu.getItems().add(new SeparatorMenuItem());
        for (LinkKind kind : LinkKind.values()) {
            menu.getItems().add(check(kind.displayName(), filter.linkKinds().contains(kind),
                    shown -> viewModel.showLinkKind(kind, shown)));
        }
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().add(check("Derived links", filter.derivedLinks(), viewModel::showDerivedLinks));
        menu.getItems().add(check(String.format(Locale.ROOT, "Less sure links (under %d%%)", Math.round(Provenance.SURE * 100)),
                filter.lessSureLinks(), viewModel::showLessSureLinks));
        menu.getItems().add(check("Members and affiliations", filter.structure(), viewModel::showStructure));
        return menu;
    }

    private MenuButton actorsMenu() {
        MenuButton menu = new MenuButton("Actors");
        menu.setTooltip(new Tooltip("Which kinds of actor are drawn"));
        NetworkFilter filter = viewModel.filter();
        for (ActorKind kind : ActorKind.values()) {
            menu.getItems().add(check(kind.displayName(), filter.actorKinds().contains(kind),
                    shown -> viewModel.showActorKind(kind, shown)));
        }
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().add(check("Actors without links", filter.unlinkedActors(), viewModel::showUnlinkedActors));
        return menu;
    }

    /** A check box that keeps its menu open, so several filters can be set in one go. */
    private static CustomMenuItem check(String text, boolean selected, Consumer<Boolean> action) {
        CheckBox box = new CheckBox(text);
        box.setSelected(selected);
        box.selectedProperty().addListener((observable, old, now) -> action.accept(now));
        CustomMenuItem item = new CustomMenuItem(box);
        item.setHideOnClick(false);
        return item;
    }

    private static Button button(String text, Ikon icon, String tooltip, Runnable action) {
        Button button = new Button(text, FontIcon.of(icon));
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> action.run());
        return button;
    }

    private static <T> ChoiceBox<T> choice(T[] values, Function<T, String> name) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        return box;
    }
}
