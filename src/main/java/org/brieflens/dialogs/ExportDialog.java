package org.brieflens.dialogs;

import java.io.File;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.brieflens.dialogs.ExportChoice.Scope;
import org.brieflens.export.ExportFormat;
import org.brieflens.export.ImageSize;
import org.brieflens.view.common.Styles;

/**
 * The export dialog: what (the current view, all views, or the model as data), in which
 * formats, how large (a scale or an exact size in pixels), with or without background, and
 * into which folder.
 */
final class ExportDialog {
    private static final List<ExportFormat> VIEW_FORMATS = List.of(ExportFormat.PNG, ExportFormat.SVG,
            ExportFormat.PDF);
    private static final List<ExportFormat> DATA_FORMATS = List.of(ExportFormat.JSON, ExportFormat.CSV,
            ExportFormat.GEXF, ExportFormat.GRAPHML);
    private static final List<Double> SCALES = List.of(1.0, 2.0, 4.0);
    /** The size choice that means "exact pixels" rather than a scale. */
    private static final double EXACT = 0;
    private static final int DEFAULT_WIDTH = 1920;
    private static final int DEFAULT_HEIGHT = 1080;

    private final ToggleGroup scope = new ToggleGroup();
    private final Map<Scope, RadioButton> scopes = new EnumMap<>(Scope.class);
    private final Map<ExportFormat, CheckBox> formats = new EnumMap<>(ExportFormat.class);
    private final ChoiceBox<Double> scale = new ChoiceBox<>();
    private final Spinner<Integer> width = new Spinner<>(1, ImageSize.Pixels.MAX_SIDE, DEFAULT_WIDTH);
    private final Spinner<Integer> height = new Spinner<>(1, ImageSize.Pixels.MAX_SIDE, DEFAULT_HEIGHT);
    private final CheckBox transparent = new CheckBox("Transparent background (PNG, SVG)");
    private final TextField folder = new TextField();

    private ExportDialog(ExportChoice suggested, String currentView) {
        scopes.put(Scope.CURRENT_VIEW, radio("The current view (" + currentView + ")", Scope.CURRENT_VIEW));
        scopes.put(Scope.ALL_VIEWS, radio("All views", Scope.ALL_VIEWS));
        scopes.put(Scope.DATA, radio("The model as data", Scope.DATA));
        scopes.get(suggested.scope()).setSelected(true);
        for (ExportFormat format : ExportFormat.values()) {
            CheckBox box = new CheckBox(format.label());
            box.setTooltip(new Tooltip(format.description()));
            box.setSelected(suggested.formats().contains(format));
            formats.put(format, box);
        }
        scale.getItems().setAll(SCALES);
        scale.getItems().add(EXACT);
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double factor) {
                return factor == null ? "" : factor == EXACT ? "Exact size"
                        : String.format(Locale.ROOT, "%.0fx", factor);
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        if (suggested.size() instanceof ImageSize.Pixels pixels) {
            scale.setValue(EXACT);
            width.getValueFactory().setValue(pixels.width());
            height.getValueFactory().setValue(pixels.height());
        } else {
            double factor = ((ImageSize.Scale) suggested.size()).factor();
            scale.setValue(SCALES.contains(factor) ? factor : 1.0);
        }
        width.setEditable(true);
        height.setEditable(true);
        width.setPrefWidth(100);
        height.setPrefWidth(100);
        transparent.setSelected(suggested.transparent());
        folder.setText(suggested.folder().toString());
        folder.setPrefColumnCount(32);
    }

