package org.brieflens.export.vector;

import java.util.ArrayList;
import java.util.List;

/**
 * An outline made of straight lines and Bézier curves, in the coordinates of the surface it is
 * drawn on. Arcs are turned into cubic curves when the path is built, so that every surface
 * (SVG, PDF) needs only these five segments.
 */
public final class VectorPath {
    /** One step of a path. */
    public sealed interface Segment permits MoveTo, LineTo, QuadTo, CubicTo, Close {
    }

    public record MoveTo(double x, double y) implements Segment {
    }

    public record LineTo(double x, double y) implements Segment {
    }

    public record QuadTo(double cx, double cy, double x, double y) implements Segment {
    }

    public record CubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) implements Segment {
    }

    public record Close() implements Segment {
    }

    private static final Close CLOSE = new Close();

    private final List<Segment> segments;

    private VectorPath(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    public List<Segment> segments() {
        return segments;
    }

    public boolean isEmpty() {
        return segments.stream().noneMatch(segment -> !(segment instanceof MoveTo));
    }

    /** This outline with every point moved by {@code transform}. */
    public VectorPath transformed(Affine2D transform) {
        if (transform.isIdentity()) {
            return this;
        }
        List<Segment> moved = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            moved.add(moved(segment, transform));
        }
        return new VectorPath(moved);
    }

    private static Segment moved(Segment segment, Affine2D t) {
        if (segment instanceof MoveTo m) {
            return new MoveTo(t.transformX(m.x(), m.y()), t.transformY(m.x(), m.y()));
        }
        if (segment instanceof LineTo l) {
            return new LineTo(t.transformX(l.x(), l.y()), t.transformY(l.x(), l.y()));
        }
        if (segment instanceof QuadTo q) {
            return new QuadTo(t.transformX(q.cx(), q.cy()), t.transformY(q.cx(), q.cy()), t.transformX(q.x(), q.y()),
                    t.transformY(q.x(), q.y()));
        }
        if (segment instanceof CubicTo c) {
            return new CubicTo(t.transformX(c.c1x(), c.c1y()), t.transformY(c.c1x(), c.c1y()),
                    t.transformX(c.c2x(), c.c2y()), t.transformY(c.c2x(), c.c2y()), t.transformX(c.x(), c.y()),
                    t.transformY(c.x(), c.y()));
        }
        return segment;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static VectorPath rectangle(double x, double y, double width, double height) {
        return builder().moveTo(x, y).lineTo(x + width, y).lineTo(x + width, y + height).lineTo(x, y + height)
                .close().build();
    }

    /**
     * A rectangle with elliptical corners; each radius pair is clamped as CSS does, so that
     * neighbouring corners never overlap.
     */
    public static VectorPath roundedRectangle(double x, double y, double width, double height, CornerRadii radii) {
        if (radii.isZero()) {
            return rectangle(x, y, width, height);
        }
        CornerRadii r = radii.fittedTo(width, height);
        Builder path = builder();
        path.moveTo(x + r.topLeftX(), y);
        path.lineTo(x + width - r.topRightX(), y);
        path.quarterEllipse(x + width - r.topRightX(), y + r.topRightY(), r.topRightX(), r.topRightY(), 270);
        path.lineTo(x + width, y + height - r.bottomRightY());
        path.quarterEllipse(x + width - r.bottomRightX(), y + height - r.bottomRightY(), r.bottomRightX(),
                r.bottomRightY(), 0);
        path.lineTo(x + r.bottomLeftX(), y + height);
        path.quarterEllipse(x + r.bottomLeftX(), y + height - r.bottomLeftY(), r.bottomLeftX(), r.bottomLeftY(), 90);
        path.lineTo(x, y + r.topLeftY());
        path.quarterEllipse(x + r.topLeftX(), y + r.topLeftY(), r.topLeftX(), r.topLeftY(), 180);
        return path.close().build();
    }

    public static VectorPath ellipse(double centerX, double centerY, double radiusX, double radiusY) {
        return builder().ellipticalArc(centerX, centerY, radiusX, radiusY, 0, 360, true).close().build();
    }

    /**
     * The radii of a rectangle's four corners, each horizontal and vertical, clockwise from
     * the top left.
     */
    public record CornerRadii(double topLeftX, double topLeftY, double topRightX, double topRightY,
            double bottomRightX, double bottomRightY, double bottomLeftX, double bottomLeftY) {

        public static final CornerRadii NONE = uniform(0);

        public static CornerRadii uniform(double radius) {
            return new CornerRadii(radius, radius, radius, radius, radius, radius, radius, radius);
        }

        public boolean isZero() {
            return topLeftX <= 0 && topLeftY <= 0 && topRightX <= 0 && topRightY <= 0 && bottomRightX <= 0
                    && bottomRightY <= 0 && bottomLeftX <= 0 && bottomLeftY <= 0;
        }

        /** Scaled down together, as CSS backgrounds are, until no two corners overlap. */
        CornerRadii fittedTo(double width, double height) {
            double factor = Math.min(1, Math.min(
                    Math.min(ratio(width, topLeftX + topRightX), ratio(width, bottomLeftX + bottomRightX)),
                    Math.min(ratio(height, topLeftY + bottomLeftY), ratio(height, topRightY + bottomRightY))));
            return factor >= 1 ? this : new CornerRadii(topLeftX * factor, topLeftY * factor, topRightX * factor,
                    topRightY * factor, bottomRightX * factor, bottomRightY * factor, bottomLeftX * factor,
                    bottomLeftY * factor);
        }

        private static double ratio(double length, double sum) {
            return sum <= 0 ? 1 : Math.max(0, length) / sum;
        }
    }

    /** Builds a path; relative and arc commands are resolved against the current point. */
    public static final class Builder {
        private final List<Segment> segments = new ArrayList<>();
        private double currentX;
        private double currentY;
        private double startX;
        private double startY;

        public Builder moveTo(double x, double y) {
            segments.add(new MoveTo(x, y));
            currentX = startX = x;
            currentY = startY = y;
            return this;
        }

        public Builder lineTo(double x, double y) {
            ensureStarted();
            segments.add(new LineTo(x, y));
            return at(x, y);
        }

        public Builder quadTo(double cx, double cy, double x, double y) {
            ensureStarted();
            segments.add(new QuadTo(cx, cy, x, y));
            return at(x, y);
        }

        public Builder cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
            ensureStarted();
            segments.add(new CubicTo(c1x, c1y, c2x, c2y, x, y));
            return at(x, y);
        }

        public Builder close() {
            if (!segments.isEmpty()) {
                segments.add(CLOSE);
            }
            return at(startX, startY);
        }

        /** Adds every segment of {@code path}, as a canvas adds a figure to the path being built. */
        public Builder append(VectorPath path) {
            for (Segment segment : path.segments()) {
                if (segment instanceof MoveTo m) {
                    moveTo(m.x(), m.y());
                } else if (segment instanceof LineTo l) {
                    lineTo(l.x(), l.y());
                } else if (segment instanceof QuadTo q) {
                    quadTo(q.cx(), q.cy(), q.x(), q.y());
                } else if (segment instanceof CubicTo c) {
                    cubicTo(c.c1x(), c.c1y(), c.c2x(), c.c2y(), c.x(), c.y());
                } else {
                    close();
                }
            }
            return this;
        }

        public double currentX() {
            return currentX;
        }

        public double currentY() {
            return currentY;
        }

        /**
         * An elliptical arc from the current point to (x, y), as SVG's "A" command and JavaFX's
         * {@code ArcTo} define it: the radii, the rotation of the ellipse in degrees, and which
         * of the four possible arcs is meant.
         */
        public Builder arcTo(double radiusX, double radiusY, double rotationDegrees, boolean largeArc, boolean sweep,
                double x, double y) {
            ensureStarted();
            double x0 = currentX;
            double y0 = currentY;
            double rx = Math.abs(radiusX);
            double ry = Math.abs(radiusY);
            if (x0 == x && y0 == y) {
                return this;
            }
            if (rx == 0 || ry == 0) {
                return lineTo(x, y);
            }
            // The endpoint-to-centre conversion of the SVG specification (appendix B.2.4).
            double phi = Math.toRadians(rotationDegrees);
            double cos = Math.cos(phi);
            double sin = Math.sin(phi);
            double dx = (x0 - x) / 2;
            double dy = (y0 - y) / 2;
            double x1 = cos * dx + sin * dy;
            double y1 = -sin * dx + cos * dy;
            double lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
            if (lambda > 1) {
                rx *= Math.sqrt(lambda);
                ry *= Math.sqrt(lambda);
            }
            double numerator = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
            double denominator = rx * rx * y1 * y1 + ry * ry * x1 * x1;
            double coefficient = Math.sqrt(Math.max(0, numerator / denominator)) * (largeArc == sweep ? -1 : 1);
            double cx1 = coefficient * rx * y1 / ry;
            double cy1 = -coefficient * ry * x1 / rx;
            double cx = cos * cx1 - sin * cy1 + (x0 + x) / 2;
            double cy = sin * cx1 + cos * cy1 + (y0 + y) / 2;
            double theta1 = angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
            double delta = angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
            if (!sweep && delta > 0) {
                delta -= 2 * Math.PI;
            } else if (sweep && delta < 0) {
                delta += 2 * Math.PI;
            }
            arcSegments(cx, cy, rx, ry, phi, theta1, delta);
            return at(x, y);
        }

        /**
         * An arc of the ellipse around (cx, cy) as JavaFX's {@code Arc} and AWT's {@code Arc2D}
         * measure it: degrees counter-clockwise on screen from three o'clock. It starts with a
         * line (or a move, if {@code move}) to its first point.
         */
        public Builder ellipticalArc(double cx, double cy, double rx, double ry, double startDegrees,
                double extentDegrees, boolean move) {
            // Screen y points down, so counter-clockwise on screen is a negative angle here.
            double start = -Math.toRadians(startDegrees);
            double delta = -Math.toRadians(extentDegrees);
            double firstX = cx + rx * Math.cos(start);
            double firstY = cy + ry * Math.sin(start);
            if (move || segments.isEmpty()) {
                moveTo(firstX, firstY);
            } else {
                lineTo(firstX, firstY);
            }
            arcSegments(cx, cy, rx, ry, 0, start, delta);
            return this;
        }

        /** A quarter of an ellipse around (cx, cy), starting at {@code startDegrees} clockwise on screen. */
        private void quarterEllipse(double cx, double cy, double rx, double ry, double startDegrees) {
            if (rx <= 0 || ry <= 0) {
                return;
            }
            arcSegments(cx, cy, rx, ry, 0, Math.toRadians(startDegrees), Math.PI / 2);
        }

        /** Cubic Béziers for the arc, one per quarter turn at most. */
        private void arcSegments(double cx, double cy, double rx, double ry, double phi, double start, double delta) {
            int count = Math.max(1, (int) Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
            double step = delta / count;
            double handle = 4.0 / 3.0 * Math.tan(step / 4);
            double cos = Math.cos(phi);
            double sin = Math.sin(phi);
            double angle = start;
            for (int i = 0; i < count; i++) {
                double a1 = angle;
                double a2 = angle + step;
                double e1x = Math.cos(a1);
                double e1y = Math.sin(a1);
                double e2x = Math.cos(a2);
                double e2y = Math.sin(a2);
                double[] c1 = point(cx, cy, rx, ry, cos, sin, e1x - handle * e1y, e1y + handle * e1x);
                double[] c2 = point(cx, cy, rx, ry, cos, sin, e2x + handle * e2y, e2y - handle * e2x);
                double[] end = point(cx, cy, rx, ry, cos, sin, e2x, e2y);
                cubicTo(c1[0], c1[1], c2[0], c2[1], end[0], end[1]);
                angle = a2;
            }
        }

        private static double[] point(double cx, double cy, double rx, double ry, double cos, double sin,
                double unitX, double unitY) {
            double x = rx * unitX;
            double y = ry * unitY;
            return new double[] {cx + cos * x - sin * y, cy + sin * x + cos * y};
        }

        private static double angle(double ux, double uy, double vx, double vy) {
            return Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
        }

        public VectorPath build() {
            return new VectorPath(segments);
        }

        private void ensureStarted() {
            if (segments.isEmpty()) {
                moveTo(currentX, currentY);
            }
        }

        private Builder at(double x, double y) {
            currentX = x;
            currentY = y;
            return this;
        }
    }
}
