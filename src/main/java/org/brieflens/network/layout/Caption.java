package org.brieflens.network.layout;

/** A heading a layout places in the picture, centred on {@code (x, y)}: "States (11)" above a group. */
public record Caption(String text, double x, double y) {
}
