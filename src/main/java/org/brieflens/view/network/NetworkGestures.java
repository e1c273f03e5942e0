package org.brieflens.view.network;

import javafx.animation.PauseTransition;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.util.Duration;

import org.brieflens.network.paint.HitTester;
import org.brieflens.network.paint.NetworkPicture;
import org.brieflens.state.Workspace;
import org.brieflens.view.common.ItemInteraction;

/**
 * The pointer and keys on the network canvas: hover for what a node or line is, click to
 * select, double-click to reach further, drag a node to pin it, drag the background or use the
 * arrow keys to pan, wheel or +/- to zoom, 0 to fit, Escape to clear the selection, and the
 * context menu of what lies under the pointer.
 */
final class NetworkGestures {
    private static final double KEY_PAN = 60;
    private static final double KEY_ZOOM = 1.25;
    private static final double DRAG_THRESHOLD = 3;

    private final NetworkCanvas canvas;
    private final NetworkViewModel viewModel;
    private final Workspace workspace;
    private final Tooltip tooltip = ItemInteraction.tooltip("");
    private final PauseTransition tooltipDelay = new PauseTransition(Duration.millis(350));
    private int pressedNode = -1;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;
    private double pointerScreenX;
    private double pointerScreenY;
    private ContextMenu menu;

    private NetworkGestures(NetworkCanvas canvas, NetworkViewModel viewModel, Workspace workspace) {
        this.canvas = canvas;
        this.viewModel = viewModel;
        this.workspace = workspace;
    }

