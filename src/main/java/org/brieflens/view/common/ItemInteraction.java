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
        ModelIndex index = workspace.index();
        List<Evidence> evidence = item.evidence(index);
        String sentence = evidence.isEmpty() ? "" : "\n\n" + EvidenceText.plain(index.model().brief(), evidence.get(0));
        Tooltip tooltip = new Tooltip(description + sentence);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(460);
        tooltip.setShowDelay(Duration.millis(200));
        tooltip.setShowDuration(Duration.seconds(30));
        Tooltip.install(node, tooltip);
        node.setAccessibleText(description);
        node.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                workspace.select(item);
                event.consume();
            }
        });
        if (!evidence.isEmpty()) {
            MenuItem show = new MenuItem("Show in source");
            show.setOnAction(event -> workspace.reveal(evidence.get(0)));
            MenuItem select = new MenuItem("Select");
            select.setOnAction(event -> workspace.select(item));
            ContextMenu menu = new ContextMenu(select, show);
            node.setOnContextMenuRequested(event -> {
                menu.show(node, event.getScreenX(), event.getScreenY());
                event.consume();
            });
        }
    }
}
