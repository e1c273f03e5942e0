package org.brieflens.view.common;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;

import org.brieflens.model.Evidence;
import org.brieflens.model.ModelIndex;
import org.brieflens.state.Selection;
import org.brieflens.state.Workspace;

/**
 * What every chart element does, the same in every view: hovering shows what it is and the
 * sentence it came from; a click (or Enter, once reached with Tab) selects it everywhere; its
 * context menu offers to show that sentence in the Source tab.
 */
public final class ItemInteraction {
    /** Marks a node that stands for a model item; the stylesheet outlines it when focused. */
    public static final String ITEM = "bl-item";

    private ItemInteraction() {
    }

    /**
     * Makes {@code node} act like a button without being one: a primary click, or Enter or
     * Space once it has the focus (it takes part in Tab order, outlined when focused), runs
     * {@code action}.
     */
    public static void activate(Node node, Runnable action) {
        if (!node.getStyleClass().contains(ITEM)) {
            node.getStyleClass().add(ITEM);
        }
        // Chart data nodes bind their own focus traversal; theirs is kept.
        if (!node.focusTraversableProperty().isBound()) {
            node.setFocusTraversable(true);
        }
        node.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                action.run();
                event.consume();
            }
        });
        node.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                action.run();
                event.consume();
            }
        });
    }

    /**
     * Makes {@code node} stand for {@code item}: {@code description} heads its tooltip (its
     * value, what it is), followed by the first sentence behind it. The tooltip and the context
     * menu are windows, made when first needed rather than for every item drawn.
     */
    public static void install(Node node, Workspace workspace, Selection item, String description) {
        uninstall(node);
        LazyTooltip.install(node, () -> tooltip(tooltipText(workspace.index(), item, description)));
        // Charts bind their data nodes' accessible text to the value; keep theirs.
        if (!node.accessibleTextProperty().isBound()) {
            node.setAccessibleText(description);
        }
        activate(node, () -> workspace.select(item));
        // Without a sentence there is no menu: the request goes on to the node's parent.
        if (!item.evidence(workspace.index()).isEmpty()) {
            ContextMenu[] menu = new ContextMenu[1];
            node.setOnContextMenuRequested(event -> {
                if (menu[0] == null) {
                    menu[0] = contextMenu(workspace, item);
                }
                menu[0].show(node, event.getScreenX(), event.getScreenY());
                event.consume();
            });
        }
    }

    /**
     * Takes back what {@link #install} gave {@code node}, so that a reused node (a table row)
     * can stand for another item or for none.
     */
    public static void uninstall(Node node) {
        LazyTooltip.uninstall(node);
        node.setOnMouseClicked(null);
        node.setOnKeyPressed(null);
        node.setOnContextMenuRequested(null);
        node.getStyleClass().remove(ITEM);
        if (!node.focusTraversableProperty().isBound()) {
            node.setFocusTraversable(false);
        }
        if (!node.accessibleTextProperty().isBound()) {
            node.setAccessibleText(null);
        }
    }

    /**
     * What an item's tooltip says: {@code description}, then the first sentence behind the item,
     * then, for an item the extractor read, how sure it was and by which rule.
     * For items drawn without a node of their own (on a canvas), which show it themselves.
     */
    public static String tooltipText(ModelIndex index, Selection item, String description) {
        List<Evidence> evidence = item.evidence(index);
        String sentence = evidence.isEmpty() ? "" : "\n\n" + EvidenceText.plain(index.model().brief(), evidence.get(0));
        // What the extractor read is a reading, not a fact: say how sure it was and why.
        String provenance = ItemDescriptions.provenance(index, item).map(line -> "\n\n" + line).orElse("");
        return description + sentence + provenance;
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
