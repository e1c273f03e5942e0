package org.brieflens.export.vector;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.shape.StrokeType;

/**
 * Paints what CSS gives a region: its background fills (rounded, inset, or filling the region's
 * {@code -fx-shape}, as pie slices and controls' marks do) and its border strokes. Background
 * and border images are left out; the themes do not use them.
 */
final class RegionPainter {

    private RegionPainter() {
    }

    static void paint(Region region, VectorSurface surface) {
        double width = region.getWidth();
        double height = region.getHeight();
        // A shape that is not scaled to the region is drawn at its own size, even by an empty region.
        boolean ownSizeShape = region.getShape() != null && !region.isScaleShape();
        if ((width <= 0 || height <= 0) && !ownSizeShape) {
            return;
        }
        Background background = region.getBackground();
        if (background != null) {
            for (BackgroundFill fill : background.getFills()) {
                fill(region, fill, width, height, surface);
            }
        }
        Border border = region.getBorder();
        if (border != null && region.getShape() == null) {
            for (BorderStroke stroke : border.getStrokes()) {
                stroke(stroke, width, height, surface);
            }
        }
    }

    private static void fill(Region region, BackgroundFill fill, double width, double height, VectorSurface surface) {
        Insets insets = fill.getInsets();
        double x = insets.getLeft();
        double y = insets.getTop();
        double w = width - insets.getLeft() - insets.getRight();
        double h = height - insets.getTop() - insets.getBottom();
        Color color = Paints.flat(fill.getFill(), w, h);
        if (color == null) {
            return;
        }
        Shape shape = region.getShape();
        if (shape != null) {
            VectorPath outline = ShapeOutlines.of(shape);
            if (outline != null) {
                surface.fill(outline.transformed(shapePlacement(region, shape, x, y, w, h)), color, FillRule.NON_ZERO);
            }
            return;
        }
        if (w <= 0 || h <= 0) {
            return;
        }
        surface.fill(VectorPath.roundedRectangle(x, y, w, h, radii(fill.getRadii(), w, h, 0)), color,
                FillRule.NON_ZERO);
    }

    /** Where JavaFX puts a region's shape: stretched over it, centred in it, or where it is. */
    private static Affine2D shapePlacement(Region region, Shape shape, double x, double y, double w, double h) {
        Bounds bounds = shape.getLayoutBounds();
        if (region.isScaleShape() && bounds.getWidth() > 0 && bounds.getHeight() > 0) {
            double sx = w / bounds.getWidth();
            double sy = h / bounds.getHeight();
            return new Affine2D(sx, 0, x - bounds.getMinX() * sx, 0, sy, y - bounds.getMinY() * sy);
        }
        if (region.isCenterShape()) {
            return Affine2D.translation(x + (w - bounds.getWidth()) / 2 - bounds.getMinX(),
                    y + (h - bounds.getHeight()) / 2 - bounds.getMinY());
        }
        return Affine2D.IDENTITY;
    }

    private static void stroke(BorderStroke stroke, double width, double height, VectorSurface surface) {
        BorderWidths widths = stroke.getWidths();
        double top = side(widths.getTop(), widths.isTopAsPercentage(), height);
        double right = side(widths.getRight(), widths.isRightAsPercentage(), width);
        double bottom = side(widths.getBottom(), widths.isBottomAsPercentage(), height);
        double left = side(widths.getLeft(), widths.isLeftAsPercentage(), width);
        Insets insets = stroke.getInsets();
        Paint paint = stroke.getTopStroke();
        BorderStrokeStyle style = stroke.getTopStyle();
        boolean uniform = top == right && top == bottom && top == left
                && paint.equals(stroke.getRightStroke()) && paint.equals(stroke.getBottomStroke())
                && paint.equals(stroke.getLeftStroke())
                && style.equals(stroke.getRightStyle()) && style.equals(stroke.getBottomStyle())
                && style.equals(stroke.getLeftStyle());
        if (uniform) {
            uniformStroke(stroke, top, insets, width, height, surface);
        } else {
            sideBySide(stroke, new double[] {top, right, bottom, left}, insets, width, height, surface);
        }
    }

