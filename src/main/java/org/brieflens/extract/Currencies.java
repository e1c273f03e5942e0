package org.brieflens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.brieflens.model.ActorKind;

/**
 * The world's currencies as {@code currencies.tsv} writes them: signs and codes before an amount
 * ("A$", "₦", "MNT"), words after it ("dollars", "shillings", "dinars"), and the states that use
 * each, whose names and demonyms (from {@code states.tsv}) choose among currencies that share a
 * sign or a word: "Kenyan shillings", "Rs 50 billion" in a sentence about Pakistan.
 */
final class Currencies {
    private static final String FOLDER = "/org/brieflens/extract/gazetteer/";
    private static final int CODE_LENGTH = 3;
    /** Signs written as letters that may stand glued to their amount: "Rs58,000 crore", "KSh500 million". */
    private static final Set<String> GLUED_SIGNS = Set.of("Rs", "Rp", "RM", "KSh", "Ksh", "USh", "TSh", "Tk", "Dh", "Dhs");
    private static final Currencies STANDARD = load();

    /** One currency: its ISO 4217 code, the states that use it, and what else names it before its word. */
    private record Currency(String code, Set<String> states, Set<String> qualifiers, Set<String> usualForms,
            String domain) {
    }

    /** A currency named after an amount, and the end (exclusive) of the tokens that name it. */
    record Named(String code, int end) {
    }

    private final Map<String, List<Currency>> bySign;
    /** Words by their lowercase form; codes ("USD") as written, since a code may follow its amount too. */
    private final Map<String, List<Currency>> byWord;
    /** How many words the longest qualifier has: "West African CFA". */
    private final int longestQualifier;

    private Currencies(Map<String, List<Currency>> bySign, Map<String, List<Currency>> byWord) {
        this.bySign = bySign;
        this.byWord = byWord;
        this.longestQualifier = byWord.values().stream().flatMap(List::stream).flatMap(currency -> currency.qualifiers().stream())
                .mapToInt(qualifier -> qualifier.split(" ").length).max().orElse(1);
    }

    private static Currencies load() {
        Map<String, List<Currency>> bySign = new HashMap<>();
        Map<String, List<Currency>> byWord = new HashMap<>();
        for (Map<String, String> row : TsvTable.load(FOLDER + "currencies.tsv").rows()) {
            Set<String> usual = Set.copyOf(TsvTable.list(row.get("usual")));
            Currency currency = new Currency(row.get("code"), Set.copyOf(TsvTable.list(row.get("states"))),
                    Set.copyOf(TsvTable.list(row.get("qualifiers"))), usual, row.get("domain"));
            for (String sign : TsvTable.list(row.get("signs"))) {
                bySign.computeIfAbsent(sign, key -> new ArrayList<>()).add(currency);
                if (isCode(sign)) {
                    byWord.computeIfAbsent(sign, key -> new ArrayList<>()).add(currency);
                }
            }
            for (String word : TsvTable.list(row.get("words"))) {
                byWord.computeIfAbsent(word.toLowerCase(Locale.ROOT), key -> new ArrayList<>()).add(currency);
            }
        }
        return new Currencies(bySign, byWord);
    }

    /** The state the gazetteer names at {@code at}, by its name, demonym or capital ("Kenyan"); or null. */
    private static PhraseIndex.Match<Surface> stateAt(List<Token> t, int at, int limit) {
        PhraseIndex.Match<Surface> match = at < limit ? Gazetteer.get().surfaces().longestAt(t, at, limit) : null;
        return match != null && match.value().namesActor() && match.value().actor().kind() == ActorKind.STATE ? match : null;
    }

    private static boolean isCode(String sign) {
        return sign.length() == CODE_LENGTH && sign.chars().allMatch(Character::isUpperCase);
    }

    static boolean isSign(String text) {
        return STANDARD.bySign.containsKey(text);
    }

    static boolean isGluedSign(String text) {
        return GLUED_SIGNS.contains(text);
    }

    /** Whether a sign is a three-letter currency code: "EUR", "MNT". */
    static boolean isCodeSign(String text) {
        return isCode(text) && isSign(text);
    }

    /** How one brief's sums name their currencies: what its shared signs and words mean is read once. */
    static InBrief in(TokenizedBrief brief) {
        return STANDARD.new InBrief(brief);
    }

    /** Whether a word after an amount may name a currency ("dollars", "USD"): the cheap test before reading it. */
    static boolean isWord(Token token) {
        return STANDARD.wordsOf(token) != null;
    }

    /** The currencies of one brief's sums. */
    final class InBrief {
        private final List<Token> t;
        private final String source;
        /** Per sign or word that several currencies share, the currency the brief as a whole means by it. */
        private final Map<String, String> briefChoices = new HashMap<>();
        private String bareDollar;

        private InBrief(TokenizedBrief brief) {
            this.t = brief.tokens();
            this.source = brief.brief().source();
        }

        /** The currency the sign at {@code at} ("$", "Rs", "MNT") stands for in sentence [first, end), or null. */
        String ofSign(int at, int first, int end) {
            String sign = t.get(at).text();
            if (sign.equals("$")) {
                return bareDollar();
            }
            List<Currency> candidates = bySign.get(sign);
            return candidates == null ? null : choose(sign, candidates, t, first, end, briefChoices);
        }

        /**
         * The currency named from {@code at}, just after an amount: a word ("dollars"), a code
         * ("USD"), or a word after a state's name or demonym or another qualifier ("Kenyan
         * shillings", "New Taiwan dollars", "CFA francs"); or null.
         */
        Named afterAmount(int at, int first, int end) {
            Named named = named(t, at, first, end, briefChoices);
            if (named != null && named.end() == at + 1 && t.get(at).lower().startsWith("dollar")) {
                // "12 billion dollars" in a brief whose "$" is another dollar is in that dollar too.
                return new Named(bareDollar(), named.end());
            }
            return named;
        }

