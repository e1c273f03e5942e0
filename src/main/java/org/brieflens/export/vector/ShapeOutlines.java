package org.brieflens.export.vector;

import java.util.List;

import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.shape.VLineTo;

/** The outline of a JavaFX shape in its own coordinates (its transforms not applied). */
final class ShapeOutlines {

    private ShapeOutlines() {
    }

    /** The outline, or null for a shape this does not know (it is then exported as an image). */
    static VectorPath of(Shape shape) {
        if (shape instanceof Rectangle r) {
            // A JavaFX rectangle's arc sizes are diameters.
            VectorPath.CornerRadii radii = new VectorPath.CornerRadii(r.getArcWidth() / 2, r.getArcHeight() / 2,
                    r.getArcWidth() / 2, r.getArcHeight() / 2, r.getArcWidth() / 2, r.getArcHeight() / 2,
                    r.getArcWidth() / 2, r.getArcHeight() / 2);
            return VectorPath.roundedRectangle(r.getX(), r.getY(), r.getWidth(), r.getHeight(), radii);
        }
        if (shape instanceof Circle c) {
            return VectorPath.ellipse(c.getCenterX(), c.getCenterY(), c.getRadius(), c.getRadius());
        }
        if (shape instanceof Ellipse e) {
            return VectorPath.ellipse(e.getCenterX(), e.getCenterY(), e.getRadiusX(), e.getRadiusY());
        }
        if (shape instanceof Line l) {
            return VectorPath.builder().moveTo(l.getStartX(), l.getStartY()).lineTo(l.getEndX(), l.getEndY()).build();
        }
        if (shape instanceof Polygon p) {
            return polyline(p.getPoints(), true);
        }
        if (shape instanceof Polyline p) {
            return polyline(p.getPoints(), false);
        }
        if (shape instanceof Path p) {
            return path(p.getElements());
        }
        if (shape instanceof SVGPath p) {
            return SvgPathData.parse(p.getContent());
        }
        if (shape instanceof Arc a) {
            return arc(a);
        }
        if (shape instanceof QuadCurve q) {
            return VectorPath.builder().moveTo(q.getStartX(), q.getStartY())
                    .quadTo(q.getControlX(), q.getControlY(), q.getEndX(), q.getEndY()).build();
        }
        if (shape instanceof CubicCurve c) {
            return VectorPath.builder().moveTo(c.getStartX(), c.getStartY()).cubicTo(c.getControlX1(),
                    c.getControlY1(), c.getControlX2(), c.getControlY2(), c.getEndX(), c.getEndY()).build();
        }
        return null;
    }

    /** Path elements, such as {@code TextFlow.rangeShape} and {@code Path} hold. */
    static VectorPath path(List<PathElement> elements) {
        VectorPath.Builder path = VectorPath.builder();
        for (PathElement element : elements) {
            boolean relative = !element.isAbsolute();
            double baseX = relative ? path.currentX() : 0;
            double baseY = relative ? path.currentY() : 0;
            if (element instanceof MoveTo m) {
                path.moveTo(baseX + m.getX(), baseY + m.getY());
            } else if (element instanceof LineTo l) {
                path.lineTo(baseX + l.getX(), baseY + l.getY());
            } else if (element instanceof HLineTo h) {
                path.lineTo(baseX + h.getX(), path.currentY());
            } else if (element instanceof VLineTo v) {
                path.lineTo(path.currentX(), baseY + v.getY());
            } else if (element instanceof QuadCurveTo q) {
                path.quadTo(baseX + q.getControlX(), baseY + q.getControlY(), baseX + q.getX(), baseY + q.getY());
            } else if (element instanceof CubicCurveTo c) {
                path.cubicTo(baseX + c.getControlX1(), baseY + c.getControlY1(), baseX + c.getControlX2(),
                        baseY + c.getControlY2(), baseX + c.getX(), baseY + c.getY());
            } else if (element instanceof ArcTo a) {
                path.arcTo(a.getRadiusX(), a.getRadiusY(), a.getXAxisRotation(), a.isLargeArcFlag(), a.isSweepFlag(),
                        baseX + a.getX(), baseY + a.getY());
            } else if (element instanceof ClosePath) {
                path.close();
            }
        }
        return path.build();
    }

    private static VectorPath polyline(List<Double> points, boolean closed) {
        VectorPath.Builder path = VectorPath.builder();
        for (int i = 0; i + 1 < points.size(); i += 2) {
            if (i == 0) {
                path.moveTo(points.get(i), points.get(i + 1));
            } else {
                path.lineTo(points.get(i), points.get(i + 1));
            }
        }
        return closed ? path.close().build() : path.build();
    }

    private static VectorPath arc(Arc a) {
        VectorPath.Builder path = VectorPath.builder();
        if (a.getType() == ArcType.ROUND) {
            path.moveTo(a.getCenterX(), a.getCenterY());
        }
        path.ellipticalArc(a.getCenterX(), a.getCenterY(), a.getRadiusX(), a.getRadiusY(), a.getStartAngle(),
                a.getLength(), a.getType() != ArcType.ROUND);
        return a.getType() == ArcType.OPEN ? path.build() : path.close().build();
    }
}
