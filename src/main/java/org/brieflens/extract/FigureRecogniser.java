package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.brieflens.model.Unit;
import org.brieflens.model.UnitKind;

/**
 * Recognises the figures of each sentence: money with its currency and scale ("$5 billion",
 * "¥8.7 trillion", "A$50 million", "$1.2bn", "20 trillion won", "half a trillion yen", "a
 * quarter-billion-dollar package"), percentages, multiples ("tripled", "more than double"),
 * distances and other measures ("30 nautical miles", "1,600-kilometer"), target years ("by 2030")
 * and counts in digits or words ("at least seven warships"). A year is not a count; hull numbers
 * and designations ("DDG-62", "LCS 16", "24-2", "Article 5"), dates ("Oct. 31", "June 27"), clock
 * times and durations of a schedule ("three-day exercise") are not figures. "Since 2020" dates
 * the figures of its sentence as their baseline; "up from X" makes X the previous value.
 */
final class FigureRecogniser {
    /** Marks before a figure that end the words saying what it measures. */
    private static final Set<String> MEASURE_BOUNDARIES = Set.of(",", "(", "—", "–", ":", ";", "•");
    static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec");
    private static final Set<String> TIME_UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "year",
            "years", "hour", "hours", "minute", "minutes", "decade", "decades", "century", "centuries", "times",
            "o'clock");
    /** Words after a clock time, in lower case: "10 a.m.", "12 PM ET", "0125 GMT". */
    private static final Set<String> CLOCK_WORDS = Set.of("a.m.", "p.m.", "am", "pm", "gmt", "utc", "hrs");
    /** Time units that make a number a duration of a schedule, not a count: "for 8 Hours", "a minimum of five weeks". */
    private static final Set<String> SHORT_TIME_UNITS = Set.of("day", "days", "week", "weeks", "hour", "hours",
            "minute", "minutes", "month", "months");
    private static final Map<String, String> MEASURE_UNITS = Map.ofEntries(Map.entry("km", "km"),
            Map.entry("kilometer", "km"), Map.entry("kilometers", "km"), Map.entry("kilometre", "km"),
            Map.entry("kilometres", "km"), Map.entry("mile", "mile"), Map.entry("miles", "mile"),
            Map.entry("ton", "ton"), Map.entry("tons", "ton"), Map.entry("tonne", "ton"), Map.entry("tonnes", "ton"),
            Map.entry("meter", "m"), Map.entry("meters", "m"), Map.entry("metre", "m"),
            Map.entry("metres", "m"), Map.entry("kg", "kg"), Map.entry("kilogram", "kg"), Map.entry("kilograms", "kg"),
            Map.entry("foot", "ft"), Map.entry("feet", "ft"), Map.entry("ft", "ft"), Map.entry("knot", "knot"),
            Map.entry("knots", "knot"), Map.entry("hectare", "hectare"), Map.entry("hectares", "hectare"),
            Map.entry("kph", "km_per_hour"), Map.entry("mph", "mile_per_hour"), Map.entry("lb", "lb"),
            Map.entry("lbs", "lb"), Map.entry("pounds", "lb"));
    /** Units whose area ("square kilometres") or speed ("km/h", "miles per hour") has a code of its own. */
    private static final Map<String, String> SQUARE_UNITS = Map.of("km", "square_km", "mile", "square_mile", "m", "sqm");
    private static final Map<String, String> SPEED_UNITS = Map.of("km", "km_per_hour", "mile", "mile_per_hour");
    /** Words after a count and a hyphen that describe what is counted: "1,500-strong", "15-member", "11-nation". */
    private static final Set<String> STRENGTH_WORDS = Set.of("strong", "member", "nation", "person", "man", "ship",
            "vessel", "boat", "jet", "aircraft", "plane", "bed", "country", "truck", "vehicle", "tank");
    /**
     * Units of a calibre, besides the measures read as figures, written as an adjective between a
     * count and its noun: "155-mm".
     */
    private static final Set<String> CALIBRE_ADJECTIVES = Set.of("mm", "millimetre", "millimeter");
    /** Words before "of" and a number that are no noun the number amounts to: "each of 12", "out of 20". */
    private static final Set<String> NOT_AMOUNTED = Set.of("each", "all", "some", "most", "any", "none", "both",
            "many", "few", "several", "one", "part", "out", "because", "instead", "ahead", "top", "front", "end",
            "first", "last", "rest", "consisting", "made", "comprised", "composed", "age", "aged", "list", "number");
    /** Nouns of actors that a small count in words counts among those named: "two countries", "three navies". */
    private static final Set<String> ACTOR_NOUNS = Set.of("countries", "nations", "states", "governments", "sides",
            "neighbours", "neighbors", "allies", "partners", "powers", "capitals", "rivals",
            "navies", "militaries", "armies", "leaders", "ministers", "counterparts", "presidents", "premiers");
    /** Verbs before a count that make it state how many: "Afghanistan, Belarus, Iran and Mongolia are four observer states". */
    private static final Set<String> COPULAS = Set.of("are", "were", "is", "was");
    /** Up to how many actors a count in words may count: "four countries", not "ten nations". */
    private static final int MAX_ACTORS_COUNTED = 4;
    /** Words after a length that say which dimension it is: "27 metre long". */
    private static final Set<String> DIMENSIONS = Set.of("long", "wide", "high", "tall", "deep");
    /** Words between the two numbers of a range: "60 to 80", "200-300", "between 1,500 and 2,000". */
    private static final Set<String> RANGE_JOINERS = Set.of("to", "-", "–", "and");
    /** A range's first number is read from its second, a little less surely. */
    private static final double RANGE_CONFIDENCE = 0.9;
    private static final Map<String, Double> MULTIPLES = Map.ofEntries(Map.entry("doubled", 2.0),
            Map.entry("tripled", 3.0), Map.entry("trebled", 3.0), Map.entry("quadrupled", 4.0),
            Map.entry("quintupled", 5.0), Map.entry("halved", 0.5), Map.entry("twofold", 2.0),
            Map.entry("threefold", 3.0), Map.entry("fourfold", 4.0), Map.entry("fivefold", 5.0),
            Map.entry("tenfold", 10.0), Map.entry("doubles", 2.0), Map.entry("triples", 3.0),
            Map.entry("trebles", 3.0), Map.entry("quadruples", 4.0), Map.entry("doubling", 2.0),
            Map.entry("tripling", 3.0), Map.entry("quadrupling", 4.0));
    /** "double" and "triple" are multiples only as verbs: after a qualifier or "to", before an object. */
    private static final Map<String, Double> MULTIPLE_VERBS = Map.of("double", 2.0, "triple", 3.0, "quadruple", 4.0);
    private static final List<List<String>> QUALIFIERS = List.of(List.of("at", "least"), List.of("more", "than"),
            List.of("fewer", "than"), List.of("less", "than"), List.of("up", "to"), List.of("as", "many", "as"),
            List.of("an", "estimated"), List.of("at", "most"), List.of("over"), List.of("nearly"), List.of("almost"),
            List.of("about"), List.of("around"), List.of("some"), List.of("approximately"), List.of("roughly"),
            List.of("under"));
    private static final Set<String> QUALIFIER_ENDS = QUALIFIERS.stream().map(words -> words.get(words.size() - 1))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "a", "an", "our");
    private static final Set<String> PARTITIVE_DETERMINERS = Set.of("the", "its", "their", "these", "those");
    private static final Set<String> ANAPHORIC_DETERMINERS = Set.of("the", "these", "those", "their", "its", "our",
            "his", "her");
    /** Capitalised words that may stand before a number without making it a designation ("In 2020"). */
    private static final Set<String> PLAIN_BEFORE_NUMBER = Set.of("In", "By", "Some", "About", "Around", "Over",
            "Nearly", "Almost", "Only", "Just", "At", "With", "Of", "For", "From", "To", "Up", "More", "Less", "All",
            "The", "These", "Those", "And", "But", "Since", "Until", "Than", "Another", "Approximately", "Roughly",
            "Exactly", "Under", "Fewer", "Its", "Their", "Our", "His", "Her", "Each", "An", "Altogether", "Overall",
            "Perhaps");
    static final Set<String> STOP_WORDS = Set.of("and", "or", "but", "in", "on", "at", "to", "from", "with",
            "for", "by", "of", "under", "over", "that", "which", "who", "will", "would", "could", "should", "can",
            "may", "might", "is", "are", "was", "were", "have", "has", "had", "be", "been", "as", "than", "including",
            "during", "into", "since", "per", "while", "after", "before", "view", "views", "said", "says", "say",
            "the", "a", "an", "its", "their", "this", "these", "those", "up", "down", "now", "amid", "against",
            "through", "across", "according", "until", "within", "when", "where", "if", "because", "so", "not");
    private static final int MAX_MEASURE_WORDS = 6;
    private static final int THOUSAND = 1000;
    /** Words before a second amount of what was just counted: "2,500 troops in Iraq and 900 in Syria". */
    private static final Set<String> ALONGSIDE_WORDS = Set.of("and", "while", "whereas", "but");
    private static final Set<String> POSSESSING_VERBS = Set.of("has", "have", "had");
    private static final double HUNDRED_PERCENT = 100;
    /** Shares written as words, as parts of a hundred: "a fifth of", "two-thirds of". */
    private static final Map<String, Double> SHARE_WORDS = Map.of("half", 50.0, "third", 100 / 3.0, "quarter", 25.0,
            "fifth", 20.0, "tenth", 10.0);
    /** Counts below this are too common to be taken for the same count where they recur. */
    private static final int FEW = 10;
    /** Currency words that are also English words: "won", "pound", "sol". */
    private static final Set<String> AMBIGUOUS_CURRENCY_WORDS = Set.of("won", "dong", "pound", "sol", "rand");
    /** How many sentences after a sum of money a bare scaled number is still read in its currency. */
    private static final int CURRENCY_REACH = 2;
    /** Words after a bare scaled number that show it is no count of a noun: "30 billion more", "2 billion in aid". */
    private static final Set<String> CURRENCY_CONTINUATIONS = Set.of("more", "less", "than", "in", "on", "for", "from",
            "to", "by", "per", "a", "this", "that", "last", "next", "each", "annually", "yearly", "over", "of");
    /** Verbs with two objects, the first a name: "sell Taiwan 250 missiles", "sent Ukraine 31 tanks". */
    private static final Set<String> GIVING_VERBS = Set.of("sell", "sells", "sold", "selling", "give", "gives", "gave",
            "given", "giving", "send", "sends", "sent", "sending", "offer", "offers", "offered", "offering", "supply",
            "supplies", "supplied", "provide", "provides", "provided", "deliver", "delivered", "lend", "lent", "grant",
            "granted", "hand", "handed", "promise", "promised", "owe", "owes", "owed");
    /** Nouns that are their own plural: "12 aircraft". */
    private static final Set<String> OWN_PLURALS = Set.of("aircraft", "personnel", "crew", "staff", "people", "police",
            "artillery", "materiel", "equipment", "military");
    /** Capitalised words that number what follows them, in a headline too: "Type 26", "Block 70". */
    private static final Set<String> NUMBERING_WORDS = Set.of("Type", "Block", "Class", "Mark", "Model", "Flight",
            "Batch", "Tranche", "Phase", "Resolution", "Article", "Chapter", "Section", "Route", "Hull", "Unit",
            "Group", "Squadron", "Fleet", "Division", "Brigade", "Corps", "Army", "Regiment", "Battalion", "Base",
            "Camp", "Station", "Site", "Zone", "Sector", "Area", "Line", "Pier", "Berth", "Highway", "Road", "Gate",
            "Exercise", "Operation", "Summit", "Forum", "Dialogue", "Talks", "Week", "Day", "Year", "Budget");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:[A-Z]\\.){2,3}");
    /** Words after "twice" that make it a rate, not a count: "twice a year", "twice weekly". */
    private static final Set<String> FREQUENCY_AFTER = Set.of("a", "per", "each", "every", "daily", "weekly", "monthly",
            "yearly", "annually");
    private static final Set<String> MULTIPLE_AFTER_TIMES = Set.of("as", "the", "more", "larger", "higher", "bigger",
            "greater", "than", "that", "what", "its", "their");
    /** Words before a noun that a number is brought to: "the fleet to 60", "its army to 500,000". */
    private static final Set<String> OWNERS = Set.of("the", "its", "their", "our");

    /** "tripled", "doubled": a word that states a multiple by itself. */
    static boolean isMultipleWord(String lower) {
        return MULTIPLES.containsKey(lower);
    }

    /** How this brief's sums name their currencies. */
    private Currencies.InBrief currencies;
    /** The last count of a noun, whose noun a bare number just after may count again. */
    private FigureDraft lastCount;
    /** The last sentence that counted actors it names ("two countries"), which "since 2019" then dates. */
    private int actorsCountedIn = -1;
    /** The currency of the last sum of money, and its sentence: a bare "30 billion" soon after is in it. */
    private Unit lastCurrency;
    private int lastMoneySentence;

    private static final Set<String> PRONOUNS = Set.of("it", "them", "this", "that", "these", "those");
    /** Every word of a qualifier: "about", "at least", "more than", "an estimated". */
    private static final Set<String> QUALIFIER_WORDS = QUALIFIERS.stream().flatMap(List::stream).collect(Collectors.toUnmodifiableSet());

    List<FigureDraft> recognise(TokenizedBrief tokens) {
        currencies = Currencies.in(tokens);
        List<FigureDraft> figures = new ArrayList<>();
        for (int s = 0; s < tokens.sentenceCount(); s++) {
            figures.addAll(inSentence(tokens, s));
        }
        return figures;
    }

    private List<FigureDraft> inSentence(TokenizedBrief brief, int sentence) {
        List<Token> t = brief.tokens();
        int first = brief.firstOf(sentence);
        int end = brief.endOf(sentence);
        List<FigureDraft> found = new ArrayList<>();
        Integer sinceYear = null;
        int sinceAt = -1;
        Integer contextYear = null;
        int i = first;
        while (i < end) {
            Token token = t.get(i);
            if (isYear(token)) {
                String before = i > first ? t.get(i - 1).lower() : "";
                if (before.equals("by") || before.equals("until") || before.equals("before")) {
                    FigureDraft year = new FigureDraft(sentence, i - 1, i + 1, Double.parseDouble(token.text()),
                            Unit.YEAR, before, "target-year", 0.8, false);
                    year.measure = measureBefore(brief, i - 1, first);
                    found.add(year);
                } else if (before.equals("since")) {
                    sinceYear = Integer.parseInt(token.text());
                    sinceAt = i;
                } else if (contextYear == null) {
                    contextYear = Integer.parseInt(token.text());
                }
                i++;
                continue;
            }
            FigureDraft figure = money(brief, i, first, end, sentence);
            if (figure == null) {
                figure = percent(brief, i, first, end, sentence);
            }
            if (figure == null) {
                figure = shareInWords(brief, i, first, end, sentence);
            }
            if (figure == null) {
                figure = multiple(brief, i, first, end, sentence);
            }
            if (figure == null) {
                figure = measureUnit(brief, i, first, end, sentence);
            }
            if (figure == null) {
                figure = count(brief, i, first, end, sentence);
            }
            if (figure == null) {
                i++;
            } else {
                if (figure.unit.kind() == UnitKind.CURRENCY) {
                    lastCurrency = figure.unit;
                    lastMoneySentence = sentence;
                }
                found.add(figure);
                i = Math.max(figure.end, i + 1);
            }
        }
        if (sinceAt >= 0 && actorsCountedIn != sentence && found.stream().noneMatch(figure -> !figure.unit.equals(Unit.YEAR))) {
            // "has held drills with NATO since 2015": with nothing to date, the year is the claim.
            FigureDraft since = new FigureDraft(sentence, sinceAt - 1, sinceAt + 1, sinceYear, Unit.YEAR, "since",
                    "since-year", 0.7, false);
            since.measure = measureBefore(brief, sinceAt - 1, first);
            found.add(since);
        }
        found.addAll(rangeStarts(brief, found, first, sentence));
        if (TitleCase.isHeadline(t, first, end)) {
            found.forEach(figure -> figure.inHeadline = true);
        } else if (isHeadlineLine(brief, sentence, first, end)) {
            // A headline in sentence case: its sums and shares are told again below; "two" of its
            // counts is too common a number to be sure of.
            found.stream().filter(figure -> figure.unit.kind() != UnitKind.COUNT || figure.value >= FEW)
                    .forEach(figure -> figure.inHeadline = true);
        }
        attachContext(brief, found, first, end, sinceYear, contextYear);
        return found;
    }

    /**
     * "between 1,500 and 2,000 troops", "60 to 80 F-16 warplanes", "two to three hundred tanks":
     * the first number of a range counts what the second counts, in its unit and scale.
     */
    private static List<FigureDraft> rangeStarts(TokenizedBrief brief, List<FigureDraft> found, int first, int sentence) {
        List<Token> t = brief.tokens();
        List<FigureDraft> starts = new ArrayList<>();
        for (FigureDraft high : found) {
            boolean ranged = high.unit.equals(Unit.COUNT) || high.unit.equals(Unit.PERCENT) || MEASURE_UNITS.containsValue(high.unit.code());
            int joiner = high.first - 1;
            int low = joiner - 1;
            if (!ranged || high.qualifier != null || low < first || !RANGE_JOINERS.contains(t.get(joiner).text())) {
                continue;
            }
            boolean between = t.get(joiner).is("and");
            if (between && (low - 1 < first || !t.get(low - 1).is("between"))) {
                continue;
            }
            Token number = t.get(low);
            boolean numeral = number.isNumber() || NumberReader.isWordNumber(number);
            int taken = low;
            if (!numeral || found.stream().anyMatch(other -> other.first <= taken && taken < other.end)) {
                continue;
            }
            NumberReader.Read highRead = NumberReader.scaled(t, high.first, high.first + 1);
            NumberReader.Read lowRead = NumberReader.scaled(t, low, low + 1);
            if (highRead == null || lowRead == null || highRead.value() == 0) {
                continue;
            }
            // "two to three hundred": the scale written once serves both.
            double scale = high.value / highRead.value();
            double value = scale > 1 ? lowRead.value() * scale : lowRead.value();
            if (value >= high.value) {
                continue;
            }
            FigureDraft start = new FigureDraft(sentence, between ? low - 1 : low, low + 1, value, high.unit,
                    between ? "between" : null, "range-start", high.confidence * RANGE_CONFIDENCE, false);
            start.measure = high.measure;
            start.measureEnd = high.measureEnd;
            starts.add(start);
        }
        return starts;
    }

    static boolean isYear(Token token) {
        if (!token.isNumber() || token.text().length() != 4 || !NumberReader.isPlainInteger(token.text())) {
            return false;
        }
        int value = Integer.parseInt(token.text());
        return value >= 1800 && value <= 2199;
    }

    private FigureDraft money(TokenizedBrief brief, int i, int first, int end, int sentence) {
        List<Token> t = brief.tokens();
        Token token = t.get(i);
        String[] qualifier = qualifierBefore(t, i, first);
        String qualifierText = qualifier == null ? null : qualifier[1];
        String sign = currencies.ofSign(i, first, end);
        // "Rs. 5,000 crore": a sign written as a word may end in a full stop; "AUD $55 billion": a
        // code may stand before the sign it makes plain.
        boolean stopOrSign = i + 2 < end && (t.get(i + 1).is(".") || Currencies.isCodeSign(token.text())
                && Currencies.isSign(t.get(i + 1).text()));
        int numberAt = sign != null && token.isWord() && stopOrSign ? i + 2 : i + 1;
        if (sign != null && numberAt < end && t.get(numberAt).isNumber()) {
            NumberReader.Read read = NumberReader.scaled(t, numberAt, end);
            return describe(brief, new FigureDraft(sentence, i, read.end(), read.value() * scaleOfRangeEnd(t, read, end),
                    new Unit(sign), qualifierText, "money-sign", 0.95, false), first, end);
        }
        Double fraction = NumberReader.fractionOf(token);
        // "half a trillion yen"
        String halfOf = fraction != null && i + 3 < end && t.get(i + 1).is("a") && NumberReader.scaleOf(t.get(i + 2)) != null
                ? currencyWord(t, i + 3, first, end) : null;
        if (halfOf != null) {
            double value = fraction * NumberReader.scaleOf(t.get(i + 2));
            return describe(brief, new FigureDraft(sentence, i, i + 4, value, new Unit(halfOf), qualifierText, "money-words",
                    0.85, false), first, end);
        }
        // "a quarter-billion-dollar package", "a billion-dollar deal"
        int scaleAt = fraction != null && i + 2 < end && t.get(i + 1).is("-") ? i + 2 : i;
        String compound = (fraction != null || t.get(i - 1 >= first ? i - 1 : i).is("a")) && scaleAt + 2 < end
                && NumberReader.scaleOf(t.get(scaleAt)) != null && t.get(scaleAt).text().length() > 2
                && t.get(scaleAt + 1).is("-") ? currencyWord(t, scaleAt + 2, first, end) : null;
        if (compound != null) {
            double value = (fraction == null ? 1 : fraction) * NumberReader.scaleOf(t.get(scaleAt));
            return describe(brief, new FigureDraft(sentence, i, scaleAt + 3, value, new Unit(compound), qualifierText,
                    "money-compound", 0.8, false), first, end);
        }
        if (!NumberReader.startsNumber(t, i, end) || token.isNumber() && isDesignationOrDate(t, i, first, end)) {
            return null;
        }
        NumberReader.Read read = NumberReader.scaled(t, i, end);
        if (read == null || read.end() >= end) {
            return null;
        }
        boolean scaled = read.end() > NumberReader.plain(t, i, end).end();
        int wordAt = read.end();
        String compoundWord = scaled && wordAt + 1 < end && t.get(wordAt).is("-") && t.get(wordAt).start() == t.get(wordAt - 1).end()
                ? currencyWord(t, wordAt + 1, first, end) : null;
        if (compoundWord != null) {
            // "a 9-billion-shekel package", "a 50-trillion-won budget".
            return describe(brief, new FigureDraft(sentence, i, wordAt + 2, read.value(), new Unit(compoundWord), qualifierText,
                    "money-compound", 0.8, false), first, end);
        }
        Currencies.Named named = currencies.afterAmount(wordAt, first, end);
        if (named != null && !scaled && t.get(wordAt).lower().startsWith("pound") && named.end() < end
                && t.get(named.end()).is("of")) {
            // "170,000 pounds of cargo": a weight, which the measures read.
            return null;
        }
        String currency = named == null ? null : named.code();
        // "405,700 won": a sum in the thousands is no verb's object, and "20 SAR helicopters" are no riyals.
        boolean ambiguousWord = (AMBIGUOUS_CURRENCY_WORDS.contains(t.get(wordAt).lower())
                || Currencies.isCodeSign(t.get(wordAt).text())) && read.value() < THOUSAND;
        if (currency == null && scaled && lastCurrency != null && sentence - lastMoneySentence <= CURRENCY_REACH
                && (!t.get(wordAt).isWord() || CURRENCY_CONTINUATIONS.contains(t.get(wordAt).lower()))) {
            // "at least €85 billion from 2028. That's 30 billion more than today": the sum just named sets the currency.
            return describe(brief, new FigureDraft(sentence, i, read.end(), read.value(), lastCurrency, qualifierText,
                    "money-carried", 0.7, false), first, end);
        }
        if (currency == null || ambiguousWord && !scaled) {
            return null;
        }
        return describe(brief, new FigureDraft(sentence, i, named.end(), read.value(), new Unit(currency), qualifierText,
                "money-words", 0.9, false), first, end);
    }

    /**
     * "$300–$600 million": the scale a range's second sum is written with, which its first sum,
     * written without one, shares; 1 where the sum is no such first sum.
     */
    private static double scaleOfRangeEnd(List<Token> t, NumberReader.Read low, int end) {
        int joiner = low.end();
        if (NumberReader.plain(t, low.first(), end).end() != joiner || joiner + 1 >= end
                || !(t.get(joiner).is("-") || t.get(joiner).is("–") || t.get(joiner).is("to"))) {
            return 1;
        }
        int highAt = t.get(joiner + 1).text().equals(t.get(low.first() - 1).text()) ? joiner + 2 : joiner + 1;
        if (highAt >= end || !t.get(highAt).isNumber()) {
            return 1;
        }
        NumberReader.Read high = NumberReader.scaled(t, highAt, end);
        double plainHigh = NumberReader.plain(t, highAt, end).value();
        return high.end() > highAt + 1 && plainHigh > low.value() ? high.value() / plainHigh : 1;
    }

    /** The currency a single word at {@code at} names ("yen", "dollar"), or null. */
    private String currencyWord(List<Token> t, int at, int first, int end) {
        Currencies.Named named = currencies.afterAmount(at, first, end);
        return named != null && named.end() == at + 1 ? named.code() : null;
    }

    private FigureDraft percent(TokenizedBrief brief, int i, int first, int end, int sentence) {
        List<Token> t = brief.tokens();
        NumberReader.Read number = t.get(i).isNumber() || NumberReader.isWordNumber(t.get(i)) ? NumberReader.plain(t, i, end)
                : null;
        if (number == null || number.end() >= end) {
            return null;
        }
        int after = number.end();
        int percentEnd;
        if (t.get(after).is("%") || t.get(after).isIgnoringCase("percent")) {
            percentEnd = after + 1;
        } else if (after + 1 < end && t.get(after).is("per") && t.get(after + 1).is("cent")) {
            percentEnd = after + 2;
        } else {
            return null;
        }
        String[] qualifier = qualifierBefore(t, i, first);
        double value = number.value();
        int labelStart = i;
        if (isMinusSign(t, i, first)) {
            // "Algeria (-73%)": a change written with its sign.
            value = -value;
            labelStart = i - 1;
        }
        // "the 5% target": a share named before, said again.
        boolean anaphoric = qualifier == null && labelStart == i && i > first && t.get(i).isNumber()
                && ANAPHORIC_DETERMINERS.contains(t.get(i - 1).lower());
        return describe(brief, new FigureDraft(sentence, labelStart, percentEnd, value,
                Unit.PERCENT, qualifier == null ? null : qualifier[1], "percent", 0.95, anaphoric), first, end);
    }

    /**
     * "a fifth of the world's oil", "two-thirds of the budget", "one in eight children": a share
     * written in words, as a percentage.
     */
    private FigureDraft shareInWords(TokenizedBrief brief, int i, int first, int end, int sentence) {
        List<Token> t = brief.tokens();
        Token token = t.get(i);
        Double share = null;
        int shareEnd = i + 2;
        if ((token.is("one") || token.is("One") || token.is("1")) && i + 2 < end && t.get(i + 1).is("in")) {
            NumberReader.Read of = NumberReader.plain(t, i + 2, end);
            if (of != null && of.value() >= 2 && of.end() == i + 3) {
                share = HUNDRED_PERCENT / of.value();
                shareEnd = i + 3;
            }
        } else if ((token.isIgnoringCase("a") || token.isIgnoringCase("one")) && i + 2 < end && t.get(i + 2).is("of")) {
            share = SHARE_WORDS.get(t.get(i + 1).lower());
        } else if (i + 3 < end && t.get(i + 1).is("-") && t.get(i + 3).is("of") && NumberReader.isWordNumber(token)) {
            // "two-thirds of".
            Double part = SHARE_WORDS.get(t.get(i + 2).lower().replaceAll("s$", ""));
            Integer count = NumberReader.plain(t, i, i + 1) == null ? null : (int) NumberReader.plain(t, i, i + 1).value();
            share = part == null || count == null ? null : part * count;
            shareEnd = i + 3;
        }
        if (share == null) {
            return null;
        }
        String[] qualifier = qualifierBefore(t, i, first);
        int labelStart = qualifier == null ? i : Integer.parseInt(qualifier[0]);
        return describe(brief, new FigureDraft(sentence, labelStart, shareEnd, Math.round(share * 10) / 10.0, Unit.PERCENT,
                qualifier == null ? null : qualifier[1], "share-words", 0.8, false), first, end);
    }

    /** The brief's first line when it stands alone without a full stop: its headline, in any case. */
    private static boolean isHeadlineLine(TokenizedBrief brief, int sentence, int first, int end) {
        if (sentence != 0 || end <= first || brief.token(end - 1).is(".")) {
            return false;
        }
        String text = brief.brief().text();
        int after = brief.brief().sentences().get(0).end();
        return after >= text.length() || text.charAt(after) == '\n' || text.charAt(after) == '\r';
    }

    /** A minus glued to the number and not to what is before it, so no range or compound: "(-73%)". */
    private static boolean isMinusSign(List<Token> t, int i, int first) {
        if (i == first || !(t.get(i - 1).is("-") || t.get(i - 1).is("\u2212")) || t.get(i - 1).end() != t.get(i).start()) {
            return false;
        }
        return i - 1 == first || t.get(i - 2).is("(") || t.get(i - 2).end() < t.get(i - 1).start();
    }

    private FigureDraft multiple(TokenizedBrief brief, int i, int first, int end, int sentence) {
        List<Token> t = brief.tokens();
        Token token = t.get(i);
        String[] qualifier = qualifierBefore(t, i, first);
        int labelStart = qualifier == null ? i : Integer.parseInt(qualifier[0]);
        String qualifierText = qualifier == null ? null : qualifier[1];
        // "doubling down on its claims" is no multiple.
        Double value = i + 1 < end && t.get(i + 1).is("down") ? null : MULTIPLES.get(token.lower());
        if (value == null && MULTIPLE_VERBS.containsKey(token.lower())) {
            // "doubled to", "more than double", "triple the number in 2022".
            boolean verb = qualifier != null || i > first && t.get(i - 1).is("to") || i + 1 < end && t.get(i + 1).is("the");
            boolean hyphenated = i + 1 < end && t.get(i + 1).is("-");
            value = verb && !hyphenated ? MULTIPLE_VERBS.get(token.lower()) : null;
        }
        if (value != null) {
            return describe(brief, new FigureDraft(sentence, labelStart, i + 1, value, Unit.MULTIPLE, qualifierText,
                    "multiple", 0.85, false), first, end);
        }
        // "three times as many", "twice the size"
        if (token.lower().equals("twice") && i + 1 < end && (t.get(i + 1).is("as") || t.get(i + 1).is("the"))) {
            return describe(brief, new FigureDraft(sentence, labelStart, i + 1, 2, Unit.MULTIPLE, qualifierText,
                    "multiple", 0.75, false), first, end);
        }
        if (token.lower().equals("twice") && !(i + 1 < end && FREQUENCY_AFTER.contains(t.get(i + 1).lower()))) {
            // "twice entered South Korean airspace", "harassed drones twice": how often it happened.
            FigureDraft occurrences = new FigureDraft(sentence, i, i + 1, 2, Unit.COUNT, null, "count-times", 0.7, false);
            occurrences.measure = measureBefore(brief, i, first);
            return occurrences;
        }
        NumberReader.Read read = NumberReader.plain(t, i, end);
        if (read != null && read.end() + 1 < end && t.get(read.end()).is("times")
                && Set.of("as", "the", "more", "larger", "higher", "bigger").contains(t.get(read.end() + 1).lower())) {
            return describe(brief, new FigureDraft(sentence, labelStart, read.end() + 1, read.value(), Unit.MULTIPLE,
                    qualifierText, "multiple", 0.75, false), first, end);
        }
        return null;
    }

    private FigureDraft measureUnit(TokenizedBrief brief, int i, int first, int end, int sentence) {
        List<Token> t = brief.tokens();
        if (!NumberReader.startsNumber(t, i, end)) {
            return null;
        }
        // "over 4 million kilograms of jet fuel": a scale word may stand before the unit.
        NumberReader.Read read = NumberReader.scaled(t, i, end);
        int at = read.end();
        if (at < end && t.get(at).is("-")) {
            at++;
        }
        if (at >= end) {
            return null;
        }
        if (at + 1 < end && t.get(at).is("metric") && MEASURE_UNITS.containsKey(t.get(at + 1).lower())) {
            // "1,000 metric tons".
            at++;
        }
        boolean square = at + 1 < end && (t.get(at).is("square") || t.get(at).is("sq"));
        if (square) {
            at += t.get(at + 1).is(".") && at + 2 < end ? 2 : 1;
        }
        String unit = MEASURE_UNITS.get(t.get(at).lower());
        int unitEnd = at + 1;
        if (t.get(at).lower().equals("nautical") && at + 1 < end && t.get(at + 1).lower().startsWith("mile")) {
            unit = "nautical_mile";
            unitEnd = at + 2;
        }
        if (unit == null || square && !SQUARE_UNITS.containsKey(unit)) {
            return null;
        }
        if (!square && SQUARE_UNITS.containsKey(unit) && unitEnd < end && t.get(unitEnd).is("²")) {
            // "82,625 km²".
            square = true;
            unitEnd++;
        }
        if (square) {
            unit = SQUARE_UNITS.get(unit);
        } else if (SPEED_UNITS.containsKey(unit) && unitEnd + 1 < end
                && (t.get(unitEnd).is("/") && t.get(unitEnd + 1).isIgnoringCase("h")
                        || t.get(unitEnd).is("per") && t.get(unitEnd + 1).is("hour"))) {
            // "46 km/h", "1,200 miles per hour".
            unit = SPEED_UNITS.get(unit);
            unitEnd += 2;
        }
        String[] qualifier = qualifierBefore(t, i, first);
        return describe(brief, new FigureDraft(sentence, i, unitEnd, read.value(), new Unit(unit),
                qualifier == null ? null : qualifier[1], "measure", 0.85, false), first, end);
    }

    private FigureDraft count(TokenizedBrief brief, int i, int first, int end, int sentence) {
        List<Token> t = brief.tokens();
        Token token = t.get(i);
        boolean one = token.lower().equals("one") && CountedOne.counts(t, i, first, end);
        if (!one && (token.isNumber() ? isDesignationOrDate(t, i, first, end) : !NumberReader.startsNumber(t, i, end))) {
            return null;
        }
        boolean harmed = one && CountedOne.afterHarm(t, i, first);
        NumberReader.Read read = one ? new NumberReader.Read(1, i, i + 1) : NumberReader.scaled(t, i, end);
        if (read == null || read.end() >= end) {
            return null;
        }
        String plus = null;
        if (read.end() + 1 < end && t.get(read.end()).is("-") && t.get(read.end() + 1).is("plus")
                && t.get(read.end()).start() == t.get(read.end() - 1).end()) {
            // "the 1,100-plus soldiers": more than the number.
            read = new NumberReader.Read(read.value(), read.first(), read.end() + 2);
            plus = "more than";
        }
        int measureFirst = read.end();
        if (t.get(measureFirst).lower().equals("mm")) {
            // "155 mm shells": a calibre, no count.
            return null;
        }
        if (t.get(measureFirst).is("\"") && measureFirst + 1 < end) {
            // 'hit nine "terrorist launch sites"': the counted noun may be quoted.
            measureFirst++;
        } else if (partOfNamed(t, read.end(), end) && !token.lower().equals("one")) {
            // "58 fast response cutters, 18 of which are in service": it counts what the figure before it does.
            FigureDraft part = new FigureDraft(sentence, i, read.end(), read.value(), Unit.COUNT, null, "count-part",
                    0.75, false);
            part.measure = i - 1 > first && t.get(i - 1).is(",") ? measureBefore(brief, i - 1, first) : "";
            return part;
        } else if (partitive(t, read.end(), end) && (!token.lower().equals("one") || harmed)) {
            // "will assemble four of the jets", "the first six of 24 used F-16s": a part of a whole.
            measureFirst = read.end() + 2;
        }
        boolean strength = strength(t, read.end(), end);
        if (strength) {
            // "a 1,500-strong standby brigade", "the 15-member council": the count is of what the noun after names.
            measureFirst = read.end() + 2;
        }
        int described = afterDescribingMeasure(t, read.end(), end);
        if (described > 0) {
            measureFirst = described;
        }
        Token next = t.get(measureFirst);
        if (next.is("times") && !timesAsMultiple(t, measureFirst + 1, end) && !token.lower().equals("one")) {
            // "entered Greek airspace 27 times during the week": how often something happened.
            return occurrences(brief, i, read, first, sentence);
        }
        // "eight up-armoured Humvees": a word glued to a hyphen begins a compound, whatever it is alone.
        boolean compound = measureFirst + 1 < end && t.get(measureFirst + 1).is("-")
                && t.get(measureFirst + 1).start() == next.end();
        if (SHORT_TIME_UNITS.contains(next.lower())) {
            return null;
        }
        if (!next.isWord() && !isAbbreviation(next) || TIME_UNITS.contains(next.lower())
                || STOP_WORDS.contains(next.lower()) && !compound || MONTHS.contains(next.text())) {
            return reached(brief, i, read, first, sentence);
        }
        int measureEnd = nounPhraseEnd(t, measureFirst, end);
        if (measureEnd == read.end() || measureEnd - measureFirst <= 2 && TIME_UNITS.contains(t.get(measureEnd - 1).lower())) {
            // "for two more years", "three further months": a duration, not a count.
            return null;
        }
        boolean predicate = i > first && COPULAS.contains(t.get(i - 1).lower());
        if (!token.isNumber() && !predicate && read.value() <= MAX_ACTORS_COUNTED
                && ACTOR_NOUNS.contains(t.get(measureEnd - 1).lower())) {
            // "two countries long at odds with Beijing", "the region's two largest powers": the
            // actors the brief names, counted, not a figure; but a figure all the same for "since 2019".
            actorsCountedIn = sentence;
            return null;
        }
        String[] qualifier = qualifierBefore(t, i, first);
        int labelStart = qualifier == null ? i : Integer.parseInt(qualifier[0]);
        // "the two countries" counts what was named before; "the eight-member union" states its size.
        boolean anaphoric = qualifier == null && plus == null && !strength && i > first
                && ANAPHORIC_DETERMINERS.contains(t.get(i - 1).lower());
        String qualifierText = qualifier == null ? plus : qualifier[1];
        FigureDraft figure = new FigureDraft(sentence, labelStart, read.end(), read.value(), Unit.COUNT,
                qualifierText, "count", token.isNumber() ? 0.85 : 0.75, anaphoric);
        figure.measure = brief.textOf(measureFirst, measureEnd);
        figure.measureEnd = measureEnd;
        lastCount = figure;
        return figure;
    }

    /**
     * Whether a number with no noun of its own stands beside the count just read, as a second
     * amount of the same thing: after "and" or "while" in its sentence, or after "has" in the next.
     */
    private boolean countsAlongside(List<Token> t, int before, int first, int sentence) {
        if (before == first) {
            return false;
        }
        String word = t.get(before - 1).lower();
        return sentence == lastCount.sentence && ALONGSIDE_WORDS.contains(word)
                || sentence - lastCount.sentence <= 1 && POSSESSING_VERBS.contains(word);
    }

    /** Whether the words after "times" make it a multiple: "three times as many", "twice the size". */
    private static boolean timesAsMultiple(List<Token> t, int after, int end) {
        return after < end && MULTIPLE_AFTER_TIMES.contains(t.get(after).lower());
    }

    /** "27 times during the week": a count of occurrences, of what the clause before says happened. */
    private FigureDraft occurrences(TokenizedBrief brief, int i, NumberReader.Read read, int first, int sentence) {
        FigureDraft figure = new FigureDraft(sentence, i, read.end() + 1, read.value(), Unit.COUNT, null, "count-times",
                0.7, false);
        figure.measure = measureBefore(brief, i, first);
        return figure;
    }

    /**
     * "bringing the fleet to 60 by 2028", "raise its army to 500,000.": a number that a possessed or
     * definite noun is brought to, with no noun of its own after it, counts that noun.
     */
    private FigureDraft reached(TokenizedBrief brief, int i, NumberReader.Read read, int first, int sentence) {
        List<Token> t = brief.tokens();
        String[] qualifier = qualifierBefore(t, i, first);
        int before = qualifier == null ? i : Integer.parseInt(qualifier[0]);
        String measure;
        if (t.get(i).isNumber() && before - 3 >= first && t.get(before - 1).is("to") && t.get(before - 2).isLowerCase()
                && OWNERS.contains(t.get(before - 3).lower())) {
            measure = brief.textOf(before - 3, before - 1);
        } else if (before - 3 >= first && t.get(before - 1).is("to") && isPluralNoun(t.get(before - 2))
                && NumberReader.startsNumber(t, before - 3, before - 2)) {
            // "by 188 votes to six", "from 12 ships to 20": the second number counts what the first does.
            measure = t.get(before - 2).text();
        } else if (before - 2 >= first && t.get(before - 1).is("of") && t.get(before - 2).isLowerCase()
                && t.get(before - 2).isWord() && !STOP_WORDS.contains(t.get(before - 2).lower())
                && !NOT_AMOUNTED.contains(t.get(before - 2).lower()) && !NumberReader.isWordNumber(t.get(before - 2))) {
            // "a population of more than 120 million,", "a force of 5,000.": what a noun amounts to.
            measure = t.get(before - 2).text();
        } else if (t.get(i).isNumber() && !isYear(t.get(i)) && lastCount != null
                && (read.value() >= THOUSAND && sentence - lastCount.sentence <= 1
                        || countsAlongside(t, before, first, sentence))) {
            // "2,500 troops in Iraq and 900 in Syria", "Britain has 50 military attachés there; China has 21."
            // "an additional 20,000 shells to the previously announced 140,000": more of what was just counted.
            measure = lastCount.measure;
        } else {
            return null;
        }
        FigureDraft figure = new FigureDraft(sentence, before, read.end(), read.value(), Unit.COUNT,
                qualifier == null ? null : qualifier[1], "count-reached", 0.7, false);
        figure.measure = measure;
        return figure;
    }

    /** "U.S." in "28,500 U.S. troops": an abbreviation modifying the counted noun. */
    private static boolean isAbbreviation(Token token) {
        return token.text().length() >= 4 && token.text().endsWith(".") && ABBREVIATION.matcher(token.text()).matches();
    }

    /** Whether "-strong" or a counted noun is glued to the number and a word follows: "a 300-strong contingent", "a four-ship convoy". */
    private static boolean strength(List<Token> t, int at, int end) {
        return at + 2 < end && t.get(at).is("-") && t.get(at).start() == t.get(at - 1).end()
                && STRENGTH_WORDS.contains(t.get(at + 1).lower()) && t.get(at + 2).isWord();
    }

    /**
     * Where the counted noun starts after a measure that describes it: "57,000 155 mm shells",
     * "58 154-foot fast response cutters"; or -1.
     */
    private static int afterDescribingMeasure(List<Token> t, int at, int end) {
        if (at + 2 >= end || !t.get(at).isNumber()) {
            return -1;
        }
        if (t.get(at + 1).lower().equals("mm") && t.get(at + 2).isWord()) {
            return at + 2;
        }
        if (MEASURE_UNITS.containsKey(t.get(at + 1).lower()) && t.get(at + 2).isWord()) {
            // "two 27 metre long patrol vessels", "two 12 metre boats".
            int noun = DIMENSIONS.contains(t.get(at + 2).lower()) ? at + 3 : at + 2;
            return noun < end && t.get(noun).isWord() && !STOP_WORDS.contains(t.get(noun).lower()) ? noun : -1;
        }
        String unit = at + 2 < end ? t.get(at + 2).lower() : "";
        boolean adjective = at + 3 < end && t.get(at + 1).is("-")
                && (CALIBRE_ADJECTIVES.contains(unit) || MEASURE_UNITS.containsKey(unit));
        return adjective && t.get(at + 3).isWord() ? at + 3 : -1;
    }

    /** Whether "of" and an article or a number follow a count: "four of the jets", "24 of these aircraft", "six of 24". */
    private static boolean partitive(List<Token> t, int at, int end) {
        return at + 2 < end && t.get(at).is("of") && (PARTITIVE_DETERMINERS.contains(t.get(at + 1).lower())
                || t.get(at + 1).isNumber());
    }

    /** Whether "of which" or "of them" follows a count: a part of what was just named. */
    private static boolean partOfNamed(List<Token> t, int at, int end) {
        return at + 1 < end && t.get(at).is("of") && (t.get(at + 1).is("which") || t.get(at + 1).is("them"));
    }

    /** Hull numbers, designations, dates and clock times are numbers that are not figures. */
    private static boolean isDesignationOrDate(List<Token> t, int i, int first, int end) {
        Token token = t.get(i);
        if (i > first) {
            Token before = t.get(i - 1);
            boolean glued = before.end() == token.start();
            if (before.is("-") && glued && i - 2 >= first) {
                Token owner = t.get(i - 2);
                if (owner.end() == before.start() && (owner.isNumber() || owner.isAllCaps() || owner.isCapitalised())) {
                    return true;
                }
            }
            if (MONTHS.contains(before.text()) || before.is(".") && i - 2 >= first && MONTHS.contains(t.get(i - 2).text())) {
                return true;
            }
            if (before.isAllCaps() && !Currencies.isSign(before.text())) {
                return true;
            }
            if (before.isCapitalised() && !PLAIN_BEFORE_NUMBER.contains(before.text()) && i - 1 > first
                    && !countInTitleCase(t, i, first, end) && !countAfterObject(t, i, first, end)) {
                return true;
            }
            if (before.is("#") || before.is("No") || before.is(":") && i - 2 >= first && t.get(i - 2).isNumber()) {
                return true;
            }
        }
        if (i + 1 < end) {
            Token after = t.get(i + 1);
            if (after.is("-") && after.start() == token.end() && i + 2 < end && t.get(i + 2).isNumber()) {
                return true;
            }
            if (MONTHS.contains(after.text()) || after.is(":") && i + 2 < end && t.get(i + 2).isNumber()
                    || CLOCK_WORDS.contains(after.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Denmark Receives U.S. Permission to Sell 24 F-16s to Argentina": in a headline written in
     * title case, a capitalised word before a number is no sign of a designation, unless it is a
     * word that numbers things ("Type 26", "Block 70") or a letter ("F 35").
     */
    private static boolean countInTitleCase(List<Token> t, int i, int first, int end) {
        Token before = t.get(i - 1);
        return i + 1 < end && t.get(i + 1).isWord() && before.text().length() > 2
                && !NUMBERING_WORDS.contains(before.text()) && TitleCase.isHeadline(t, first, end);
    }

    /**
     * "agreed to sell Taiwan 250 shoulder fired missiles": a name between a verb and a number is
     * the verb's first object, not a designation, when a lowercase noun phrase follows the number.
     */
    private static boolean countAfterObject(List<Token> t, int i, int first, int end) {
        Token before = t.get(i - 1);
        Token verb = t.get(i - 2);
        return i - 2 >= first && GIVING_VERBS.contains(verb.text()) && before.text().length() > 2
                && !NUMBERING_WORDS.contains(before.text()) && i + 1 < end && t.get(i + 1).isLowerCase()
                && t.get(i + 1).isWord() && !STOP_WORDS.contains(t.get(i + 1).lower())
                && (t.get(i).is("1") || countsMany(t, i + 1, end));
    }

    /**
     * Whether the words after a number above one are what a count takes: a plural ("12 jets",
     * "24 second-hand F-16 fighters") or a word that is its own plural ("12 aircraft"), before the
     * phrase ends. "supply Arrow 3 missile defence system" names a system.
     */
    private static boolean countsMany(List<Token> t, int from, int end) {
        for (int j = from; j < Math.min(end, from + MAX_MEASURE_WORDS + 2); j++) {
            Token word = t.get(j);
            if (!word.isWord() && !word.is("-") && !word.isNumber() || STOP_WORDS.contains(word.lower())) {
                return false;
            }
            if (word.text().endsWith("s") || OWN_PLURALS.contains(word.lower())) {
                return true;
            }
        }
        return false;
    }

    /** The words after a number that it counts: "long-range Tomahawk missiles", "surface ships". */
    private static int nounPhraseEnd(List<Token> t, int from, int end) {
        int j = from;
        int words = 0;
        while (j < end && words < MAX_MEASURE_WORDS) {
            Token token = t.get(j);
            // A verb after the noun ends the phrase: "two additional squadrons arrived", "19 nations began".
            boolean verb = words > 0 && token.isLowerCase() && (token.text().endsWith("ed") || isPluralNoun(t.get(j - 1)));
            // "up-armoured": a stop word glued to a hyphen begins a compound.
            boolean compound = token.isWord() && j + 1 < end && t.get(j + 1).is("-") && t.get(j + 1).start() == token.end();
            boolean word = (token.isWord() || isAbbreviation(token)) && (!STOP_WORDS.contains(token.lower()) || compound)
                    && !verb;
            boolean innerHyphen = token.is("-") && j > from && j + 1 < end && t.get(j - 1).end() == token.start()
                    && t.get(j + 1).start() == token.end();
            boolean designationNumber = token.isNumber() && j > from && t.get(j - 1).is("-");
            if (!word && !innerHyphen && !designationNumber) {
                break;
            }
            j++;
            // "second-hand F-16 fighters": the hyphens and numbers inside words are not more words.
            if (word) {
                words++;
            }
        }
        while (j > from && t.get(j - 1).is("-")) {
            j--;
        }
        return j;
    }

    private static boolean isPluralNoun(Token token) {
        String text = token.text();
        return token.isWord() && text.length() > 3 && text.endsWith("s") && !text.endsWith("ss") && !text.endsWith("is")
                && !text.endsWith("us");
    }

    /** "at least", "more than", "up to" ... just before token {@code i}: its first token and text. */
    private static String[] qualifierBefore(List<Token> t, int i, int first) {
        if (i == first || !QUALIFIER_ENDS.contains(t.get(i - 1).lower())) {
            return null;
        }
        for (List<String> qualifier : QUALIFIERS) {
            int start = i - qualifier.size();
            if (start < first) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < qualifier.size(); k++) {
                if (!t.get(start + k).lower().equals(qualifier.get(k))) {
                    matches = false;
                    break;
                }
            }
            if (matches) {
                return new String[] {String.valueOf(start), String.join(" ", qualifier)};
            }
        }
        return null;
    }

    /** Fills in what a figure measures: "of" and the words after it, the words after it, or before it. */
    private static FigureDraft describe(TokenizedBrief brief, FigureDraft figure, int first, int end) {
        List<Token> t = brief.tokens();
        int from = figure.end;
        if (from < end && t.get(from).is(")")) {
            from++;
        }
        if (from < end && t.get(from).is("of")) {
            from++;
        }
        // "spend 1.9 trillion won on a three-axis system": what money is for.
        if (from + 1 < end && figure.unit.kind() == UnitKind.CURRENCY
                && (t.get(from).is("on") || t.get(from).is("for"))) {
            from++;
        }
        // "doubled its defence budget": the determiner opens the phrase.
        if (from + 1 < end && DETERMINERS.contains(t.get(from).lower()) && t.get(from + 1).isWord()) {
            from++;
        }
        int phraseEnd = nounPhraseEnd(t, from, end);
        if (phraseEnd > from) {
            figure.measure = brief.textOf(from, phraseEnd);
            figure.measureEnd = phraseEnd;
        } else {
            figure.measure = measureBefore(brief, figure.first, first);
        }
        while (from < end && !t.get(from).isWord()) {
            from++;
        }
        if (figure.measure.isEmpty() && from < end && !t.get(from).isNumber()) {
            // "$1.2bn in loans": no noun phrase next to it, so the words that follow say what it is
            // (but not ", 28%": punctuation and the next figure say nothing of this one).
            figure.measure = brief.textOf(from, Math.min(end, from + 3));
        }
        return figure;
    }

    private static String measureBefore(TokenizedBrief brief, int before, int first) {
        List<Token> t = brief.tokens();
        int start = before;
        // "ABU DHABI — DP World will invest $310 million": a dateline or a heading ends at its dash or colon.
        while (start > first && before - start < MAX_MEASURE_WORDS && !MEASURE_BOUNDARIES.contains(t.get(start - 1).text())) {
            start--;
        }
        while (start < before && STOP_WORDS.contains(t.get(start).lower())) {
            start++;
        }
        int stop = before;
        while (stop > start && (QUALIFIER_WORDS.contains(t.get(stop - 1).lower()) || STOP_WORDS.contains(t.get(stop - 1).lower()))) {
            // "cost Jakarta about Rp 310 billion": the qualifier belongs to the figure, not to what it measures.
            stop--;
        }
        return start < stop ? brief.textOf(start, stop) : "";
    }

    private static void attachContext(TokenizedBrief brief, List<FigureDraft> figures, int first, int end,
            Integer sinceYear, Integer contextYear) {
        List<Token> t = brief.tokens();
        for (int k = 0; k < figures.size(); k++) {
            FigureDraft figure = figures.get(k);
            if (figure.unit.equals(Unit.YEAR)) {
                continue;
            }
            figure.baselineYear = sinceYear;
            figure.year = contextYear;
            for (int j = Math.max(first, figure.first - 3); j < Math.min(end, figure.measureEnd + 2); j++) {
                String word = t.get(j).lower();
                if (word.equals("annual") || word.equals("annually") || word.equals("yearly")) {
                    figure.period = "annual";
                }
            }
            // "($19 million), 28% of it": a share of a pronoun measures what the figure before it does.
            if (k > 0 && (PRONOUNS.contains(figure.measure.toLowerCase(java.util.Locale.ROOT))
                    || figure.rule.equals("count-part"))) {
                figure.measure = figures.get(k - 1).measure;
            }
            // "61.2 trillion won ($44 billion)": the sum again in another currency measures the same.
            if (k > 0 && figure.first - 1 >= first && t.get(figure.first - 1).is("(")
                    && figures.get(k - 1).end == figure.first - 1) {
                figure.measure = figures.get(k - 1).measure;
            }
            // "a five-year ¥43 trillion program"
            if (figure.first >= first + 3 && t.get(figure.first - 1).lower().startsWith("year")
                    && t.get(figure.first - 2).is("-")) {
                figure.period = brief.textOf(figure.first - 3, figure.first);
            }
            int from = figure.first - 1;
            // "42%, up from 28%": only values that compare over time (not "troops from 19 nations").
            if (from >= first && t.get(from).is("from") && !figure.unit.equals(Unit.COUNT)) {
                for (int j = k - 1; j >= 0; j--) {
                    if (figures.get(j).unit.equals(figure.unit) && figures.get(j).previous == null) {
                        figures.get(j).previous = figure;
                        break;
                    }
                }
            }
        }
    }
}
