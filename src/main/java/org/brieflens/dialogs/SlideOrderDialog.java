package org.brieflens.dialogs;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The list where the presenter ticks the views to present and moves them into order. */
final class SlideOrderDialog {

    /** One row: a view, and whether it is ticked. */
    private record Row(SlideOption option, BooleanProperty included) {
        @Override
        public String toString() {
            return option.title();
        }
    }

    private SlideOrderDialog() {
    }

    static Optional<List<String>> show(Window owner, List<SlideOption> options) {
        ObservableList<Row> rows = FXCollections.observableArrayList();
        options.forEach(option -> rows.add(new Row(option, new SimpleBooleanProperty(option.included()))));
        ListView<Row> list = new ListView<>(rows);
        list.setCellFactory(CheckBoxListCell.forListView(Row::included));
        list.setPrefHeight(260);
        list.setAccessibleText("Slides in order");
        Button up = new Button("Move up");
        up.setTooltip(new Tooltip("Present the selected view earlier"));
        up.setOnAction(event -> move(list, -1));
        Button down = new Button("Move down");
        down.setTooltip(new Tooltip("Present the selected view later"));
        down.setOnAction(event -> move(list, 1));
        Label help = new Label("Tick the views to present; the order of the list is the order of the slides.");
        help.setWrapText(true);
        VBox content = new VBox(10, help, list, new HBox(8, up, down));
        content.setPadding(new Insets(8));

        Dialog<List<String>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Presentation slides");
        dialog.setHeaderText("Which views, in what order?");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? rows.stream().filter(row -> row.included().get()).map(row -> row.option().viewId()).toList()
                : null);
        return dialog.showAndWait().filter(ids -> !ids.isEmpty());
    }

    private static void move(ListView<Row> list, int step) {
        int from = list.getSelectionModel().getSelectedIndex();
        int to = from + step;
        if (from < 0 || to < 0 || to >= list.getItems().size()) {
            return;
        }
        Row row = list.getItems().remove(from);
        list.getItems().add(to, row);
        list.getSelectionModel().select(to);
    }
}
