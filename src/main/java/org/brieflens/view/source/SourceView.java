package org.brieflens.view.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.brieflens.model.Evidence;
import org.brieflens.model.ModelIndex;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.view.BriefView;
import org.brieflens.view.common.ItemDescriptions;
import org.brieflens.view.common.ItemInteraction;
import org.brieflens.view.common.LazyTooltip;
import org.brieflens.view.common.Legend;
import org.brieflens.view.common.Styles;
import org.brieflens.view.source.SourceDocument.Mark;
import org.brieflens.view.source.SourceDocument.MarkType;
import org.brieflens.view.source.SourceDocument.Paragraph;
import org.brieflens.view.source.SourceDocument.Piece;

/**
 * The Source tab: the brief's text with every actor mention marked in its kind's colour and
 * every figure's number underlined. Hovering a mark says what it is; clicking it selects it.
 * The selection's actors are emphasised and its evidence outlined; a request to reveal a
 * sentence scrolls to it.
 */
public final class SourceView implements BriefView {
    public static final String ID = "source";
    static final String STYLE = "bl-source";
    static final String SENTENCE_TEXT = "bl-sentence-text";
    static final String MENTION_OUTLINE = "bl-mention-outline";

    private final Workspace workspace;
    private final ListView<Paragraph> list = new ListView<>();
    private final VBox root;
    private SourceDocument document;
    private Set<String> focusActors = Set.of();
    private String selectedFigure;
    private List<Evidence> selectionEvidence = List.of();
    private boolean selectingHere;
    /** Counts changes of what the cells show beyond their paragraph: the selection, a new model. */
    private int shownVersion;

    public SourceView(Workspace workspace) {
        this.workspace = workspace;
        list.getStyleClass().add(STYLE);
        list.setCellFactory(view -> new ParagraphCell());
        list.setFocusTraversable(true);
        list.setAccessibleText("Brief text");
        Label figures = new Label("Figure");
        figures.getStyleClass().add("bl-figure-legend");
        HBox legend = Legend.actorKinds();
        legend.getChildren().add(figures);
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(legend, list);
        workspace.indexProperty().addListener((observable, old, index) -> showModel(index));
        workspace.selectionProperty().addListener((observable, old, selection) -> showSelection(selection));
        workspace.revealedProperty().addListener((observable, old, evidence) -> {
            if (evidence != null) {
                scrollTo(evidence.start());
            }
        });
        showModel(workspace.index());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Source";
    }

    @Override
    public Node node() {
        return root;
    }

    /** For tests: the document shown. */
    SourceDocument document() {
        return document;
    }

    private void showModel(ModelIndex index) {
        document = SourceDocument.of(index.model());
        list.getItems().setAll(document.paragraphs());
        showSelection(workspace.selection());
    }

    private void showSelection(Selection selection) {
        ModelIndex index = workspace.index();
        focusActors = selection.focusActors(index);
        selectedFigure = selection instanceof Selection.OfFigure figure ? figure.id() : null;
        selectionEvidence = selection instanceof Selection.OfActor ? List.of() : selection.evidence(index);
        shownVersion++;
        list.refresh();
        if (!selectingHere && !selection.isEmpty()) {
            List<Evidence> evidence = selection.evidence(index);
            if (!evidence.isEmpty()) {
                scrollTo(evidence.get(0).start());
            }
        }
    }

    private void scrollTo(int offset) {
        int paragraph = document.paragraphAt(offset);
        if (paragraph >= 0) {
            list.scrollTo(Math.max(0, paragraph - 1));
        }
    }

    /** The mark at {@code offset} of the text: a mention before a figure, the shortest first. */
    private static Optional<Mark> markAt(Paragraph paragraph, int offset) {
        return paragraph.marks().stream().filter(mark -> mark.start() <= offset && offset < mark.end())
                .min(Comparator.comparing((Mark mark) -> mark.type() != MarkType.MENTION)
                        .thenComparingInt(mark -> mark.end() - mark.start()));
    }

    private void select(Mark mark) {
        selectingHere = true;
        try {
            workspace.select(mark.type() == MarkType.MENTION ? Selection.actor(mark.itemId()) : Selection.figure(mark.itemId()));
        } finally {
            selectingHere = false;
        }
    }

    /** One paragraph: its text as a flow of runs, and the marks drawn behind it. */
    private final class ParagraphCell extends ListCell<Paragraph> {
        private final TextFlow flow = new TextFlow();
        private final Pane marks = new Pane();
        private final List<Runnable> drawMarks = new ArrayList<>();
        private Paragraph shown;
        private int builtVersion = -1;
        // Marks follow the text's layout, so they are drawn in each layout pass, after the text's.
        private final StackPane box = new StackPane(marks, flow) {
            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                redrawMarks();
            }
        };

