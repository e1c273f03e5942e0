package org.brieflens.model;

/** The broad kind of a figure's unit, which decides how a figure is charted. */
public enum UnitKind {
    PERCENT("Percent"),
    CURRENCY("Money"),
    COUNT("Count"),
    MULTIPLE("Multiple"),
    YEAR("Year"),
    MEASURE("Measure");

    private final String displayName;

    UnitKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
