package org.brieflens.view.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlotScaleTest {

    @Test
    void valuesOrdersOfMagnitudeApartGetALogarithmicScaleOfWholeDecades() {
        PlotScale scale = PlotScale.fitting(List.of(5e9, 3.4e12), false);

        assertThat(scale.isLogarithmic()).isTrue();
        assertThat(scale.ticks()).containsExactly(1e9, 1e10, 1e11, 1e12, 1e13);
        assertThat(scale.fraction(1e11)).isCloseTo(0.5, within(1e-9));
        assertThat(scale.fraction(5e9)).isGreaterThan(0.1);
    }

    @Test
    void percentagesKeepALinearScaleFromZeroToAHundred() {
        PlotScale scale = PlotScale.fitting(List.of(18.0, 73.0, 28.0, 42.0), true);

        assertThat(scale.isLogarithmic()).isFalse();
        assertThat(scale.low()).isZero();
        assertThat(scale.high()).isEqualTo(100);
        assertThat(scale.fraction(42)).isCloseTo(0.42, within(1e-9));
    }

    @Test
    void valuesOfOneMagnitudeGetALinearScaleFromZero() {
        PlotScale scale = PlotScale.fitting(List.of(40.0, 150.0, 29.0), false);

        assertThat(scale.isLogarithmic()).isFalse();
        assertThat(scale.low()).isZero();
        assertThat(scale.high()).isGreaterThanOrEqualTo(150);
    }

    @Test
    void aSingleValueStillHasTwoTicks() {
        assertThat(PlotScale.logarithmic(5e9, 5e9).ticks()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(PlotScale.fitting(List.of(3.0), false).ticks()).hasSizeGreaterThanOrEqualTo(2);
    }
}
