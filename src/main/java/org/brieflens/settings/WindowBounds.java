package org.brieflens.settings;

/** Where the main window was and how big, to open it there again. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
}
