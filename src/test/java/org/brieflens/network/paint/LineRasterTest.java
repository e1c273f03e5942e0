package org.brieflens.network.paint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineRasterTest {
    private static final Rgba RED = new Rgba(1, 0, 0, 1);

    @Test
    void aHorizontalLineCoversItsRowInTheColour() {
        LineRaster raster = new LineRaster(20, 10);

        raster.lines(new double[] {2, 5, 17, 5}, 1, RED);

        for (int x = 2; x <= 17; x++) {
            assertThat(raster.pixels()[5 * 20 + x]).isEqualTo(0xffff0000);
        }
        assertThat(raster.pixels()[4 * 20 + 10]).isZero();
        assertThat(raster.dirtyBox()).containsExactly(1, 4, 18, 3);
    }

    @Test
    void aLineBetweenRowsIsSharedByBothAsCoverage() {
        LineRaster raster = new LineRaster(20, 10);

        raster.lines(new double[] {2, 5.5, 17, 5.5}, 1, RED);

        int upper = raster.pixels()[5 * 20 + 10] >>> 24;
        int lower = raster.pixels()[6 * 20 + 10] >>> 24;
        assertThat(upper).isBetween(120, 135);
        assertThat(lower).isBetween(120, 135);
    }

    @Test
    void translucentLinesBlendOverEachOther() {
        LineRaster raster = new LineRaster(10, 10);
        Rgba half = new Rgba(0, 0, 1, 0.5);

        raster.lines(new double[] {0, 3, 9, 3, 0, 3, 9, 3}, 2, half);

        int pixel = raster.pixels()[3 * 10 + 4];
        assertThat(pixel >>> 24).isBetween(190, 192);
        assertThat(pixel & 0xff).isEqualTo(pixel >>> 24);
    }

    @Test
    void linesOutsideAreClippedAndClearingForgetsThem() {
        LineRaster raster = new LineRaster(10, 10);

        raster.lines(new double[] {-100, -50, 200, 100, 50, 50, 60, 60}, 2, RED);
        assertThat(raster.isEmpty()).isFalse();

        raster.clear();
        assertThat(raster.isEmpty()).isTrue();
        assertThat(raster.pixels()).containsOnly(0);
    }
}
