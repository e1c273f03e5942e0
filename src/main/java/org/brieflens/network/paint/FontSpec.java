package org.brieflens.network.paint;

/** A font by family, size in pixels and weight: what a {@link Surface} writes text with. */
public record FontSpec(String family, double size, boolean bold) {

    public FontSpec bolder() {
        return new FontSpec(family, size, true);
    }
}
