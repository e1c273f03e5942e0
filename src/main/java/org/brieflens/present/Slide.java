package org.brieflens.present;

import javafx.scene.Node;

/** One slide: the title line and the view shown under it. */
public record Slide(String title, Node content) {
}