        ParagraphCell() {
            flow.getStyleClass().add(SENTENCE_TEXT);
            marks.setMouseTransparent(true);
            marks.setManaged(false);
            box.setAlignment(Pos.TOP_LEFT);
            flow.maxWidthProperty().bind(list.widthProperty().subtract(80));
            flow.prefWidthProperty().bind(list.widthProperty().subtract(80));
            // Clicks are resolved on the flow, which outlives its runs: a cell may rebuild its runs
            // between the press and the release, and a click needs both on the same node.
            flow.setOnMouseClicked(event -> {
                if (shown != null && event.getButton() == MouseButton.PRIMARY) {
                    HitInfo hit = flow.hitTest(new Point2D(event.getX(), event.getY()));
                    markAt(shown, shown.start() + hit.getCharIndex()).ifPresent(SourceView.this::select);
                }
            });
        }

        @Override
        protected void updateItem(Paragraph paragraph, boolean empty) {
            super.updateItem(paragraph, empty);
            setText(null);
            if (empty || paragraph == null) {
                shown = null;
                setGraphic(null);
                return;
            }
            // The list asks again for what a cell already shows (on focus, on layout): runs rebuilt
            // then would lose a click under way and flash unstyled, so only a change rebuilds them.
            if (paragraph != shown || builtVersion != shownVersion) {
                shown = paragraph;
                builtVersion = shownVersion;
                build(paragraph);
            }
            setGraphic(box);
        }

        private void build(Paragraph paragraph) {
            flow.getChildren().clear();
            drawMarks.clear();
            String text = document.text();
            for (Piece piece : document.pieces(paragraph)) {
                Text run = new Text(text.substring(piece.start(), piece.end()));
                if (piece.mark() != null) {
                    dress(run, piece.mark());
                }
                flow.getChildren().add(run);
            }
            for (Mark mark : paragraph.marks()) {
                if (mark.type() == MarkType.MENTION) {
                    int from = mark.start() - paragraph.start();
                    int to = mark.end() - paragraph.start();
                    drawMarks.add(() -> addMark(from, to, mentionClasses(mark)));
                    if (focusActors.contains(mark.itemId())) {
                        drawMarks.add(() -> addMark(from, to, List.of(MENTION_OUTLINE)));
                    }
                }
            }
            for (Evidence evidence : selectionEvidence) {
                if (paragraph.contains(evidence.start())) {
                    int from = evidence.start() - paragraph.start();
                    int to = Math.min(evidence.end(), paragraph.end()) - paragraph.start();
                    drawMarks.add(() -> addMark(from, to, List.of(Styles.EVIDENCE_MARK)));
                }
            }
            box.requestLayout();
        }

        private void dress(Text run, Mark mark) {
            ModelIndex index = workspace.index();
            if (mark.type() == MarkType.MENTION) {
                run.getStyleClass().add(Styles.MENTION);
                if (focusActors.contains(mark.itemId())) {
                    run.getStyleClass().add(Styles.FOCUSED);
                }
                index.actor(mark.itemId()).ifPresent(actor -> {
                    run.setAccessibleText(ItemDescriptions.of(index, actor));
                    install(run, index, Selection.actor(actor.id()), ItemDescriptions.of(index, actor));
                });
            } else {
                run.getStyleClass().add("bl-figure-text");
                if (mark.itemId().equals(selectedFigure)) {
                    run.getStyleClass().add(Styles.FOCUSED);
                }
                index.figure(mark.itemId()).ifPresent(figure -> {
                    run.setAccessibleText(ItemDescriptions.of(index, figure));
                    install(run, index, Selection.figure(figure.id()), ItemDescriptions.of(index, figure));
                });
            }
        }

        private List<String> mentionClasses(Mark mark) {
            List<String> classes = new ArrayList<>(List.of(Styles.MENTION_MARK, Styles.kind(mark.actorKind())));
            if (focusActors.contains(mark.itemId())) {
                classes.add(Styles.FOCUSED);
            } else if (!focusActors.isEmpty()) {
                classes.add(Styles.DIMMED);
            }
            return classes;
        }

        private void redrawMarks() {
            marks.getChildren().clear();
            drawMarks.forEach(Runnable::run);
        }

        private void addMark(int from, int to, List<String> styleClasses) {
            PathElement[] shape = flow.rangeShape(from, to);
            if (shape.length == 0) {
                return;
            }
            Path path = new Path(shape);
            path.getStyleClass().addAll(styleClasses);
            marks.getChildren().add(path);
        }
    }

    /** The mention's tooltip: what it is and, if the extractor read it, how sure it was. */
    private static void install(Text run, ModelIndex index, Selection item, String description) {
        LazyTooltip.install(run, () -> ItemInteraction.tooltip(description
                + ItemDescriptions.provenance(index, item).map(line -> "\n" + line).orElse("")));
    }
}
