package org.brieflens.export.vector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.brieflens.export.HeadlessToolkit;
import org.brieflens.export.svg.SvgWriter;
import org.brieflens.tasks.FxThread;
import org.brieflens.view.theme.Fonts;

class SceneToVectorsTest {

    @BeforeAll
    static void startJavaFx() {
        HeadlessToolkit.start();
    }

    @Test
    void aWrappedLabelBecomesOneTextPerLineAtItsScreenPosition() {
        String svg = FxThread.call(() -> {
            Label label = new Label("Japan accelerates defense upgrades amid Taiwan Strait security concerns");
            label.setFont(Font.font(Fonts.FAMILY, 14));
            label.setWrapText(true);
            label.setMaxWidth(150);
            return svg(new VBox(label), 200, 200);
        });

        assertThat(svg).contains(">Japan </tspan>", ">concerns</tspan>");
        assertThat(svg.split("<text ", -1)).hasSizeGreaterThan(3);
    }

    @Test
    void justifiedTextKeepsEachWordWhereJavaFxSpreadItOut() {
        String svg = FxThread.call(() -> {
            Text words = new Text("NATO Japan Korea Australia New Zealand Estonia Norway");
            words.setFont(Font.font(Fonts.FAMILY, 14));
            TextFlow flow = new TextFlow(words);
            flow.setTextAlignment(TextAlignment.JUSTIFY);
            flow.setPrefWidth(160);
            return svg(new VBox(flow), 200, 200);
        });

        assertThat(svg.split("<text ", -1)).as("a text element per word").hasSize(8 + 1);
    }

    @Test
    void aCanvasIsEmbeddedAsAnImageAndAPaintableNodePaintsItselfAsVectors() {
        String svg = FxThread.call(() -> {
            Canvas canvas = new Canvas(40, 20);
            canvas.getGraphicsContext2D().setFill(Color.CRIMSON);
            canvas.getGraphicsContext2D().fillRect(0, 0, 40, 20);
            PaintedNode painted = new PaintedNode();
            painted.relocate(50, 0);
            return svg(new Pane(canvas, painted), 100, 40);
        });

        assertThat(svg).contains("<image x=\"0\" y=\"0\" width=\"40\" height=\"20\"", "data:image/png;base64,");
        assertThat(svg).contains(">painted</text>", "<g transform=\"translate(50 0)\"");
    }

    @Test
    void scrollBarsAreLeftOut() {
        String with = FxThread.call(() -> svg(new Pane(new ScrollBar()), 100, 100));
        String without = FxThread.call(() -> svg(new Pane(), 100, 100));

        assertThat(with).isEqualTo(without);
    }

    @Test
    void aViewThatPaintsItselfStandsInForItsNode() {
        String svg = FxThread.call(() -> {
            Label node = new Label("from the scene graph");
            VectorPaintable view = surface -> surface.text("from the view", 0, 10,
                    new TextStyle(Fonts.FAMILY, 10, false, false), Color.BLACK);
            return svg(new Pane(node), 100, 40, Map.of(node, view));
        });

        assertThat(svg).contains(">from </tspan>", ">view</tspan>").doesNotContain("scene");
    }

    private static String svg(Region root, double width, double height) {
        return svg(root, width, height, Map.of());
    }

    private static String svg(Region root, double width, double height, Map<Node, VectorPaintable> painters) {
        new Scene(root, width, height);
        root.applyCss();
        root.layout();
        VectorDrawing drawing = SceneToVectors.record(root, width, height, 1, painters);
        return new String(SvgWriter.toBytes(drawing, "test"), StandardCharsets.UTF_8);
    }

    /** A node that draws itself, as a network view's canvas would through an adapter. */
    private static final class PaintedNode extends Region implements VectorPaintable {
        @Override
        public void paintVectors(VectorSurface surface) {
            surface.fill(VectorPath.ellipse(5, 5, 5, 5), Color.TEAL, FillRule.NON_ZERO);
            surface.text("painted", 0, 20, new TextStyle(Fonts.FAMILY, 10, false, false), Color.BLACK);
        }
    }
}
