package org.brieflens.view.overview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.Tile.TextSize;
import eu.hansolo.tilesfx.TileBuilder;
import eu.hansolo.tilesfx.tools.FlowGridPane;

import org.brieflens.model.Evidence;
import org.brieflens.model.ModelIndex;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.view.BriefView;
import org.brieflens.view.ViewContext;
import org.brieflens.view.common.Emphasis;
import org.brieflens.view.common.Focus;
import org.brieflens.view.common.ItemDescriptions;
import org.brieflens.view.common.ItemInteraction;
import org.brieflens.view.common.NoticePane;
import org.brieflens.view.common.ShownEvidence;
import org.brieflens.view.common.Styles;

/**
 * The Overview tab: a TilesFX dashboard chosen from the model. The world map with the brief's
 * states coloured by role and the counts of actors, links and exercises stand at the top; below,
 * a tile per headline figure. Tiles and states stand for their items: hover, click and "Show in
 * source" as everywhere, emphasised or dimmed with the selection.
 */
public final class OverviewView implements BriefView {
    public static final String ID = "overview";
    static final String STYLE = "bl-overview";
    static final String FIGURE_TILE = "bl-figure-tile";
    static final String COUNT_TILE = "bl-count-tile";
    static final String MAP_TILE = "bl-map-tile";
    static final String MAP_SIDE = "bl-map-side";
    static final String ROLE_BADGE = "bl-role-badge";
    static final String UNMAPPED = "bl-unmapped-state";
    private static final double FIGURE_TILE_WIDTH = 280;
    private static final double FIGURE_TILE_HEIGHT = 135;
    private static final double TOP_ROW_MIN_HEIGHT = 250;
    private static final double TOP_ROW_MAX_HEIGHT = 720;
    private static final double GAP = 10;

    private final Workspace workspace;
    private final OverviewViewModel viewModel;
    private final TileTheme tileTheme;
    private final VBox content = new VBox(GAP);
    private final List<Tile> tiles = new ArrayList<>();
    private final Map<Tile, FigureTileSpec> figureTiles = new LinkedHashMap<>();
    private final FlowGridPane figureGrid = new FlowGridPane(4, 1);
    private WorldMapPane map;
    private final RowConstraints topRowHeight = new RowConstraints(TOP_ROW_MIN_HEIGHT);
    private final ScrollPane scroll;
    private final StackPane root;

    public OverviewView(ViewContext context) {
        this.workspace = context.workspace();
        this.viewModel = new OverviewViewModel(workspace);
        this.tileTheme = new TileTheme(context.theme());
        content.getStyleClass().add(STYLE);
        figureGrid.setHgap(GAP);
        figureGrid.setVgap(GAP);
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("bl-section-scroll");
        root = new StackPane(tileTheme.probe(), scroll);
        root.getStyleClass().add(Styles.VIEW);
        root.getStylesheets().add(OverviewView.class.getResource("overview.css").toExternalForm());
        content.widthProperty().addListener((observable, old, width) -> layOutFigures());
        scroll.viewportBoundsProperty().addListener((observable, old, bounds) -> layOutFigures());
        viewModel.contentProperty().addListener((observable, old, now) -> show(now));
        viewModel.focusProperty().addListener((observable, old, focus) -> emphasise(focus));
        tileTheme.coloursProperty().addListener((observable, old, colours) -> recolour());
        show(viewModel.content());
    }

    @Override
    public String id() {
        return ID;
    }

    /** Its tiles lay out when their window first shows. */
    @Override
    public boolean needsAWindowOfItsOwn() {
        return true;
    }

    @Override
    public String title() {
        return "Overview";
    }

    @Override
    public Node node() {
        return root;
    }

    /** For tests: every tile shown. */
    public List<Tile> tiles() {
        return List.copyOf(tiles);
    }