    static Optional<ExportChoice> show(Window owner, ExportChoice suggested, String currentView) {
        ExportDialog form = new ExportDialog(suggested, currentView);
        Dialog<ExportChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText("Export views as images and documents, or the model as data");
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form.content(owner));
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.getDialogPane().lookupButton(export).disableProperty().bind(form.incomplete());
        dialog.setResultConverter(button -> button == export ? form.choice() : null);
        return dialog.showAndWait();
    }

    private Node content(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.setPadding(new Insets(8));
        grid.addRow(0, heading("What"), new VBox(6, scopes.get(Scope.CURRENT_VIEW), scopes.get(Scope.ALL_VIEWS),
                scopes.get(Scope.DATA)));
        grid.addRow(1, heading("Formats"), new VBox(6, row(VIEW_FORMATS), row(DATA_FORMATS)));
        HBox exact = new HBox(6, width, new Label("x"), height, new Label("pixels"));
        exact.visibleProperty().bind(scale.valueProperty().isEqualTo(EXACT));
        HBox sizeRow = new HBox(10, scale, exact);
        grid.addRow(2, heading("Image size"), new VBox(6, sizeRow, transparent));
        Button browse = new Button("Choose…");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(event -> chooseFolder(owner));
        HBox.setHgrow(folder, Priority.ALWAYS);
        grid.addRow(3, heading("Folder"), new HBox(8, folder, browse));
        Label naming = new Label("Files are named after their view (source.png, network.svg), a PDF of several "
                + "views brief.pdf; the data model.brief.json, actors.csv ..., network.gexf and network.graphml.");
        naming.getStyleClass().add(Styles.MUTED);
        naming.setWrapText(true);
        naming.setPrefWidth(560);
        grid.add(naming, 1, 4);
        updateEnabled();
        scope.selectedToggleProperty().addListener((observable, old, now) -> updateEnabled());
        formats.get(ExportFormat.PNG).selectedProperty().addListener((observable, old, now) -> updateEnabled());
        formats.get(ExportFormat.SVG).selectedProperty().addListener((observable, old, now) -> updateEnabled());
        return grid;
    }

    /** A row's name, never cut short by the controls beside it. */
    private static Label heading(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }

    private RadioButton radio(String text, Scope value) {
        RadioButton button = new RadioButton(text);
        button.setToggleGroup(scope);
        button.setUserData(value);
        return button;
    }

    private HBox row(List<ExportFormat> group) {
        HBox row = new HBox(14);
        group.forEach(format -> row.getChildren().add(formats.get(format)));
        return row;
    }

    /** Only the formats, size and background that apply to what is chosen can be changed. */
    private void updateEnabled() {
        boolean views = selectedScope() != Scope.DATA;
        VIEW_FORMATS.forEach(format -> formats.get(format).setDisable(!views));
        DATA_FORMATS.forEach(format -> formats.get(format).setDisable(views));
        boolean png = views && formats.get(ExportFormat.PNG).isSelected();
        scale.setDisable(!png);
        width.setDisable(!png);
        height.setDisable(!png);
        transparent.setDisable(!(png || views && formats.get(ExportFormat.SVG).isSelected()));
    }

    private BooleanBinding incomplete() {
        List<Observable> inputs = new ArrayList<>(List.of(folder.textProperty(), scope.selectedToggleProperty()));
        formats.values().forEach(box -> inputs.add(box.selectedProperty()));
        return Bindings.createBooleanBinding(() -> chosenFormats().isEmpty() || folderPath().isEmpty(),
                inputs.toArray(Observable[]::new));
    }

    private ExportChoice choice() {
        ImageSize size = scale.getValue() == EXACT ? ImageSize.pixels(width.getValue(), height.getValue())
                : ImageSize.scale(scale.getValue());
        return new ExportChoice(selectedScope(), chosenFormats(), size, transparent.isSelected(),
                folderPath().orElseThrow());
    }

    private Scope selectedScope() {
        return scope.getSelectedToggle() == null ? Scope.CURRENT_VIEW : (Scope) scope.getSelectedToggle().getUserData();
    }

    /** The ticked formats that apply to what is chosen. */
    private Set<ExportFormat> chosenFormats() {
        boolean views = selectedScope() != Scope.DATA;
        Set<ExportFormat> chosen = EnumSet.noneOf(ExportFormat.class);
        for (ExportFormat format : views ? VIEW_FORMATS : DATA_FORMATS) {
            if (formats.get(format).isSelected()) {
                chosen.add(format);
            }
        }
        return chosen;
    }

    private Optional<Path> folderPath() {
        String text = folder.getText().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private void chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export into");
        folderPath().filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showDialog(owner);
        if (chosen != null) {
            folder.setText(chosen.getPath());
        }
    }
}
