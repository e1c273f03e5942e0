package org.brieflens.network.paint;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.brieflens.model.BriefModel;
import org.brieflens.model.ModelIndex;
import org.brieflens.network.NetworkFilter;
import org.brieflens.network.NetworkGraph;
import org.brieflens.network.NodeSizing;
import org.brieflens.network.layout.LayoutKind;
import org.brieflens.network.layout.Positions;
import org.brieflens.testing.Briefs;
import org.brieflens.testing.GoldModels;
import org.brieflens.testing.SyntheticNetworks;

/**
 * Draws a model's network into a PNG without a window, through {@link Graphics2DSurface}: for
 * looking at layouts and labels while working on them. Run with the test class path:
 * {@code NetworkSketch bundled|synthetic|<dev brief> force|circular|by_kind out.png}.
 */
public final class NetworkSketch {

    private NetworkSketch() {
    }

    public static void main(String[] args) throws Exception {
        for (String face : new String[] {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"}) {
            try (InputStream in = NetworkSketch.class.getResourceAsStream("/org/brieflens/fonts/" + face)) {
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            }
        }
        BriefModel model = switch (args[0]) {
            case "bundled" -> Briefs.bundled();
            case "synthetic" -> SyntheticNetworks.large();
            default -> GoldModels.load(args[0]);
        };
        NetworkGraph graph = NetworkGraph.of(ModelIndex.of(model), NetworkFilter.ALL);
        double[] radii = NodeSizing.LINKS.radii(graph);
        long start = System.nanoTime();
        Positions positions = LayoutKind.valueOf(args[1].toUpperCase()).create().layout(graph, radii, Map.of());
        System.out.printf("layout: %.0f ms%n", (System.nanoTime() - start) / 1e6);
        BufferedImage image = new BufferedImage(1000, 640, BufferedImage.TYPE_INT_ARGB);
        Graphics2DSurface surface = new Graphics2DSurface(image.createGraphics());
        Viewport view = RecordingSurface.fit(graph, positions, radii, image.getWidth(), image.getHeight());
        new NetworkPainter().paint(surface, new NetworkPicture(graph, positions, radii, NodeSizing.LINKS, view,
                Emphasis.NONE, null, TestStyles.LIGHT, true));
        ImageIO.write(image, "png", Path.of(args[2]).toFile());
    }
}