    /** One outline, rounded as the border's radii say, centred on the middle of the border's width. */
    private static void uniformStroke(BorderStroke stroke, double lineWidth, Insets insets, double width,
            double height, VectorSurface surface) {
        Color color = Paints.flat(stroke.getTopStroke());
        BorderStrokeStyle style = stroke.getTopStyle();
        if (color == null || lineWidth <= 0 || style == BorderStrokeStyle.NONE) {
            return;
        }
        // CSS borders lie inside the region's edge by default; the outline runs down their middle.
        double offset = style.getType() == StrokeType.INSIDE ? lineWidth / 2
                : style.getType() == StrokeType.OUTSIDE ? -lineWidth / 2 : 0;
        double x = insets.getLeft() + offset;
        double y = insets.getTop() + offset;
        double w = width - insets.getLeft() - insets.getRight() - 2 * offset;
        double h = height - insets.getTop() - insets.getBottom() - 2 * offset;
        if (w <= 0 || h <= 0) {
            return;
        }
        StrokeStyle strokeStyle = new StrokeStyle(lineWidth, style.getLineCap() == null ? StrokeLineCap.BUTT
                : style.getLineCap(), style.getLineJoin() == null ? StrokeLineJoin.MITER : style.getLineJoin(),
                style.getMiterLimit(), dashes(style, lineWidth), style.getDashOffset());
        surface.stroke(VectorPath.roundedRectangle(x, y, w, h, radii(stroke.getRadii(), w, h, offset)), color,
                strokeStyle);
    }

    /** Borders whose sides differ (a bottom rule, a divider): each side as a filled band. */
    private static void sideBySide(BorderStroke stroke, double[] widths, Insets insets, double width, double height,
            VectorSurface surface) {
        double x = insets.getLeft();
        double y = insets.getTop();
        double w = width - insets.getLeft() - insets.getRight();
        double h = height - insets.getTop() - insets.getBottom();
        band(stroke.getTopStroke(), stroke.getTopStyle(), x, y, w, widths[0], surface);
        band(stroke.getRightStroke(), stroke.getRightStyle(), x + w - widths[1], y, widths[1], h, surface);
        band(stroke.getBottomStroke(), stroke.getBottomStyle(), x, y + h - widths[2], w, widths[2], surface);
        band(stroke.getLeftStroke(), stroke.getLeftStyle(), x, y, widths[3], h, surface);
    }

    private static void band(Paint paint, BorderStrokeStyle style, double x, double y, double w, double h,
            VectorSurface surface) {
        Color color = Paints.flat(paint);
        if (color != null && style != BorderStrokeStyle.NONE && w > 0 && h > 0) {
            surface.fill(VectorPath.rectangle(x, y, w, h), color, FillRule.NON_ZERO);
        }
    }

    private static double side(double value, boolean percentage, double length) {
        if (value == BorderWidths.AUTO) {
            return 1;
        }
        return percentage ? value * length : value;
    }

    /** CSS dash lengths are multiples of the line width. */
    private static List<Double> dashes(BorderStrokeStyle style, double lineWidth) {
        return style.getDashArray().stream().map(dash -> dash * lineWidth).toList();
    }

    private static VectorPath.CornerRadii radii(CornerRadii radii, double w, double h, double shrink) {
        if (radii == null || radii.isUniform() && radii.getTopLeftHorizontalRadius() == 0) {
            return VectorPath.CornerRadii.NONE;
        }
        return new VectorPath.CornerRadii(
                corner(radii.getTopLeftHorizontalRadius(), radii.isTopLeftHorizontalRadiusAsPercentage(), w, shrink),
                corner(radii.getTopLeftVerticalRadius(), radii.isTopLeftVerticalRadiusAsPercentage(), h, shrink),
                corner(radii.getTopRightHorizontalRadius(), radii.isTopRightHorizontalRadiusAsPercentage(), w, shrink),
                corner(radii.getTopRightVerticalRadius(), radii.isTopRightVerticalRadiusAsPercentage(), h, shrink),
                corner(radii.getBottomRightHorizontalRadius(), radii.isBottomRightHorizontalRadiusAsPercentage(), w,
                        shrink),
                corner(radii.getBottomRightVerticalRadius(), radii.isBottomRightVerticalRadiusAsPercentage(), h,
                        shrink),
                corner(radii.getBottomLeftHorizontalRadius(), radii.isBottomLeftHorizontalRadiusAsPercentage(), w,
                        shrink),
                corner(radii.getBottomLeftVerticalRadius(), radii.isBottomLeftVerticalRadiusAsPercentage(), h,
                        shrink));
    }

    private static double corner(double radius, boolean percentage, double length, double shrink) {
        return Math.max(0, (percentage ? radius * length : radius) - shrink);
    }
}
