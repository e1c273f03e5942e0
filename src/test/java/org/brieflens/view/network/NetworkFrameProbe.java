package org.brieflens.view.network;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.brieflens.ingest.BriefFileLoader;
import org.brieflens.ingest.BriefOrigin;
import org.brieflens.ingest.LoadedBrief;
import org.brieflens.model.BriefModel;
import org.brieflens.state.Workspace;
import org.brieflens.testing.SyntheticNetworks;
import org.brieflens.view.ViewContext;
import org.brieflens.view.theme.Fonts;
import org.brieflens.view.theme.Theme;
import org.brieflens.view.theme.ThemeManager;

/**
 * Measures how long the Network tab takes per frame while the user zooms, pans and drags, on a
 * real stage: each animation frame applies the next step of a fixed sequence and redraws, and
 * the probe records the painter's time on the FX thread and the time between frames (which
 * includes rendering). Not a test: timings vary with the machine and never decide a build.
 *
 * <p>Run after {@code mvn -q test-compile} with the test class path, for example under Xvfb:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) -Djavafx.animation.fullspeed=true
 * org.brieflens.view.network.NetworkFrameProbe synthetic 300}, or headless by adding the Monocle
 * options of the build's {@code headless.argLine}. With {@code fullspeed} frames are not held to
 * 60 per second, so the time between frames is what a frame costs.
 */
public final class NetworkFrameProbe {

    private NetworkFrameProbe() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "synthetic";
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        BriefModel model = which.equals("bundled") ? BriefFileLoader.loadBundled().model() : SyntheticNetworks.large();
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> run(model, frames, done));
        done.await();
        Platform.exit();
    }

    private static void run(BriefModel model, int frames, CountDownLatch done) {
        Fonts.loadBundled();
        Workspace workspace = new Workspace(new LoadedBrief(model, null, BriefOrigin.MODEL_FILE, List.of()));
        long layoutStart = System.nanoTime();
        NetworkView view = new NetworkView(new ViewContext(workspace, new SimpleObjectProperty<>(Theme.LIGHT)));
        double layoutMs = (System.nanoTime() - layoutStart) / 1e6;
        Stage stage = new Stage();
        Scene scene = new Scene((Parent) view.node(), 1280, 800);
        ThemeManager.apply(Theme.LIGHT, scene);
        stage.setScene(scene);
        stage.show();
        NetworkCanvas canvas = view.canvas();
        int dragged = view.viewModel().figuresProperty().get().mostConnected(1).get(0).node();
        double[] paint = new double[frames];
        double[] between = new double[frames];
        new AnimationTimer() {
            private int frame = -30;
            private long last;

            @Override
            public void handle(long now) {
                if (frame >= 0) {
                    step(canvas, dragged, frame, frames);
                    long start = System.nanoTime();
                    canvas.paintNow();
                    paint[frame] = (System.nanoTime() - start) / 1e6;
                    between[frame] = frame == 0 ? Double.NaN : (now - last) / 1e6;
                } else if (frame == -1) {
                    canvas.fit();
                }
                last = now;
                frame++;
                if (frame == frames) {
                    stop();
                    report(model, canvas, layoutMs, paint, Arrays.copyOfRange(between, 1, frames));
                    stage.close();
                    done.countDown();
                }
            }
        }.start();
    }

    /** A third zooming in and out around the centre, a third panning, a third dragging the most linked node. */
    private static void step(NetworkCanvas canvas, int dragged, int frame, int frames) {
        int third = frames / 3;
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        if (frame < third) {
            canvas.zoom(frame < third / 2 ? 1.04 : 1 / 1.04, width / 2, height / 2);
        } else if (frame < 2 * third) {
            double angle = 2 * Math.PI * (frame - third) / third;
            canvas.pan(12 * Math.cos(angle), 12 * Math.sin(angle));
        } else {
            if (frame == 2 * third) {
                canvas.beginDrag(dragged);
            }
            double angle = 2 * Math.PI * (frame - 2 * third) / third;
            canvas.dragTo(width / 2 + 150 * Math.cos(angle), height / 2 + 150 * Math.sin(angle));
            if (frame == frames - 1) {
                canvas.endDrag();
            }
        }
    }

    private static void report(BriefModel model, NetworkCanvas canvas, double layoutMs, double[] paint, double[] between) {
        System.out.printf(Locale.ROOT, "model: %d actors, %d links; graph: %d nodes, %d lines; prism: %s%n",
                model.actors().size(), model.links().size(), canvas.picture().graph().nodeCount(),
                canvas.picture().graph().edgeCount(), System.getProperty("prism.order", "default"));
        System.out.printf(Locale.ROOT, "view built and laid out in %.0f ms%n", layoutMs);
        System.out.printf(Locale.ROOT, "paint (FX thread): median %.1f ms, p95 %.1f ms, max %.1f ms over %d frames%n",
                percentile(paint, 50), percentile(paint, 95), percentile(paint, 100), paint.length);
        System.out.printf(Locale.ROOT, "frame to frame:    median %.1f ms, p95 %.1f ms (%.0f fps at the median, %.0f at p95)%n",
                percentile(between, 50), percentile(between, 95), 1000 / percentile(between, 50),
                1000 / percentile(between, 95));
        String[] phases = {"zoom", "pan", "drag"};
        int third = paint.length / 3;
        for (int phase = 0; phase < 3; phase++) {
            double[] part = Arrays.copyOfRange(between, Math.max(0, phase * third - 1), (phase + 1) * third - 1);
            System.out.printf(Locale.ROOT, "  %-4s frame to frame: median %.1f ms, p95 %.1f ms%n", phases[phase],
                    percentile(part, 50), percentile(part, 95));
        }
        StringBuilder slow = new StringBuilder();
        for (int frame = 0; frame < paint.length; frame++) {
            if (paint[frame] > 100) {
                slow.append(' ').append(frame).append(String.format(Locale.ROOT, "(%.0f ms)", paint[frame]));
            }
        }
        System.out.println("frames whose paint re-rendered the scene:" + (slow.length() == 0 ? " none" : slow));
    }

    static double percentile(double[] values, double percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
