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

    /** The transform that applies {@code inner} first, then this one (this × inner). */
    public Affine2D concat(Affine2D inner) {
        return new Affine2D(
                mxx * inner.mxx + mxy * inner.myx,
                mxx * inner.mxy + mxy * inner.myy,
                mxx * inner.tx + mxy * inner.ty + tx,
                myx * inner.mxx + myy * inner.myx,
                myx * inner.mxy + myy * inner.myy,
                myx * inner.tx + myy * inner.ty + ty);
    }

    public double transformX(double x, double y) {
        return mxx * x + mxy * y + tx;
    }

    public double transformY(double x, double y) {
        return myx * x + myy * y + ty;
    }
}
