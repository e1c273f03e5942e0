package org.brieflens.present;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Lays a slide out at a fixed logical size and scales it to fill the screen, letterboxed: text
 * and strokes grow with the screen, so a slide reads the same on a projector and in a shared
 * window shrunk to half size.
 */
public final class SlideFrame extends Region {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 720;

    private final Node slide;
    private final Scale scale = new Scale(1, 1, 0, 0);

    public SlideFrame(Node slide) {
        this.slide = slide;
        slide.getTransforms().add(scale);
        getChildren().add(slide);
    }

    /** How much the slide is magnified now. */
    public double scale() {
        return scale.getX();
    }

    @Override
    protected void layoutChildren() {
        double factor = Math.min(getWidth() / WIDTH, getHeight() / HEIGHT);
        if (!(factor > 0)) {
            return;
        }
        scale.setX(factor);
        scale.setY(factor);
        slide.resize(WIDTH, HEIGHT);
        slide.relocate((getWidth() - WIDTH * factor) / 2, (getHeight() - HEIGHT * factor) / 2);
    }
}
