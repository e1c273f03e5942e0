package org.brieflens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
    private record Currency(String code, Set<String> states, Set<String> qualifiers, Set<String> usualForms) {
    }

    /** A currency named after an amount, and the end (exclusive) of the tokens that name it. */
    record Named(String code, int end) {
    }

    private final Map<String, List<Currency>> bySign;
    /** Words by their lowercase form; codes ("USD") as written, since a code may follow its amount too. */
    private final Map<String, List<Currency>> byWord;
    private final Map<String, String> stateByName;
    private final int longestName;

    private Currencies(Map<String, List<Currency>> bySign, Map<String, List<Currency>> byWord,
            Map<String, String> stateByName) {
        this.bySign = bySign;
        this.byWord = byWord;
        this.stateByName = stateByName;
        this.longestName = stateByName.keySet().stream().mapToInt(name -> name.split(" ").length).max().orElse(1);
    }

    private static Currencies load() {
        Map<String, List<Currency>> bySign = new HashMap<>();
        Map<String, List<Currency>> byWord = new HashMap<>();
        for (Map<String, String> row : TsvTable.load(FOLDER + "currencies.tsv").rows()) {
            Set<String> usual = Set.copyOf(TsvTable.list(row.get("usual")));
            Currency currency = new Currency(row.get("code"), Set.copyOf(TsvTable.list(row.get("states"))),
                    Set.copyOf(TsvTable.list(row.get("qualifiers"))), usual);
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
        return new Currencies(bySign, byWord, statesByName());
    }

    /** Every name, alias, demonym and capital of a state, without a leading "the", to its ISO code. */
    private static Map<String, String> statesByName() {
        Map<String, String> states = new HashMap<>();
        for (Map<String, String> row : TsvTable.load(FOLDER + "states.tsv").rows()) {
            List<String> names = new ArrayList<>(List.of(row.get("name")));
            for (String column : List.of("aliases", "demonyms", "capitals")) {
                names.addAll(TsvTable.list(row.get(column)));
            }
            for (String name : names) {
                states.putIfAbsent(name.startsWith("the ") ? name.substring(4) : name, row.get("iso3"));
            }
        }
        return states;
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

    /**
     * The currency the sign at {@code at} stands for ("$", "Rs", "MNT"), or null if it is none.
     * {@code briefChoices} keeps, per sign or word, the currency the brief as a whole means by it.
     */
    static String ofSign(List<Token> t, int at, int first, int end, Map<String, String> briefChoices) {
        List<Currency> candidates = STANDARD.bySign.get(t.get(at).text());
        return candidates == null ? null : STANDARD.choose(t.get(at).text(), candidates, t, first, end, briefChoices);
    }

    /**
     * The currency named from {@code at}, just after an amount: a word ("dollars"), a code
     * ("USD"), or a word after a state's name or demonym or another qualifier ("Kenyan
     * shillings", "New Taiwan dollars", "CFA francs"); or null.
     */
    static Named afterAmount(List<Token> t, int at, int first, int end, Map<String, String> briefChoices) {
        return STANDARD.named(t, at, first, end, briefChoices);
    }

    /** Whether a word after an amount may name a currency ("dollars", "USD"): the cheap test before {@link #afterAmount}. */
    static boolean isWord(Token token) {
        return STANDARD.wordsOf(token) != null;
    }

    private List<Currency> wordsOf(Token token) {
        List<Currency> byCode = isCode(token.text()) ? byWord.get(token.text()) : null;
        return byCode != null ? byCode : byWord.get(token.lower());
    }

    private Named named(List<Token> t, int at, int first, int end, Map<String, String> briefChoices) {
        for (int length = Math.min(longestName, end - at - 1); length >= 1; length--) {
            List<Currency> candidates = wordsOf(t.get(at + length));
            if (candidates == null || !t.get(at + length - 1).isWord()) {
                continue;
            }
            String qualifier = joined(t, at, at + length);
            String state = stateByName.get(qualifier);
            List<Currency> qualified = candidates.stream()
                    .filter(currency -> state != null && currency.states().contains(state) || currency.qualifiers().contains(qualifier))
                    .toList();
            if (!qualified.isEmpty()) {
                String form = qualifier + " " + t.get(at + length).lower();
                return new Named(choose(form, qualified, t, first, end, briefChoices), at + length + 1);
            }
        }
        List<Currency> candidates = at < end ? wordsOf(t.get(at)) : null;
        return candidates == null ? null : new Named(choose(t.get(at).lower(), candidates, t, first, end, briefChoices), at + 1);
    }

    /**
     * One of the currencies that share a sign or word: the one that usually means it ("$" is the
     * US dollar), else that of the first state the sentence names, else that of the state the
     * brief names most, else the first listed.
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
        return briefChoices.computeIfAbsent(form, key -> {
            Map<String, Integer> inBrief = statesNamed(t, 0, t.size(), candidates);
            return inBrief.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(candidates.get(0).code());
        });
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
            for (int length = Math.min(longestName, to - i); length >= 1; length--) {
                String state = stateByName.get(joined(t, i, i + length));
                if (state != null && states.contains(state)) {
                    String code = candidates.stream().filter(currency -> currency.states().contains(state)).findFirst()
                            .orElseThrow().code();
                    counts.merge(code, 1, Integer::sum);
                    break;
                }
            }
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
