package org.brieflens.view.common;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;

import org.brieflens.model.Evidence;
import org.brieflens.model.ModelIndex;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;

/**
 * What every chart element does, the same in every view: hovering shows what it is and the
 * sentence it came from; a click selects it everywhere; its context menu offers to show that
 * sentence in the Source tab.
 */
public final class ItemInteraction {

    private ItemInteraction() {
    }

    /**
     * Makes {@code node} stand for {@code item}: {@code description} heads its tooltip (its
     * value, what it is), followed by the first sentence behind it.
     */
    public static void install(Node node, Workspace workspace, Selection item, String description) {
        Tooltip tooltip = tooltip(tooltipText(workspace.index(), item, description));
        Tooltip.install(node, tooltip);
        node.setAccessibleText(description);
        node.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                workspace.select(item);
                event.consume();
            }
        });
        ContextMenu menu = contextMenu(workspace, item);
        if (!menu.getItems().isEmpty()) {
            node.setOnContextMenuRequested(event -> {
                menu.show(node, event.getScreenX(), event.getScreenY());
                event.consume();
            });
        }
    }

    /**
     * What an item's tooltip says: {@code description}, then the first sentence behind the item.
     * For items drawn without a node of their own (on a canvas), which show it themselves.
     */
    public static String tooltipText(ModelIndex index, Selection item, String description) {
        List<Evidence> evidence = item.evidence(index);
        return description + (evidence.isEmpty() ? "" : "\n\n" + EvidenceText.plain(index.model().brief(), evidence.get(0)));
    }

    /** A tooltip set up as every view's: wrapped, quick to show, slow to go. */
    public static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(460);
        tooltip.setShowDelay(Duration.millis(200));
        tooltip.setShowDuration(Duration.seconds(30));
        return tooltip;
    }

    /**
     * The item's context menu: Select, and Show in source when a sentence backs it; empty for an
     * item with no sentence. Views may add their own entries.
     */
    public static ContextMenu contextMenu(Workspace workspace, Selection item) {
        List<Evidence> evidence = item.evidence(workspace.index());
        ContextMenu menu = new ContextMenu();
        if (!evidence.isEmpty()) {
            MenuItem show = new MenuItem("Show in source");
            show.setOnAction(event -> workspace.reveal(evidence.get(0)));
            MenuItem select = new MenuItem("Select");
            select.setOnAction(event -> workspace.select(item));
            menu.getItems().addAll(select, show);
        }
        return menu;
    }
}
