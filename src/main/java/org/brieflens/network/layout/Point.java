package org.brieflens.network.layout;

/** A position in the network's world coordinates (one unit is one pixel at zoom 1). */
public record Point(double x, double y) {
}
