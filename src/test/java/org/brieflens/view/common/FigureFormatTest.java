package org.brieflens.view.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.brieflens.model.Unit;

class FigureFormatTest {

    @Test
    void writesMoneyInItsOwnCurrencyWithAScaleWord() {
        assertThat(FigureFormat.value(5e9, Unit.USD)).isEqualTo("$5 billion");
        assertThat(FigureFormat.value(3.4e12, Unit.USD)).isEqualTo("$3.4 trillion");
        assertThat(FigureFormat.value(115.5e12, new Unit("jpy"))).isEqualTo("¥115.5 trillion");
        assertThat(FigureFormat.value(1.2e6, new Unit("jpy"))).isEqualTo("¥1.2 million");
    }

    @Test
    void writesShortFormsForAxisTicks() {
        assertThat(FigureFormat.shortValue(1e9, Unit.USD)).isEqualTo("$1 bn");
        assertThat(FigureFormat.shortValue(1e13, Unit.USD)).isEqualTo("$10 tn");
        assertThat(FigureFormat.shortValue(20, Unit.PERCENT)).isEqualTo("20%");
    }

    @Test
    void writesPercentagesMultiplesCountsAndMeasures() {
        assertThat(FigureFormat.value(18, Unit.PERCENT)).isEqualTo("18%");
        assertThat(FigureFormat.value(9.5, Unit.PERCENT)).isEqualTo("9.5%");
        assertThat(FigureFormat.value(3, Unit.MULTIPLE)).isEqualTo("×3");
        assertThat(FigureFormat.value(25000, Unit.COUNT)).isEqualTo("25,000");
        assertThat(FigureFormat.value(1600, new Unit("km"))).isEqualTo("1,600 km");
        assertThat(FigureFormat.value(2025, Unit.YEAR)).isEqualTo("2025");
    }

    @Test
    void namesCurrenciesWithTheirCode() {
        assertThat(FigureFormat.currencyName(new Unit("jpy"))).isEqualTo("Japanese Yen (JPY)");
        assertThat(FigureFormat.currencyName(new Unit("xqq"))).isEqualTo("XQQ");
    }
}