        /**
         * A bare "$" is the US dollar, unless the brief comes from a site of a state that writes
         * its own dollar so ("….com.au"), or writes "US$" for the US dollar: then it is that
         * site's dollar, or that of the first dollar state other than the US the brief names.
         */
        private String bareDollar() {
            if (bareDollar == null) {
                bareDollar = readBareDollar();
            }
            return bareDollar;
        }

        private String readBareDollar() {
            List<Currency> dollars = byWord.get("dollar").stream().filter(currency -> !currency.code().equals("usd")).toList();
            String domain = topLevelDomain(source);
            for (Currency dollar : dollars) {
                if (!domain.isEmpty() && dollar.domain().equals(domain)) {
                    return dollar.code();
                }
            }
            boolean writesUsDollars = t.stream().anyMatch(token -> token.is("US$") || token.is("USD"));
            if (writesUsDollars) {
                return statesNamed(t, 0, t.size(), dollars).keySet().stream().findFirst().orElse("usd");
            }
            return "usd";
        }
    }

    /** "au" for "https://www.sheppnews.com.au/world/…"; empty if the source is no web address. */
    private static String topLevelDomain(String source) {
        if (source == null || !source.contains("://")) {
            return "";
        }
        String host = source.substring(source.indexOf("://") + 3).split("[/:?#]", 2)[0];
        return host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private List<Currency> wordsOf(Token token) {
        List<Currency> byCode = isCode(token.text()) ? byWord.get(token.text()) : null;
        return byCode != null ? byCode : byWord.get(token.lower());
    }

    private Named named(List<Token> t, int at, int first, int end, Map<String, String> briefChoices) {
        PhraseIndex.Match<Surface> state = stateAt(t, at, end - 1);
        List<Currency> afterState = state == null ? null : wordsOf(t.get(state.end()));
        if (afterState != null) {
            // "12 billion Kenyan shillings", "3 trillion Iraqi dinars".
            String iso3 = state.value().actor().iso3();
            List<Currency> qualified = afterState.stream().filter(currency -> currency.states().contains(iso3)).toList();
            if (!qualified.isEmpty()) {
                String form = joined(t, at, state.end() + 1).toLowerCase(Locale.ROOT);
                return new Named(choose(form, qualified, t, first, end, briefChoices), state.end() + 1);
            }
        }
        for (int length = Math.min(longestQualifier, end - at - 1); length >= 1; length--) {
            List<Currency> candidates = wordsOf(t.get(at + length));
            if (candidates == null || !t.get(at + length - 1).isWord()) {
                continue;
            }
            // "Hong Kong dollars", "CFA francs": words other than a state's name that name the currency.
            String qualifier = joined(t, at, at + length);
            List<Currency> qualified = candidates.stream().filter(currency -> currency.qualifiers().contains(qualifier)).toList();
            if (!qualified.isEmpty()) {
                String form = qualifier + " " + t.get(at + length).lower();
                return new Named(choose(form, qualified, t, first, end, briefChoices), at + length + 1);
            }
        }
        List<Currency> candidates = at < end ? wordsOf(t.get(at)) : null;
        return candidates == null ? null : new Named(choose(t.get(at).lower(), candidates, t, first, end, briefChoices), at + 1);
    }

    /**
     * One of the currencies that share a sign or word: the one that usually means it ("dollars"
     * are US dollars), else that of the first state the sentence names, else that of the first
     * state the brief names, else the first listed.
     */
    private String choose(String form, List<Currency> candidates, List<Token> t, int first, int end,
            Map<String, String> briefChoices) {
        if (candidates.size() == 1) {
            return candidates.get(0).code();
        }
        for (Currency currency : candidates) {
            if (currency.usualForms().contains(form)) {
                return currency.code();
            }
        }
        Map<String, Integer> named = statesNamed(t, first, end, candidates);
        if (!named.isEmpty()) {
            return named.keySet().iterator().next();
        }
        // The brief's first state is what it is about ("Pakistan hikes defense budget … conflict with India").
        return briefChoices.computeIfAbsent(form, key -> statesNamed(t, 0, t.size(), candidates).keySet().stream()
                .findFirst().orElse(candidates.get(0).code()));
    }

    /** The candidates' codes by how often their states are named in the tokens, in the order first named. */
    private Map<String, Integer> statesNamed(List<Token> t, int from, int to, List<Currency> candidates) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> states = new HashSet<>();
        candidates.forEach(currency -> states.addAll(currency.states()));
        for (int i = from; i < to; i++) {
            if (!t.get(i).isCapitalised()) {
                continue;
            }
            PhraseIndex.Match<Surface> state = stateAt(t, i, to);
            if (state == null) {
                continue;
            }
            String iso3 = state.value().actor().iso3();
            if (states.contains(iso3)) {
                String code = candidates.stream().filter(currency -> currency.states().contains(iso3)).findFirst()
                        .orElseThrow().code();
                counts.merge(code, 1, Integer::sum);
            }
            i = state.end() - 1;
        }
        return counts;
    }

    /** The tokens' text as written, with one space wherever the text has space between them. */
    private static String joined(List<Token> t, int from, int to) {
        StringBuilder text = new StringBuilder(t.get(from).text());
        for (int i = from + 1; i < to; i++) {
            if (t.get(i).start() > t.get(i - 1).end()) {
                text.append(' ');
            }
            text.append(t.get(i).text());
        }
        return text.toString();
    }
}
