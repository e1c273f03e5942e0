package org.brieflens.view.network;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.brieflens.network.NetworkFigures;
import org.brieflens.network.NetworkFigures.GroupingTie;
import org.brieflens.network.NetworkFigures.Ranked;
import org.brieflens.network.NetworkGraph;
import org.brieflens.network.NetworkGraph.Edge;
import org.brieflens.network.paint.Emphasis;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;
import org.brieflens.view.common.ItemDescriptions;
import org.brieflens.view.common.KindBadge;
import org.brieflens.view.common.Styles;

/**
 * The figures beside the network: what is shown, the most connected actors, the connected
 * parts, what ties each pair of groupings, and the links that alone hold parts together. Every
 * actor and link named selects itself when clicked.
 */
final class NetworkFiguresPane extends ScrollPane {
    static final String STYLE = "bl-network-figures";
    static final String ROW = "bl-network-figure-row";
    private static final int MOST_CONNECTED = 8;
    private static final int LISTED = 6;

    private final NetworkViewModel viewModel;
    private final Workspace workspace;
    private final VBox content = new VBox();

    NetworkFiguresPane(NetworkViewModel viewModel, Workspace workspace) {
        this.viewModel = viewModel;
        this.workspace = workspace;
        content.getStyleClass().addAll(Styles.DETAIL, STYLE);
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        viewModel.figuresProperty().addListener((observable, old, figures) -> show(figures));
        viewModel.emphasisProperty().addListener((observable, old, emphasis) -> {
            if (old.selectedNode() != emphasis.selectedNode() || old.active() != emphasis.active()
                    || old.active() && old.nodes().cardinality() != emphasis.nodes().cardinality()) {
                show(viewModel.figuresProperty().get());
            }
        });
        show(viewModel.figuresProperty().get());
    }

    private void show(NetworkFigures figures) {
        content.getChildren().clear();
        NetworkGraph graph = viewModel.graph();
        if (figures == null || graph.isEmpty()) {
            content.getChildren().add(muted("Nothing to show: no actor passes the filters."));
            return;
        }
        Label title = new Label("Network");
        title.getStyleClass().add(Styles.DETAIL_TITLE);
        Label summary = muted(viewModel.summaryProperty().get() + " · density "
                + String.format(Locale.ROOT, "%.2f", figures.density()));
        content.getChildren().addAll(title, summary);
        showSelected(graph, viewModel.emphasis());

        section("Most connected", "Lines to other actors in this picture, stated links and structure alike");
        int top = figures.mostConnected(1).isEmpty() ? 0 : figures.mostConnected(1).get(0).degree();
        for (Ranked ranked : figures.mostConnected(MOST_CONNECTED)) {
            content.getChildren().add(actorRow(graph, ranked.node(), String.valueOf(ranked.degree()),
                    top == 0 ? 0 : (double) ranked.degree() / top));
        }

        List<List<Integer>> parts = figures.components();
        section("Connected parts (" + parts.size() + ")", "Groups of actors joined by some chain of lines");
        for (int i = 0; i < Math.min(parts.size(), LISTED); i++) {
            List<Integer> part = parts.get(i);
            String names = part.stream().limit(4).map(node -> graph.node(node).name()).collect(Collectors.joining(", "))
                    + (part.size() > 4 ? " …" : "");
            content.getChildren().add(clickable(ItemDescriptions.count(part.size(), "actor") + ": " + names,
                    Selection.actor(graph.node(part.get(0)).actorId()), null));
        }
        more(parts.size(), "part");

        List<GroupingTie> ties = figures.groupingTies();
        section("Between groupings (" + ties.size() + ")",
                "Members two groupings share, and stated links from one side to the other");
        for (GroupingTie tie : ties.subList(0, Math.min(ties.size(), LISTED))) {
            String heading = graph.node(tie.first()).name() + " ↔ " + graph.node(tie.second()).name();
            Label label = new Label(heading);
            label.getStyleClass().add("bl-detail-item-title");
            content.getChildren().add(label);
            if (!tie.sharedMembers().isEmpty()) {
                content.getChildren().add(muted("Both: " + tie.sharedMembers().stream()
                        .map(node -> graph.node(node).name()).collect(Collectors.joining(", "))));
            }
            for (int edge : tie.links().subList(0, Math.min(tie.links().size(), 4))) {
                content.getChildren().add(linkRow(graph, edge));
            }
            if (tie.links().size() > 4) {
                content.getChildren().add(muted("and " + ItemDescriptions.count(tie.links().size() - 4, "more link")));
            }
        }
        if (ties.isEmpty()) {
            content.getChildren().add(muted("No two groupings shown share a member or a link."));
        }

        List<Integer> bridges = figures.bridges();
        section("Bridges (" + bridges.size() + ")", "Links without which a part of the network would fall in two");
        for (int edge : bridges.subList(0, Math.min(bridges.size(), LISTED))) {
            content.getChildren().add(linkRow(graph, edge));
        }
        more(bridges.size(), "bridge");
        if (bridges.isEmpty()) {
            content.getChildren().add(muted("None: every link between linked actors has a way around it."));
        }
    }

