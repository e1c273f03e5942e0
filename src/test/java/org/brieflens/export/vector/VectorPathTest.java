package org.brieflens.export.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class VectorPathTest {

    @Test
    void anEllipseIsFourQuarterCurvesThroughItsExtremes() {
        List<VectorPath.Segment> segments = VectorPath.ellipse(50, 40, 20, 10).segments();

        assertThat(segments).hasSize(6).first().isEqualTo(new VectorPath.MoveTo(70, 40));
        assertThat(segments.subList(1, 5)).allMatch(segment -> segment instanceof VectorPath.CubicTo);
        VectorPath.CubicTo quarter = (VectorPath.CubicTo) segments.get(1);
        // JavaFX measures arcs counter-clockwise on screen: the first quarter goes up, to the top.
        assertThat(quarter.x()).isCloseTo(50, within(1e-9));
        assertThat(quarter.y()).isCloseTo(30, within(1e-9));
    }

    @Test
    void anSvgArcEndsWhereItIsAimedAndBulgesToTheSweepSide() {
        VectorPath path = VectorPath.builder().moveTo(0, 0).arcTo(10, 10, 0, false, true, 20, 0).build();

        VectorPath.CubicTo last = (VectorPath.CubicTo) path.segments().get(path.segments().size() - 1);
        assertThat(last.x()).isCloseTo(20, within(1e-9));
        assertThat(last.y()).isCloseTo(0, within(1e-9));
        // Sweeping clockwise on screen from the left end to the right end passes over the top.
        VectorPath.CubicTo first = (VectorPath.CubicTo) path.segments().get(1);
        assertThat(first.y()).isCloseTo(-10, within(1e-9));
    }

    @Test
    void roundedCornersShrinkTogetherWhenTheyWouldOverlap() {
        VectorPath path = VectorPath.roundedRectangle(0, 0, 10, 40, VectorPath.CornerRadii.uniform(20));

        assertThat(path.segments().get(0)).isEqualTo(new VectorPath.MoveTo(5, 0));
    }

    @Test
    void readsSvgPathDataWithRelativeAndImplicitCommands() {
        VectorPath path = SvgPathData.parse("M10,10 l5 0 5 5 h-10 V 20 z m1-1 c1,1 2,2 3,3 s1,1 2,2");

        assertThat(path.segments()).startsWith(new VectorPath.MoveTo(10, 10), new VectorPath.LineTo(15, 10),
                new VectorPath.LineTo(20, 15), new VectorPath.LineTo(10, 15), new VectorPath.LineTo(10, 20),
                new VectorPath.Close(), new VectorPath.MoveTo(11, 9),
                new VectorPath.CubicTo(12, 10, 13, 11, 14, 12));
        // The smooth curve mirrors the previous curve's second control point.
        assertThat(path.segments().get(8)).isEqualTo(new VectorPath.CubicTo(15, 13, 15, 13, 16, 14));
    }

    @Test
    void malformedPathDataKeepsWhatCameBeforeTheError() {
        VectorPath path = SvgPathData.parse("M0 0 L10 0 L oops");

        assertThat(path.segments()).containsExactly(new VectorPath.MoveTo(0, 0), new VectorPath.LineTo(10, 0));
    }

    @Test
    void movesEveryPointByATransform() {
        VectorPath moved = VectorPath.rectangle(0, 0, 2, 1).transformed(new Affine2D(2, 0, 10, 0, 3, 20));

        assertThat(moved.segments()).startsWith(new VectorPath.MoveTo(10, 20), new VectorPath.LineTo(14, 20),
                new VectorPath.LineTo(14, 23));
    }
}
