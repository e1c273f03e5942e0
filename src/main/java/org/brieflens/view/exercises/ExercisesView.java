package org.brieflens.view.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.brieflens.model.Evidence;
import org.brieflens.model.ModelIndex;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.view.BriefView;
import org.brieflens.view.common.Emphasis;
import org.brieflens.view.common.Focus;
import org.brieflens.view.common.ItemDescriptions;
import org.brieflens.view.common.ItemInteraction;
import org.brieflens.view.common.Legend;
import org.brieflens.view.common.SectionPage;
import org.brieflens.view.common.ShownEvidence;
import org.brieflens.view.common.Styles;

/**
 * The Exercises tab: exercises per partner and per domain, the trends the brief quantifies as
 * an index over time, and a table of every exercise with its source sentence.
 */
public final class ExercisesView implements BriefView {
    public static final String ID = "exercises";
    static final String DOMAIN_BAR = "bl-domain-bar";
    static final String TABLE = "bl-exercise-table";
    private static final double ROW_HEIGHT = 58;

    private final Workspace workspace;
    private final ExercisesViewModel viewModel;
    private final SectionPage page;
    private final TableView<ExerciseRow> table = new TableView<>();
    private final List<CountBarChart> countCharts = new ArrayList<>();
    private TrendChart trendChart;
    private boolean syncingSelection;

    public ExercisesView(Workspace workspace) {
        this.workspace = workspace;
        this.viewModel = new ExercisesViewModel(workspace);
        page = new SectionPage(Legend.actorKinds());
        setUpTable();
        viewModel.contentProperty().addListener((observable, old, content) -> show(content));
        viewModel.focusProperty().addListener((observable, old, focus) -> emphasise(focus));
        show(viewModel.content());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Exercises";
    }

    @Override
    public Node node() {
        return page;
    }

    /** For tests: the table of every exercise. */
    public TableView<ExerciseRow> table() {
        return table;
    }

    private void show(ExercisesViewModel.Content content) {
        page.clear();
        countCharts.clear();
        trendChart = null;
        table.getItems().setAll(content.rows());
        if (content.rows().isEmpty()) {
            page.showNotice("No exercises in this brief",
                    "Exercises, drills and trainings the brief states will be charted here by partner, domain and trend.");
            return;
        }
        ModelIndex index = workspace.index();
        CountBarChart partners = new CountBarChart(partnerBars(index, content.partners()), "Exercises", workspace);
        CountBarChart domains = new CountBarChart(domainBars(content.domains()), "Exercises", workspace);
        countCharts.add(partners);
        countCharts.add(domains);
        VBox right = new VBox(12, titled("By domain", domains.node()));
        if (!content.trends().isEmpty()) {
            trendChart = new TrendChart(content.trends(), workspace);
            Label explanation = new Label("Where the brief quantifies a trend (\"tripled since 2021\"), its baseline "
                    + "year is 1 and the latest value the multiple.");
            explanation.getStyleClass().add(Styles.MUTED);
            explanation.setWrapText(true);
            right.getChildren().add(titled("Trends as an index", new VBox(4, explanation, trendChart.node())));
        }
        HBox.setHgrow(right, Priority.ALWAYS);
        page.add("Exercises by partner, domain and trend",
                "How many of the brief's exercises each participant takes part in, how many train for each domain, "
                        + "and how the brief says they are growing.",
                sideBySide(titled("By partner", partners.node()), right));
        table.setPrefHeight(44 + content.rows().size() * ROW_HEIGHT);
        table.setMinHeight(table.getPrefHeight());
        page.add("Every exercise", "Click a row to select the exercise everywhere; right-click it to show its "
                + "sentence in the Source tab.", table);
        emphasise(viewModel.focusProperty().get());
    }

    private static List<CountBar> partnerBars(ModelIndex index, List<PartnerCount> partners) {
        return partners.stream().map(partner -> new CountBar(partner.name(), partner.count(),
                Styles.kind(partner.kind()), Selection.actor(partner.actorId()), List.of(partner.actorId()),
                partner.name() + " — " + ItemDescriptions.count(partner.count(), "exercise") + ": "
                        + String.join("; ", partner.exerciseNames())
                        + index.actor(partner.actorId()).map(actor -> "\n" + ItemDescriptions.of(index, actor)).orElse("")))
                .toList();
    }

    private static List<CountBar> domainBars(List<DomainCount> domains) {
        return domains.stream().map(domain -> new CountBar(domain.domain().displayName(), domain.count(), DOMAIN_BAR,
                domain.count() == 1 ? Selection.exercise(domain.exerciseIds().get(0)) : Selection.NONE,
                domain.participants(),
                domain.domain().displayName() + " — " + ItemDescriptions.count(domain.count(), "exercise") + ": "
                        + String.join("; ", domain.exerciseNames())))
                .toList();
    }

    private static Node titled(String title, Node chart) {
        Label label = new Label(title);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(label, chart);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Node sideBySide(Node left, Node right) {
        HBox row = new HBox(24, left, right);
        row.setFillHeight(false);
        return row;
    }

    private void emphasise(Focus focus) {
        countCharts.forEach(chart -> chart.emphasise(focus));
        if (trendChart != null) {
            trendChart.emphasise(focus);
        }
        table.refresh();
        syncingSelection = true;
        try {
            if (focus.selection() instanceof Selection.OfExercise exercise) {
                table.getItems().stream().filter(row -> row.id().equals(exercise.id())).findFirst()
                        .ifPresent(row -> table.getSelectionModel().select(row));
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            syncingSelection = false;
        }
    }

    private void setUpTable() {
        table.getStyleClass().add(TABLE);
        table.getColumns().setAll(List.of(
                column("Exercise", ExerciseRow::name, 220),
                column("Participants", ExerciseRow::participants, 200),
                column("Domain", ExerciseRow::domain, 130),
                column("Frequency or trend", ExerciseRow::frequency, 140),
                column("Source sentence", ExerciseRow::source, 420)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setAccessibleText("Exercises");
        table.setRowFactory(view -> new ExerciseTableRow());
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null && !syncingSelection) {
                viewModel.selectExercise(row.id());
            }
        });
    }

    private static TableColumn<ExerciseRow, String> column(String title, Function<ExerciseRow, String> value,
            double width) {
        TableColumn<ExerciseRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(col -> new WrappingCell());
        return column;
    }

    /** A row that stands for its exercise: dimmed or emphasised with the selection, with a tooltip and menu. */
    private final class ExerciseTableRow extends TableRow<ExerciseRow> {
        private ExerciseRow installed;

        @Override
        protected void updateItem(ExerciseRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                Emphasis.PLAIN.applyTo(this);
                ItemInteraction.uninstall(this);
                installed = null;
                return;
            }
            Selection item = Selection.exercise(row.id());
            if (!row.equals(installed)) {
                ItemInteraction.install(this, workspace, item, row.name() + " — " + row.participants());
                installed = row;
            }
            viewModel.focusProperty().get().emphasisOf(row.actors(), item).applyTo(this);
        }
    }

    private static final class WrappingCell extends TableCell<ExerciseRow, String> {
        WrappingCell() {
            setWrapText(true);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
        }
    }

    /** The exercises counted and listed, and the figures of their trends. */
    @Override
    public List<Evidence> evidenceShown(ModelIndex index) {
        return ShownEvidence.of(index, index.model().exercises().stream().flatMap(exercise -> Stream.concat(
                Stream.of(Selection.exercise(exercise.id())), exercise.figures().stream().map(Selection::figure))));
    }
}