    /** The selected actor's own figures: its lines, its neighbours, and how far the focus reaches. */
    private void showSelected(NetworkGraph graph, Emphasis emphasis) {
        int node = emphasis.selectedNode();
        if (node < 0) {
            return;
        }
        section("Selected", "The actor selected in every view, and what the graph focuses around it");
        content.getChildren().add(actorRow(graph, node, String.valueOf(graph.degree(node)), 0));
        content.getChildren().add(muted(ItemDescriptions.count(graph.neighbours(node).length, "neighbour") + " · "
                + ItemDescriptions.count(emphasis.nodes().cardinality() - 1, "actor") + " in focus"
                + " · double-click a node to reach one hop further"));
    }

    private void section(String name, String explanation) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        label.setTooltip(new Tooltip(explanation));
        content.getChildren().add(label);
    }

    private void more(int total, String noun) {
        if (total > LISTED) {
            content.getChildren().add(muted("and " + ItemDescriptions.count(total - LISTED, "more " + noun)));
        }
    }

    private Node actorRow(NetworkGraph graph, int node, String value, double share) {
        NetworkGraph.Node data = graph.node(node);
        Label name = new Label(data.name(), KindBadge.of(data.kind()));
        Region bar = new Region();
        bar.getStyleClass().add("bl-network-figure-bar");
        bar.setPrefWidth(60 * share);
        bar.setMinWidth(Region.USE_PREF_SIZE);
        bar.setMaxHeight(6);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label count = new Label(value);
        count.getStyleClass().add(Styles.MUTED);
        count.setMinWidth(Region.USE_PREF_SIZE);
        name.setMinWidth(0);
        HBox row = new HBox(6, name, spacer, bar, count);
        row.getStyleClass().add(ROW);
        return selecting(row, Selection.actor(data.actorId()), data.name() + ": " + value + " lines");
    }

    private Node linkRow(NetworkGraph graph, int edgeIndex) {
        Edge edge = graph.edge(edgeIndex);
        String arrow = edge.directed() ? " → " : " — ";
        String kind = edge.kind() == null ? "Belongs to" : edge.kind().displayName();
        String text = graph.node(edge.source()).name() + arrow + graph.node(edge.target()).name() + ": " + kind;
        Selection item = edge.optionalLinkId().map(Selection::link)
                .orElse(Selection.actor(graph.node(edge.source()).actorId()));
        return clickable(text, item, edge.kind() == null ? null : KindBadge.of(edge.kind().family()));
    }

    private Node clickable(String text, Selection item, Node graphic) {
        Label label = new Label(text, graphic);
        label.setWrapText(true);
        HBox row = new HBox(label);
        row.getStyleClass().add(ROW);
        return selecting(row, item, text);
    }

    private Node selecting(HBox row, Selection item, String accessibleText) {
        row.setAccessibleText(accessibleText);
        row.setOnMouseClicked(event -> workspace.select(item));
        Tooltip.install(row, new Tooltip("Click to select it in every view"));
        return row;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        label.setWrapText(true);
        return label;
    }
}
