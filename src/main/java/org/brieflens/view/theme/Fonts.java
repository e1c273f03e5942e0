package org.brieflens.view.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javafx.scene.text.Font;

/**
 * Registers the bundled Noto Sans faces with JavaFX, so that the window and every export render
 * with the same font whatever the machine has installed.
 */
public final class Fonts {
    public static final String FAMILY = "Noto Sans";
    private static final String[] FACES = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"};
    private static boolean loaded;

    private Fonts() {
    }

    public static synchronized void loadBundled() {
        if (loaded) {
            return;
        }
        for (String face : FACES) {
            try (InputStream in = Fonts.class.getResourceAsStream("/org/brieflens/fonts/" + face)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    throw new IllegalStateException("the bundled font " + face + " cannot be loaded");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaded = true;
    }
}
