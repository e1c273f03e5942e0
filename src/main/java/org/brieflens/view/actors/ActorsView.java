package org.brieflens.view.actors;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.MasterDetailPane;
import org.controlsfx.control.tableview2.TableView2;
import org.controlsfx.control.textfield.TextFields;

import org.brieflens.model.Actor;
import org.brieflens.model.ActorKind;
import org.brieflens.state.Workspace;
import org.brieflens.view.BriefView;
import org.brieflens.view.common.KindBadge;
import org.brieflens.view.common.Styles;

/**
 * The Actors tab: a filterable, sortable table of every actor (name, kind, ISO 3166 code,
 * mentions, links) beside the detail of the selected one.
 */
public final class ActorsView implements BriefView {
    public static final String ID = "actors";

    private final ActorsViewModel viewModel;
    private final TableView2<ActorRow> table = new TableView2<>();
    private final TextField filter = TextFields.createClearableTextField();
    private final CheckComboBox<ActorKind> kindFilter = new CheckComboBox<>();
    private final VBox root;
    private boolean syncingSelection;

    public ActorsView(Workspace workspace) {
        this.viewModel = new ActorsViewModel(workspace);
        filter.setPromptText("Filter by name, alias, code or kind");
        filter.setPrefColumnCount(26);
        filter.textProperty().bindBidirectional(viewModel.filterTextProperty());
        filter.setTooltip(new Tooltip("Show only actors whose name, alias, ISO code, kind or affiliation holds these words"));
        filter.setAccessibleText("Filter actors");
        setUpKindFilter();
        Label count = new Label();
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(Styles.MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        filter.getStyleClass().add(Styles.CONTROLS);
        kindFilter.getStyleClass().add(Styles.CONTROLS);
        HBox bar = new HBox(filter, kindFilter, spacer, count);
        bar.getStyleClass().add("bl-toolbar-filter");

        setUpTable();
        MasterDetailPane split = new MasterDetailPane(Side.RIGHT, table, new ActorDetailPane(workspace, viewModel), true);
        split.setDividerPosition(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(bar, split);
        root.getStyleClass().add(Styles.VIEW);

        viewModel.detailActorProperty().addListener((observable, old, actor) -> showInTable(actor));
        showInTable(viewModel.detailActorProperty().get());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Actors";
    }

    @Override
    public Node node() {
        return root;
    }

    /** For tests and the find box: the table. */
    public TableView2<ActorRow> table() {
        return table;
    }

    public TextField filterField() {
        return filter;
    }

    private void setUpKindFilter() {
        kindFilter.getItems().setAll(ActorKind.values());
        kindFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(ActorKind kind) {
                return kind == null ? "" : kind.displayName();
            }

            @Override
            public ActorKind fromString(String text) {
                return null;
            }
        });
        kindFilter.getCheckModel().checkAll();
        kindFilter.setTitle("Kinds");
        kindFilter.setShowCheckedCount(true);
        kindFilter.setTooltip(new Tooltip("Show only actors of the checked kinds"));
        kindFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<ActorKind>) change -> {
            EnumSet<ActorKind> checked = EnumSet.noneOf(ActorKind.class);
            checked.addAll(kindFilter.getCheckModel().getCheckedItems());
            viewModel.kinds().retainAll(checked);
            viewModel.kinds().addAll(checked);
        });
    }

    private void setUpTable() {
        TableColumn<ActorRow, String> name = column("Name", ActorRow::name, 220);
        name.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                ActorRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : text);
                setGraphic(row == null ? null : KindBadge.of(row.kind()));
            }
        });
        TableColumn<ActorRow, ActorKind> kind = column("Kind", ActorRow::kind, 120);
        kind.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(ActorKind value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : value.displayName());
            }
        });
        TableColumn<ActorRow, String> iso3 = column("ISO3", ActorRow::iso3, 70);
        TableColumn<ActorRow, Integer> mentions = column("Mentions", ActorRow::mentions, 90);
        TableColumn<ActorRow, Integer> links = column("Links", ActorRow::links, 70);
        table.getColumns().setAll(List.of(name, kind, iso3, mentions, links));
        SortedList<ActorRow> sorted = new SortedList<>(viewModel.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView2.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowHeaderVisible(false);
        table.setAccessibleText("Actors");
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null && !syncingSelection) {
                viewModel.select(row);
            }
        });
    }

    private static <T> TableColumn<ActorRow, T> column(String title, Function<ActorRow, T> value, double width) {
        TableColumn<ActorRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void showInTable(Actor actor) {
        syncingSelection = true;
        try {
            if (actor == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (ActorRow row : table.getItems()) {
                if (row.id().equals(actor.id())) {
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            syncingSelection = false;
        }
    }
}
