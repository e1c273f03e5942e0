package org.brieflens.export.vector;

/**
 * A 2D affine transform, [mxx mxy tx; myx myy ty], as JavaFX, SVG's matrix() and PDF's cm
 * write it (in a different order each: {@link #mxx} ... name the entries unambiguously).
 */
public record Affine2D(double mxx, double mxy, double tx, double myx, double myy, double ty) {
    public static final Affine2D IDENTITY = new Affine2D(1, 0, 0, 0, 1, 0);

    public static Affine2D translation(double x, double y) {
        return new Affine2D(1, 0, x, 0, 1, y);
    }

    public static Affine2D scaling(double sx, double sy) {
        return new Affine2D(sx, 0, 0, 0, sy, 0);
    }

    public boolean isIdentity() {
        return equals(IDENTITY);
    }

    public double transformX(double x, double y) {
        return mxx * x + mxy * y + tx;
    }

    public double transformY(double x, double y) {
        return myx * x + myy * y + ty;
    }
}
