package org.brieflens.view.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

import org.brieflens.model.Figure;
import org.brieflens.model.Unit;

/**
 * How every view writes a figure's value: "$5 billion", "¥115.5 trillion", "18%", "×3",
 * "25,000", "1,600 km"; and the short forms axes use ("$5 bn"). Values are never converted
 * between currencies: each is written in its own.
 */
public final class FigureFormat {
    private static final String[] SCALE_WORDS = {"", "thousand", "million", "billion", "trillion"};
    private static final String[] SCALE_SHORT = {"", "k", "m", "bn", "tn"};

    private FigureFormat() {
    }

    /** A value split into a mantissa and a power of a thousand: 3.4e12 is 3.4 trillion. */
    public record Scaled(double mantissa, int thousands) {
        public String word() {
            return SCALE_WORDS[thousands];
        }

        public String shortWord() {
            return SCALE_SHORT[thousands];
        }
    }

    /** Below a million, numbers are written out ("25,000"); from a million on, scaled. */
    public static Scaled scaled(double value) {
        double magnitude = Math.abs(value);
        int thousands = 0;
        if (magnitude >= 1e6) {
            thousands = Math.min(SCALE_WORDS.length - 1, (int) Math.floor(Math.log10(magnitude) / 3));
        }
        return new Scaled(value / Math.pow(1000, thousands), thousands);
    }

    /** The value in full words: "$5 billion", "18%", "×3", "29", "1,600 km". */
    public static String value(Figure figure) {
        return value(figure.value(), figure.unit());
    }

    public static String value(double value, Unit unit) {
        return switch (unit.kind()) {
            case PERCENT -> number(value) + "%";
            case MULTIPLE -> "×" + number(value);
            case YEAR -> String.valueOf((long) value);
            case COUNT -> scaledText(value, false);
            case CURRENCY -> money(value, unit, false);
            case MEASURE -> scaledText(value, false) + " " + unit.code().replace('_', ' ');
        };
    }

    /** The short form for axis ticks and tight labels: "$5 bn", "¥1.2 m", "18%". */
    public static String shortValue(double value, Unit unit) {
        return switch (unit.kind()) {
            case CURRENCY -> money(value, unit, true);
            case COUNT -> scaledText(value, true);
            case MEASURE -> scaledText(value, true) + " " + unit.code().replace('_', ' ');
            default -> value(value, unit);
        };
    }

    /** "US dollars (USD)", "Japanese yen (JPY)"; the code alone for a currency Java does not know. */
    public static String currencyName(Unit unit) {
        String code = unit.code().toUpperCase(Locale.ROOT);
        try {
            return ItemDescriptions.capitalised(Currency.getInstance(code).getDisplayName(Locale.UK)) + " (" + code + ")";
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    /** "$", "¥", "₩"; or the upper-case code with a space for a currency without a symbol of its own. */
    public static String currencySymbol(Unit unit) {
        String code = unit.code().toUpperCase(Locale.ROOT);
        try {
            String symbol = Currency.getInstance(code).getSymbol(Locale.US);
            if ("USD".equals(code)) {
                return "$";
            }
            return symbol.equals(code) || symbol.length() > 2 ? code + " " : symbol.replace("US", "");
        } catch (IllegalArgumentException unknown) {
            return code + " ";
        }
    }

    /** A plain number with at most two decimals and thousands separators: "9.5", "25,000". */
    public static String number(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(value);
    }

    private static String money(double value, Unit unit, boolean shortForm) {
        return currencySymbol(unit) + scaledText(value, shortForm);
    }

    private static String scaledText(double value, boolean shortForm) {
        Scaled scaled = scaled(value);
        if (scaled.thousands() == 0) {
            return number(value);
        }
        String word = shortForm ? scaled.shortWord() : scaled.word();
        return number(scaled.mantissa()) + " " + word;
    }
}
