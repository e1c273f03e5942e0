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
    private static final String FOLDER = "/org/brieflens/fonts/";
    private static final String REGULAR = "NotoSans-Regular.ttf";
    private static final String BOLD = "NotoSans-Bold.ttf";
    private static final String ITALIC = "NotoSans-Italic.ttf";
    private static final String[] FACES = {REGULAR, BOLD, ITALIC};
    private static boolean loaded;

    private Fonts() {
    }

    public static synchronized void loadBundled() {
        if (loaded) {
            return;
        }
        for (String face : FACES) {
            try (InputStream in = Fonts.class.getResourceAsStream(FOLDER + face)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    throw new IllegalStateException("the bundled font " + face + " cannot be loaded");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaded = true;
    }

    /** Whether {@code family} is the bundled one, which exports can embed. */
    public static boolean isBundled(String family) {
        return FAMILY.equals(family);
    }

    /**
     * The class-path resource of the bundled face nearest to the style, for exports that embed
     * the font. There is no bold italic face: bold stands in for it.
     */
    public static String faceResource(boolean bold, boolean italic) {
        return FOLDER + (bold ? BOLD : italic ? ITALIC : REGULAR);
    }
}
