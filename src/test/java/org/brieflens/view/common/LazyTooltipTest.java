package org.brieflens.view.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.brieflens.export.HeadlessToolkit;
import org.brieflens.tasks.FxThread;

class LazyTooltipTest {

    @BeforeAll
    static void startJavaFx() {
        HeadlessToolkit.start();
    }

    @Test
    void makesTheTooltipWhenThePointerFirstEntersAndKeepsIt() {
        FxThread.call(() -> {
            Rectangle node = new Rectangle(10, 10);
            int[] made = new int[1];
            LazyTooltip.install(node, () -> {
                made[0]++;
                return new Tooltip("Japan");
            });
            assertThat(LazyTooltip.of(node)).isNull();

            node.fireEvent(entered());
            node.fireEvent(entered());

            assertThat(made[0]).isEqualTo(1);
            assertThat(LazyTooltip.of(node).getText()).isEqualTo("Japan");
            return null;
        });
    }

    @Test
    void uninstallingBeforeThePointerEntersMakesNone() {
        FxThread.call(() -> {
            Rectangle node = new Rectangle(10, 10);
            int[] made = new int[1];
            LazyTooltip.install(node, () -> {
                made[0]++;
                return new Tooltip("Japan");
            });

            LazyTooltip.uninstall(node);
            node.fireEvent(entered());

            assertThat(made[0]).isZero();
            assertThat(LazyTooltip.of(node)).isNull();
            return null;
        });
    }

    private static MouseEvent entered() {
        return new MouseEvent(MouseEvent.MOUSE_ENTERED, 5, 5, 5, 5, MouseButton.NONE, 0, false, false, false, false,
                false, false, false, false, false, false, null);
    }
}