    /** Lets the user explore {@code canvas} with the pointer and keys. */
    static void install(NetworkCanvas canvas, NetworkViewModel viewModel, Workspace workspace) {
        NetworkGestures gestures = new NetworkGestures(canvas, viewModel, workspace);
        gestures.tooltipDelay.setOnFinished(event -> gestures.showTooltip());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, gestures::pointerMoved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, event -> gestures.hover(-1, -1));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, gestures::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, gestures::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> gestures.released());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, gestures::clicked);
        canvas.addEventHandler(ScrollEvent.SCROLL, gestures::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, event -> canvas.zoom(event.getZoomFactor(), event.getX(), event.getY()));
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, gestures::keyPressed);
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, gestures::showMenu);
    }

    private void pointerMoved(MouseEvent event) {
        pointerScreenX = event.getScreenX();
        pointerScreenY = event.getScreenY();
        NetworkPicture picture = canvas.picture();
        int node = HitTester.nodeAt(picture, event.getX(), event.getY());
        int edge = node >= 0 ? -1 : HitTester.edgeAt(picture, event.getX(), event.getY());
        hover(node, edge);
    }

    private void hover(int node, int edge) {
        if (node == canvas.hoveredNode() && edge == canvas.hoveredEdge()) {
            return;
        }
        canvas.hover(node, edge);
        tooltip.hide();
        tooltipDelay.stop();
        if (node >= 0 || edge >= 0) {
            tooltipDelay.playFromStart();
        }
        canvas.setCursor(node >= 0 || edge >= 0 && viewModel.itemOfEdge(edge).isPresent() ? Cursor.HAND : Cursor.DEFAULT);
    }

    private void showTooltip() {
        if (canvas.getScene() == null || canvas.getScene().getWindow() == null || dragging) {
            return;
        }
        int node = canvas.hoveredNode();
        int edge = canvas.hoveredEdge();
        String text = node >= 0 ? viewModel.describeNode(node) : edge >= 0 ? viewModel.describeEdge(edge) : null;
        if (text != null) {
            tooltip.setText(text);
            tooltip.show(canvas, pointerScreenX + 14, pointerScreenY + 18);
        }
    }

    private void pressed(MouseEvent event) {
        canvas.requestFocus();
        tooltip.hide();
        tooltipDelay.stop();
        pressX = event.getX();
        pressY = event.getY();
        lastX = pressX;
        lastY = pressY;
        dragging = false;
        pressedNode = event.getButton() == MouseButton.PRIMARY ? HitTester.nodeAt(canvas.picture(), pressX, pressY) : -1;
    }

    private void dragged(MouseEvent event) {
        if (!dragging && Math.hypot(event.getX() - pressX, event.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        if (!dragging && pressedNode >= 0) {
            canvas.beginDrag(pressedNode);
        }
        dragging = true;
        if (pressedNode >= 0) {
            canvas.dragTo(event.getX(), event.getY());
        } else if (event.getButton() == MouseButton.PRIMARY || event.getButton() == MouseButton.MIDDLE) {
            canvas.pan(event.getX() - lastX, event.getY() - lastY);
        }
        lastX = event.getX();
        lastY = event.getY();
    }

    private void released() {
        pressedNode = -1;
        canvas.endDrag();
    }

    private void clicked(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || dragging) {
            return;
        }
        NetworkPicture picture = canvas.picture();
        int node = HitTester.nodeAt(picture, event.getX(), event.getY());
        if (node >= 0) {
            if (event.getClickCount() >= 2) {
                viewModel.expandFocus(node);
            } else {
                viewModel.clickNode(node);
            }
            return;
        }
        int edge = HitTester.edgeAt(picture, event.getX(), event.getY());
        if (edge >= 0) {
            viewModel.clickEdge(edge);
        } else if (event.getClickCount() == 1) {
            viewModel.clickBackground();
        }
    }

    private void scrolled(ScrollEvent event) {
        if (event.getDeltaY() != 0) {
            canvas.zoom(Math.pow(1.0025, event.getDeltaY()), event.getX(), event.getY());
            event.consume();
        }
    }

    private void keyPressed(KeyEvent event) {
        switch (event.getCode()) {
            case LEFT -> canvas.pan(KEY_PAN, 0);
            case RIGHT -> canvas.pan(-KEY_PAN, 0);
            case UP -> canvas.pan(0, KEY_PAN);
            case DOWN -> canvas.pan(0, -KEY_PAN);
            case PLUS, EQUALS, ADD -> canvas.zoom(KEY_ZOOM, canvas.getWidth() / 2, canvas.getHeight() / 2);
            case MINUS, SUBTRACT -> canvas.zoom(1 / KEY_ZOOM, canvas.getWidth() / 2, canvas.getHeight() / 2);
            case DIGIT0, NUMPAD0, HOME -> canvas.fit();
            case ESCAPE -> viewModel.clickBackground();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void showMenu(ContextMenuEvent event) {
        event.consume();
        double x = event.getX();
        double y = event.getY();
        if (menu != null) {
            menu.hide();
        }
        NetworkPicture picture = canvas.picture();
        int node = HitTester.nodeAt(picture, x, y);
        int edge = node >= 0 ? -1 : HitTester.edgeAt(picture, x, y);
        if (node >= 0) {
            menu = ItemInteraction.contextMenu(workspace, viewModel.itemOfNode(node));
            MenuItem expand = new MenuItem("Focus one hop further");
            expand.setOnAction(action -> viewModel.expandFocus(node));
            menu.getItems().addAll(new SeparatorMenuItem(), expand);
            if (viewModel.isPinned(node)) {
                MenuItem unpin = new MenuItem("Unpin");
                unpin.setOnAction(action -> viewModel.unpin(node));
                menu.getItems().add(unpin);
            }
        } else if (edge >= 0 && viewModel.itemOfEdge(edge).isPresent()) {
            menu = ItemInteraction.contextMenu(workspace, viewModel.itemOfEdge(edge).get());
        } else {
            MenuItem fit = new MenuItem("Fit to window");
            fit.setOnAction(action -> canvas.fit());
            menu = new ContextMenu(fit);
        }
        if (!menu.getItems().isEmpty()) {
            menu.show(canvas, event.getScreenX(), event.getScreenY());
        }
    }
}
