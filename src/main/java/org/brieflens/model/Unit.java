package org.brieflens.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A figure's unit as written in the JSON format: "percent", "count", "multiple", "year", a
 * lowercase ISO 4217 code ("usd", "jpy") or a unit of measure ("km", "nautical_mile", "ton").
 */
public record Unit(String code) {
    // The patterns come first: the constants below are built with them during class initialisation.
    private static final Pattern CODE = Pattern.compile("[a-z][a-z_]*");
    private static final Pattern CURRENCY = Pattern.compile("[a-z]{3}");

    public static final Unit PERCENT = new Unit("percent");
    public static final Unit COUNT = new Unit("count");
    public static final Unit MULTIPLE = new Unit("multiple");
    public static final Unit YEAR = new Unit("year");
    public static final Unit USD = new Unit("usd");

    public Unit {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a unit is lowercase letters and underscores: " + code);
        }
    }

    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public UnitKind kind() {
        return switch (code) {
            case "percent" -> UnitKind.PERCENT;
            case "count" -> UnitKind.COUNT;
            case "multiple" -> UnitKind.MULTIPLE;
            case "year" -> UnitKind.YEAR;
            default -> isCurrencyCode(code) ? UnitKind.CURRENCY : UnitKind.MEASURE;
        };
    }

    /** Three letters that are not a unit of measure we know are read as an ISO 4217 code. */
    private static boolean isCurrencyCode(String code) {
        return CURRENCY.matcher(code).matches() && !MeasureUnits.isMeasure(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
