package org.brieflens.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Currency signs and words as written, and the ISO 4217 code (lower case) each stands for. */
final class Currencies {
    private static final Map<String, String> SIGNS = Map.ofEntries(
            Map.entry("$", "usd"), Map.entry("US$", "usd"), Map.entry("A$", "aud"), Map.entry("AU$", "aud"),
            Map.entry("C$", "cad"), Map.entry("CA$", "cad"), Map.entry("NZ$", "nzd"), Map.entry("HK$", "hkd"),
            Map.entry("S$", "sgd"), Map.entry("NT$", "twd"), Map.entry("R$", "brl"), Map.entry("¥", "jpy"),
            Map.entry("€", "eur"), Map.entry("£", "gbp"), Map.entry("₩", "krw"), Map.entry("₹", "inr"),
            Map.entry("Rp", "idr"), Map.entry("RM", "myr"), Map.entry("₱", "php"), Map.entry("₺", "try"), Map.entry("₽", "rub"),
            Map.entry("Rs", "inr"), Map.entry("USD", "usd"), Map.entry("EUR", "eur"), Map.entry("JPY", "jpy"),
            Map.entry("KRW", "krw"), Map.entry("INR", "inr"), Map.entry("GBP", "gbp"), Map.entry("AUD", "aud"),
            Map.entry("CNY", "cny"), Map.entry("RMB", "cny"), Map.entry("TWD", "twd"), Map.entry("NOK", "nok"),
            Map.entry("SEK", "sek"), Map.entry("DKK", "dkk"), Map.entry("CHF", "chf"), Map.entry("CAD", "cad"),
            Map.entry("NZD", "nzd"), Map.entry("SGD", "sgd"), Map.entry("HKD", "hkd"), Map.entry("BRL", "brl"),
            Map.entry("PLN", "pln"), Map.entry("CZK", "czk"), Map.entry("HUF", "huf"), Map.entry("RON", "ron"),
            Map.entry("TRY", "try"), Map.entry("ILS", "ils"), Map.entry("NIS", "ils"), Map.entry("RUB", "rub"), Map.entry("UAH", "uah"),
            Map.entry("ZAR", "zar"), Map.entry("MXN", "mxn"), Map.entry("SAR", "sar"), Map.entry("AED", "aed"),
            Map.entry("QAR", "qar"), Map.entry("EGP", "egp"), Map.entry("NGN", "ngn"), Map.entry("KES", "kes"),
            Map.entry("PKR", "pkr"), Map.entry("PHP", "php"), Map.entry("IDR", "idr"), Map.entry("MYR", "myr"),
            Map.entry("THB", "thb"), Map.entry("VND", "vnd"), Map.entry("CLP", "clp"), Map.entry("COP", "cop"),
            Map.entry("ARS", "ars"), Map.entry("Tw$", "twd"), Map.entry("TW$", "twd"));
    /** Signs written as words that may stand glued to their amount: "Rs58,000 crore". */
    private static final Set<String> GLUED_SIGNS = Set.of("Rs", "Rp", "RM");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("dollar", "usd"), Map.entry("dollars", "usd"), Map.entry("yen", "jpy"), Map.entry("won", "krw"),
            Map.entry("euro", "eur"), Map.entry("euros", "eur"), Map.entry("pound", "gbp"), Map.entry("pounds", "gbp"),
            Map.entry("sterling", "gbp"), Map.entry("yuan", "cny"), Map.entry("renminbi", "cny"),
            Map.entry("rupee", "inr"), Map.entry("rupees", "inr"), Map.entry("rouble", "rub"), Map.entry("roubles", "rub"),
            Map.entry("ruble", "rub"), Map.entry("rubles", "rub"), Map.entry("zloty", "pln"), Map.entry("zlotys", "pln"),
            Map.entry("shekel", "ils"), Map.entry("shekels", "ils"), Map.entry("lira", "try"), Map.entry("ringgit", "myr"),
            Map.entry("pesos", "php"), Map.entry("peso", "php"), Map.entry("baht", "thb"), Map.entry("rupiah", "idr"), Map.entry("dong", "vnd"),
            Map.entry("krone", "dkk"), Map.entry("kroner", "dkk"), Map.entry("krona", "sek"), Map.entry("kronor", "sek"),
            Map.entry("rand", "zar"), Map.entry("naira", "ngn"), Map.entry("riyal", "sar"), Map.entry("riyals", "sar"),
            Map.entry("dirham", "aed"), Map.entry("dirhams", "aed"), Map.entry("reais", "brl"), Map.entry("hryvnia", "uah"),
            Map.entry("hryvnias", "uah"), Map.entry("forint", "huf"), Map.entry("forints", "huf"), Map.entry("koruna", "czk"),
            Map.entry("korunas", "czk"), Map.entry("lei", "ron"), Map.entry("shilling", "kes"), Map.entry("shillings", "kes"),
            Map.entry("taka", "bdt"), Map.entry("tenge", "kzt"));
    /** "Australian dollars": a demonym before "dollar" names the currency. */
    private static final Map<String, String> DOLLARS_BY_DEMONYM = Map.of("Australian", "aud", "Canadian", "cad",
            "Singapore", "sgd", "Taiwan", "twd", "Hong", "hkd", "New", "nzd");

    /** The states whose currency is a peso, by their names and demonyms. */
    private static final Map<String, String> PESO_STATES = Map.ofEntries(Map.entry("Mexico", "mxn"),
            Map.entry("Mexican", "mxn"), Map.entry("Philippines", "php"), Map.entry("Philippine", "php"),
            Map.entry("Filipino", "php"), Map.entry("Manila", "php"), Map.entry("Colombia", "cop"), Map.entry("Colombian", "cop"),
            Map.entry("Bogotá", "cop"), Map.entry("Argentina", "ars"), Map.entry("Argentine", "ars"),
            Map.entry("Chile", "clp"), Map.entry("Chilean", "clp"), Map.entry("Uruguay", "uyu"), Map.entry("Uruguayan", "uyu"),
            Map.entry("Cuba", "cup"), Map.entry("Cuban", "cup"), Map.entry("Dominican", "dop"));
    /** The kroner and kronor of each Nordic demonym. */
    private static final Map<String, String> KRONE_BY_DEMONYM = Map.of("Norwegian", "nok", "Danish", "dkk",
            "Swedish", "sek", "Icelandic", "isk");
    /** The states whose currency is a krone, by their names, demonyms and capitals. */
    private static final Map<String, String> KRONE_STATES = Map.of("Denmark", "dkk", "Danish", "dkk", "Copenhagen", "dkk",
            "Norway", "nok", "Norwegian", "nok", "Oslo", "nok");

    private Currencies() {
    }

    static boolean isGluedSign(String word) {
        return GLUED_SIGNS.contains(word);
    }

    static String ofSign(String sign) {
        return SIGNS.get(sign);
    }

    static String ofWord(String word) {
        return WORDS.get(word.toLowerCase(Locale.ROOT));
    }

    /** The currency a demonym and a currency word name together: "Australian dollars", "Norwegian kroner"; or null. */
    static String ofDemonym(String demonym, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.startsWith("dollar")) {
            return DOLLARS_BY_DEMONYM.get(demonym);
        }
        if (lower.startsWith("peso") || lower.startsWith("kron")) {
            return PESO_STATES.containsKey(demonym) && lower.startsWith("peso") ? PESO_STATES.get(demonym)
                    : KRONE_BY_DEMONYM.get(demonym);
        }
        return null;
    }

    /** Whether a currency word is shared by several states' currencies: "pesos", "kroner". */
    static boolean isShared(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.startsWith("peso") || lower.startsWith("krone");
    }

    /**
     * The currency a shared word means in a brief: that of the state it names most ("Mexico",
     * "Mexican" for pesos; "Norway" for kroner), the Philippine peso or the Danish krone if it
     * names none.
     */
    static String sharedOf(String word, List<Token> tokens) {
        return mostNamed(tokens, statesSharing(word), word.toLowerCase(Locale.ROOT).startsWith("peso") ? "php" : "dkk");
    }

    /** The states whose currency a shared word names, by their names, demonyms and capitals. */
    private static Map<String, String> statesSharing(String word) {
        return word.toLowerCase(Locale.ROOT).startsWith("peso") ? PESO_STATES : KRONE_STATES;
    }

    /** The currency of a shared word that the state named first among {@code tokens} uses; or null. */
    static String sharedIn(String word, List<Token> tokens) {
        for (Token token : tokens) {
            String code = statesSharing(word).get(token.text());
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private static String mostNamed(List<Token> tokens, Map<String, String> states, String fallback) {
        Map<String, Integer> counts = new HashMap<>();
        for (Token token : tokens) {
            String code = states.get(token.text());
            if (code != null) {
                counts.merge(code, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(fallback);
    }
}
