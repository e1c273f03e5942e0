package org.brieflens.view.common;

import java.util.function.Supplier;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Installs a tooltip that is made when the pointer first enters its node. A tooltip is a window
 * of its own, costly to make by the hundred (every bar, state, tile and mention has one), and
 * most are never seen: making them eagerly was a large part of drawing a view. The pointer's
 * first move over the node comes after its entering, so the tooltip shows as if installed all
 * along.
 */
public final class LazyTooltip {
    private static final String KEY = LazyTooltip.class.getName();

    private LazyTooltip() {
    }

    /** Installs the tooltip {@code make} returns, once the pointer first enters {@code node}. */
    public static void install(Node node, Supplier<Tooltip> make) {
        uninstall(node);
        EventHandler<MouseEvent> onEnter = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tooltip = make.get();
                Tooltip.install(node, tooltip);
                node.getProperties().put(KEY, tooltip);
            }
        };
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, onEnter);
        node.getProperties().put(KEY, onEnter);
    }

    /** Removes what {@link #install} gave {@code node}: the tooltip, or its promise. */
    @SuppressWarnings("unchecked")
    public static void uninstall(Node node) {
        Object installed = node.getProperties().remove(KEY);
        if (installed instanceof Tooltip tooltip) {
            Tooltip.uninstall(node, tooltip);
        } else if (installed instanceof EventHandler<?> onEnter) {
            node.removeEventHandler(MouseEvent.MOUSE_ENTERED, (EventHandler<MouseEvent>) onEnter);
        }
    }

    /** The tooltip made for {@code node}, if the pointer has entered it yet; for tests. */
    public static Tooltip of(Node node) {
        return node.getProperties().get(KEY) instanceof Tooltip tooltip ? tooltip : null;
    }
}