    /** For tests: the tile of a figure, by figure id. */
    public Tile figureTile(String figureId) {
        return figureTiles.entrySet().stream().filter(entry -> entry.getValue().figureId().equals(figureId))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** For tests: the map's shape of a state, by actor id. */
    public Node mapShape(String actorId) {
        return map == null ? null : map.shapeOf(actorId).orElse(null);
    }

    private void show(OverviewViewModel.Content shown) {
        tiles.clear();
        figureTiles.clear();
        content.getChildren().clear();
        figureGrid.getChildren().clear();
        map = null;
        if (shown.figures().isEmpty() && shown.counts().isEmpty()) {
            content.getChildren().add(new NoticePane("Nothing read from this brief yet",
                    "Its actors, links, figures and exercises will appear here as tiles and on a world map once read."));
            return;
        }
        content.getChildren().add(topRow(shown));
        for (FigureTileSpec spec : shown.figures()) {
            Tile tile = figureTile(spec);
            figureTiles.put(tile, spec);
            figureGrid.getChildren().add(tile);
        }
        if (!shown.figures().isEmpty()) {
            content.getChildren().add(figureGrid);
        }
        if (shown.figureCount() > shown.figures().size()) {
            Label more = new Label("Showing " + shown.figures().size() + " of " + shown.figureCount()
                    + " figures; the Spending tab charts them all.");
            more.getStyleClass().add(Styles.MUTED);
            content.getChildren().add(more);
        }
        layOutFigures();
        recolour();
        emphasise(viewModel.focusProperty().get());
    }

    /** The map and a column per count, all of the row's height, so that every bar fits. */
    private Node topRow(OverviewViewModel.Content shown) {
        GridPane row = new GridPane();
        row.setHgap(GAP);
        row.getRowConstraints().add(topRowHeight);
        List<CountTileSpec> counts = shown.counts();
        double countWidth = 16;
        row.getColumnConstraints().add(percent(100 - countWidth * counts.size()));
        row.add(mapTile(shown), 0, 0);
        for (int i = 0; i < counts.size(); i++) {
            row.getColumnConstraints().add(percent(countWidth));
            row.add(countTile(counts.get(i)), i + 1, 0);
        }
        return row;
    }

    private static ColumnConstraints percent(double width) {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(width);
        column.setHgrow(Priority.ALWAYS);
        return column;
    }

    private Tile mapTile(OverviewViewModel.Content shown) {
        map = new WorldMapPane(shown.states(), (node, state) -> ItemInteraction.install(node, workspace,
                Selection.actor(state.actorId()), state.name() + " — " + state.role().displayName().toLowerCase()
                        + "\n" + ItemDescriptions.of(workspace.index(), workspace.index().actor(state.actorId()).orElseThrow())));
        HBox.setHgrow(map, Priority.ALWAYS);
        VBox side = new VBox(10, roleLegend(shown.states()));
        if (!map.unmapped().isEmpty()) {
            side.getChildren().add(unmappedStates(map.unmapped()));
        }
        side.getStyleClass().add(MAP_SIDE);
        HBox box = new HBox(10, map, side);
        box.getStyleClass().add("bl-map-box");
        Tile tile = TileBuilder.create().skinType(SkinType.CUSTOM)
                .title(shown.states().isEmpty() ? "No states named in this brief" : "The brief's states by role")
                .graphic(box).textVisible(false).animated(false).build();
        tile.getStyleClass().add(MAP_TILE);
        return add(tile);
    }

    private static Node roleLegend(List<MapState> states) {
        VBox legend = new VBox(6);
        legend.getStyleClass().add("bl-role-legend");
        for (StateRole role : StateRole.values()) {
            if (states.stream().anyMatch(state -> state.role() == role)) {
                Rectangle badge = new Rectangle(12, 12);
                badge.getStyleClass().addAll(ROLE_BADGE, role.styleClass());
                Label label = new Label(role.displayName(), badge);
                label.setWrapText(true);
                legend.getChildren().add(label);
            }
        }
        return legend;
    }

    private Node unmappedStates(List<MapState> states) {
        FlowPane list = new FlowPane(8, 4);
        Label heading = new Label("Too small for the map:");
        heading.setWrapText(true);
        heading.getStyleClass().add(Styles.MUTED);
        list.getChildren().add(heading);
        ModelIndex index = workspace.index();
        for (MapState state : states) {
            Rectangle badge = new Rectangle(10, 10);
            badge.getStyleClass().addAll(ROLE_BADGE, state.role().styleClass());
            Label label = new Label(state.name(), badge);
            label.getStyleClass().add(UNMAPPED);
            label.setUserData(state.actorId());
            ItemInteraction.install(label, workspace, Selection.actor(state.actorId()),
                    state.name() + " — " + state.role().displayName().toLowerCase() + "\n"
                            + ItemDescriptions.of(index, index.actor(state.actorId()).orElseThrow()));
            list.getChildren().add(label);
        }
        return list;
    }

    private Tile countTile(CountTileSpec spec) {
        Tile tile = TileBuilder.create().skinType(SkinType.CUSTOM).title(spec.title()).graphic(new CountBars(spec))
                .textSize(TextSize.BIGGER).textVisible(false).animated(false).build();
        tile.getStyleClass().add(COUNT_TILE);
        return add(tile);
    }

    private Tile figureTile(FigureTileSpec spec) {
        Tile tile = TileBuilder.create().skinType(SkinType.NUMBER).title(spec.title()).value(spec.value())
                .decimals(spec.decimals()).unit(spec.unit()).description(spec.measure()).text(spec.note())
                .descriptionAlignment(Pos.TOP_LEFT).textSize(TextSize.BIGGER).textVisible(true).animated(false).build();
        tile.getStyleClass().add(FIGURE_TILE);
        ItemInteraction.install(tile, workspace, Selection.figure(spec.figureId()), spec.description());
        return add(tile);
    }

    private Tile add(Tile tile) {
        TileEventQueue.install(tile);
        tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        tile.setRoundedCorners(true);
        tile.setBorderWidth(1);
        tiles.add(tile);
        return tile;
    }

    /**
     * As many figure columns as fit the width, rows as many as the figures need; the map and
     * counts take the height the figures leave in the window.
     */
    private void layOutFigures() {
        int count = figureGrid.getChildren().size();
        // The height left once the content's padding and everything below the top row are counted.
        double left = scroll.getViewportBounds().getHeight() - content.snappedTopInset() - content.snappedBottomInset();
        for (Node below : content.getChildren().subList(Math.min(1, content.getChildren().size()), content.getChildren().size())) {
            left -= GAP + (below == figureGrid ? 0 : below.prefHeight(content.getWidth()));
        }
        if (count == 0) {
            topRowHeight.setPrefHeight(clamp(left));
            return;
        }
        double width = Math.max(content.getWidth(), FIGURE_TILE_WIDTH);
        int columns = Math.max(2, Math.min(count, (int) ((width + GAP) / (FIGURE_TILE_WIDTH + GAP))));
        int rows = (count + columns - 1) / columns;
        figureGrid.setNoOfColsAndNoOfRows(columns, rows);
        figureGrid.setPrefHeight(rows * FIGURE_TILE_HEIGHT + (rows - 1) * GAP);
        figureGrid.setMinHeight(figureGrid.getPrefHeight());
        // Rounded down: a fraction of a pixel too many would bring the scroll bar out.
        topRowHeight.setPrefHeight(clamp(Math.floor(left - figureGrid.getPrefHeight()) - 1));
    }

    private static double clamp(double height) {
        return Math.max(TOP_ROW_MIN_HEIGHT, Math.min(TOP_ROW_MAX_HEIGHT, height));
    }

    private void recolour() {
        TileTheme.Colours colours = tileTheme.colours();
        tiles.forEach(tile -> TileTheme.style(tile, colours));
        emphasise(viewModel.focusProperty().get());
    }

    private void emphasise(Focus focus) {
        TileTheme.Colours colours = tileTheme.colours();
        figureTiles.forEach((tile, spec) -> {
            Emphasis emphasis = focus.emphasisOf(spec.actors(), Selection.figure(spec.figureId()));
            emphasis.applyTo(tile);
            boolean selected = focus.selection().equals(Selection.figure(spec.figureId()));
            tile.setBorderColor(selected ? colours.accent() : colours.border());
            tile.setBorderWidth(selected ? 3 : 1);
        });
        if (map != null) {
            Set<String> states = viewModel.mapFocus(focus);
            map.emphasise(states, !focus.selection().isEmpty());
        }
    }

    /** The headline figures on the tiles, with the values they changed from. */
    @Override
    public List<Evidence> evidenceShown(ModelIndex index) {
        return ShownEvidence.of(index, viewModel.content().figures().stream()
                .map(tile -> Selection.figure(tile.figureId())));
    }
}
