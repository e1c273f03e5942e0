package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.brieflens.model.Figure;

class FigureRecognitionTest {

    /** The value and the measure of each figure found in {@code text}, in order. */
    private static List<Tuple> valuesAndMeasures(String text) {
        return Extracted.from(text).figures().stream().map(figure -> tuple(figure.value(), figure.measure())).toList();
    }

    private static Figure only(String text) {
        Extracted extracted = Extracted.from(text);
        assertThat(extracted.figures()).as(text).hasSize(1);
        return extracted.figures().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It approved $5 billion for ships.|$5 billion|5000000000|usd",
        "Trade worth $3.4 trillion passes.|$3.4 trillion|3400000000000|usd",
        "It lent $1.2bn to Manila.|$1.2bn|1200000000|usd",
        "It offered a quarter-billion-dollar package.|quarter-billion-dollar|250000000|usd",
        "Canberra pledged A$50 million for patrols.|A$50 million|50000000|aud",
        "Tokyo set aside ¥8.7 trillion for defence.|¥8.7 trillion|8700000000000|jpy",
        "Media put it at 20 trillion won in total.|20 trillion won|20000000000000|krw",
        "Outlays include half a trillion yen in missiles.|half a trillion yen|500000000000|jpy",
        "India cleared Rs 54,000 crore of purchases.|Rs 54,000 crore|540000000000|inr",
        "The U.S. approved a USD 2.5 billion sale.|USD 2.5 billion|2500000000|usd",
        "Oslo will spend NOK 12 billion on frigates.|NOK 12 billion|12000000000|nok",
        "Bern approved CHF 300 million for radars.|CHF 300 million|300000000|chf",
        "The ministry asked for ₹1.5 lakh crore this year.|₹1.5 lakh crore|1500000000000|inr",
        "The cutter fired on a 90-metre trawler.|90-metre|90|m",
        "Spending rose 18% last year.|18%|18|percent",
        "Spending rose 9.5 percent last year.|9.5 percent|9.5|percent",
        "Tokyo has tripled joint exercises.|tripled|3|multiple",
        "It vowed to more than double the size of its army.|more than double|2|multiple",
        "Ships came within 30 nautical miles of the coast.|30 nautical miles|30|nautical_mile",
        "They declared a 200 km exclusion zone.|200 km|200|km",
        "The missiles have a 1,600-kilometer range.|1,600-kilometer|1600|km",
        "A new model could emerge by 2030.|by 2030|2030|year",
        "Funding for the interceptors doubles next year.|doubles|2|multiple",
        "Drills this year were triple the number in 2022.|triple|3|multiple",
        "Jets entered the country's airspace 27 times during the week.|27 times|27|count",
    })
    void readsTheValueAndUnitOfEachKindOfFigure(String text, String label, double value, String unit) {
        Figure figure = only(text);

        assertThat(figure.label()).isEqualTo(label);
        assertThat(figure.value()).isEqualTo(value);
        assertThat(figure.unit().code()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The fleet includes at least 12 frigates.|at least 12|12|at least|frigates",
        "Manila bought four patrol vessels.|four|4|''|patrol vessels",
        "Two additional squadrons arrived.|Two|2|''|additional squadrons",
        "The drill has more than 25,000 personnel.|more than 25,000|25000|more than|personnel",
        "In all, thirty-one aircraft crossed the line.|thirty-one|31|''|aircraft",
        "Ministers approved a 1,500-strong standby brigade.|1,500|1500|''|standby brigade",
        "Seoul pays for the upkeep of the 28,500 U.S. troops.|28,500|28500|''|U.S. troops",
        "Denmark sold Argentina 24 second-hand F-16 fighters.|24|24|''|second-hand F-16 fighters",
    })
    void countsInDigitsOrWordsKeepTheirQualifierAndWhatTheyCount(String text, String label, double value,
            String qualifier, String measure) {
        Figure figure = only(text);

        assertThat(figure.label()).isEqualTo(label);
        assertThat(figure.value()).isEqualTo(value);
        assertThat(figure.unit().code()).isEqualTo("count");
        assertThat(figure.qualifier()).isEqualTo(qualifier.isEmpty() ? null : qualifier);
        assertThat(figure.measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The destroyer USS Fitzgerald (DDG-62) sailed.",
        "The littoral combat ship USS Tulsa (LCS 16) sailed.",
        "Freedom Edge 24-2 ends on Friday.",
        "This is no Article 5 pact.",
        "It fired a missile on Oct. 31 and again on June 27.",
        "The drill began at 10:30 local time.",
        "The three-day exercise ended.",
        "They extended the task group for two more years.",
        "It was the third consecutive year of growth.",
        "RIMPAC 2024 is the largest drill.",
        "The 2023 defense surveys said so.",
        "K2 tanks and FA-50 jets arrived.",
        "Coast Guard Chases Fishing Boat for 8 Hours",
        "UAE Intercepts Third Houthi Missile In Three Weeks",
        "The course runs over a minimum of five weeks for each intake.",
        "The Navy responded to a call for help around 12 PM ET.",
        "Israel to supply Arrow 3 missile defence system to Germany.",
    })
    void yearsDesignationsDatesTimesDurationsAndOrdinalsAreNotFigures(String text) {
        assertThat(Extracted.from(text).figures()).isEmpty();
    }

    @Test
    void aNumberANounIsBroughtToCountsThatNounButTheCountOfActorsNamedIsNoFigure() {
        Extracted extracted = Extracted.from("The ministry will buy 20 more jets, bringing the fleet to 60 by 2028.");

        assertThat(extracted.figures()).extracting(Figure::label, Figure::measure)
                .contains(tuple("60", "the fleet"));
        assertThat(Extracted.from("Japan and India met. The two countries agreed.").figures()).isEmpty();
    }

    @Test
    void sinceAYearGivesTheFiguresOfItsSentenceTheirBaseline() {
        Figure figure = only("Vietnam increased NATO dialogue by 60% since 2022.");

        assertThat(figure.baselineYear()).isEqualTo(2022);
    }

    @Test
    void upFromAnEarlierValueMakesItThePreviousFigure() {
        Extracted extracted = Extracted.from("Asian nations now account for 42% of US exports, up from 28% pre-pandemic.");

        assertThat(extracted.figures()).extracting(Figure::label).containsExactly("42%", "28%");
        assertThat(extracted.figures().get(0).previous()).isEqualTo(extracted.figures().get(1).id());
    }

    @Test
    void aCurrencyCodeWrittenOntoItsAmountNamesItsCurrency() {
        Extracted extracted = Extracted.from("The facility was activated with funding of EUR5 billion (USD5.95 billion).");

        assertThat(extracted.figures()).extracting(figure -> figure.unit().code(), Figure::value)
                .containsExactly(tuple("eur", 5e9), tuple("usd", 5.95e9));
    }

    @Test
    void bothNumbersOfARangeCountWhatItsSecondCounts() {
        assertThat(valuesAndMeasures("Pakistan has between 1,500 and 2,000 troops in Saudi Arabia."))
                .containsExactlyInAnyOrder(tuple(2000.0, "troops"),
                        tuple(1500.0, "troops"));
        assertThat(Extracted.from("Ukraine needs two to three hundred tanks and 60 to 80 F-16 warplanes.").figures())
                .extracting(Figure::value).containsExactlyInAnyOrder(200.0, 300.0, 60.0, 80.0);
        assertThat(Extracted.from("Spending rose from 2% to 3% of GDP.").figures()).hasSize(2);
    }

    @Test
    void aCountOfMembersOrNationsAndACountBeforeADescribingMeasureCountTheNounAfter() {
        assertThat(valuesAndMeasures("The 15-member council adopted a resolution."))
                .containsExactly(tuple(15.0, "council"));
        assertThat(Extracted.from("The US has supplied Israel with about 57,000 155 mm shells and 58 154-foot cutters.")
                .figures()).extracting(Figure::value, figure -> figure.unit().code()).containsExactlyInAnyOrder(
                        tuple(57000.0, "count"), tuple(58.0, "count"), tuple(154.0, "ft"));
        assertThat(valuesAndMeasures("The eight-member union imposed sanctions.")).containsExactly(tuple(8.0, "union"));
    }

    @Test
    void lengthsInFeetAreMeasuresInFeet() {
        assertThat(Extracted.from("The 843-foot carrier sailed past. A jet flew within 500 feet of the frigate.").figures())
                .extracting(Figure::value, figure -> figure.unit().code())
                .containsExactly(tuple(843.0, "ft"), tuple(500.0, "ft"));
    }

    @Test
    void aCountOfPartOfWhatWasNamedCountsIt() {
        assertThat(valuesAndMeasures("The Coast Guard operates 58 fast response cutters, 18 of which are in service."))
                .containsExactly(tuple(58.0, "fast response cutters"), tuple(18.0, "fast response cutters"));
        assertThat(valuesAndMeasures("Argentina chose to purchase only 24 of these aircraft."))
                .containsExactly(tuple(24.0, "aircraft"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "A Russian early-warning aircraft twice entered South Korean airspace.",
        "Russian jets harassed U.S. drones twice while operating over Syria.",
        "A Su-30 flew within range of the frigate, twice, at low altitude."})
    void twiceCountsHowOftenSomethingHappened(String text) {
        assertThat(Extracted.from(text).figures()).filteredOn(figure -> figure.label().equals("twice"))
                .extracting(Figure::value, figure -> figure.unit().code()).containsExactly(tuple(2.0, "count"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The boats reach a top speed of 25 knots.|25 knots|25|knot",
        "The boats reach a top speed of 46 km/h.|46 km/h|46|km_per_hour",
        "The jets fly at 1,200 miles per hour.|1,200 miles per hour|1200|mile_per_hour",
        "Venezuela claims 159,500 square kilometers of Guyana.|159,500 square kilometers|159500|square_km",
        "The base covers 120 hectares.|120 hectares|120|hectare",
        "The boats have a range of 1 700 km.|1 700 km|1700|km",
        "Russia pledged one billion dollars in loans.|one billion dollars|1000000000|usd",
        "Imports fell: Algeria (-73%) and Morocco (-26%).|-73%|-73|percent",
        "A dozen light-armoured vehicles are parked in a field.|A dozen|12|count",
        "The 1,100-plus soldiers in the battle group train daily.|1,100-plus|1100|count",
        "Denmark will spend 14.6 billion kroner in the Arctic.|14.6 billion kroner|14600000000|dkk",
        "Denmark and Norway agreed. Oslo set aside 2 billion Norwegian kroner.|2 billion Norwegian kroner|2000000000|nok",
        "Norway, Norway and Norway met. Denmark will spend 5 billion kroner.|5 billion kroner|5000000000|dkk",
        "Stockholm adds 3 billion kronor.|3 billion kronor|3000000000|sek",
        "Riyadh paid 4 billion riyals for the jets.|4 billion riyals|4000000000|sar",
        "Allies agreed to spend five percent of GDP.|five percent|5|percent",
        "Taipei plans Tw$586.3 billion for defence.|Tw$586.3 billion|586300000000|twd",
        "India signed for about Rs58,000 crore.|Rs58,000 crore|580000000000|inr",
        "The package is worth $2.2Bln in all.|$2.2Bln|2200000000|usd",
        "Each soldier gets 405,700 won a month.|405,700 won|405700|krw",
        "The boats cost around a billion dollars.|a billion dollars|1000000000|usd",
        "Rwanda sent a 111-person team to Mozambique.|111|111|count",
        "The province covers 82,625 km² of the north.|82,625 km²|82625|square_km",
        "The US is doubling its aid to Kyiv.|doubling|2|multiple",
        "Spending rose twenty-five per cent.|twenty-five per cent|25|percent",
    })
    void readsRarerUnitsAndNumberForms(String text, String label, double value, String unit) {
        assertFirstFigure(text, label, value, unit);
    }

    @Test
    void aNumberAfterANounAndOfCountsThatNoun() {
        assertThat(valuesAndMeasures("With a population of more than 120 million, Ethiopia is landlocked."))
                .containsExactly(tuple(120e6, "population"));
        assertThat(valuesAndMeasures("Parliament approved it by a majority of 188 votes to six."))
                .containsExactly(tuple(188.0, "votes"), tuple(6.0, "votes"));
    }

    @Test
    void aCountBeforeALengthWithoutAHyphenCountsTheNounAfter() {
        assertThat(Extracted.from("It involved two 27 metre long patrol vessels and two 12 metre boats.").figures())
                .extracting(Figure::value, figure -> figure.unit().code()).containsExactly(tuple(2.0, "count"),
                        tuple(27.0, "m"), tuple(2.0, "count"), tuple(12.0, "m"));
    }

    @Test
    void oneCountsInAListOfCountsAfterOnlyOrAfterAVerbOfHarm() {
        assertThat(valuesAndMeasures("Greece assigned one frigate, one submarine and 8 F-16 fighters."))
                .containsExactly(tuple(1.0, "frigate"), tuple(1.0, "submarine"),
                        tuple(8.0, "F-16 fighters"));
        assertThat(Extracted.from("There is now only one connection between the mainland and Svalbard.").figures())
                .extracting(Figure::value).containsExactly(1.0);
        assertThat(valuesAndMeasures("The post fired at its positions and wounded one of its servicemen."))
                .containsExactly(tuple(1.0, "servicemen"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "It is one of the largest navies, with 300 ships.",
        "The port could one day berth 12 warships.",
        "China is the one outside power both capitals heed, with 2 envoys.",
        "Three ships were at sea, one senior official said.",
        "It took one village at a time over 3 years.",
        "Under the deal for two frigates, one hull will be built in Istanbul and the other in Surabaya.",
        "A navy that relies on one supplier, a retired admiral said, relies on one foreign ministry.",
        "Only 13 ships were at sea, by one Western estimate.",
        "The state must be the only one carrying weapons, with 5,000 troops.",
        "Japan bought one frigate."})
    void oneIsNoCountWhereItIsAPronounAnIdiomOrAnUnnamedSource(String text) {
        assertThat(Extracted.from(text).figures()).extracting(Figure::value).doesNotContain(1.0);
    }

    @Test
    void aSmallCountOfActorsTheBriefNamesIsNoFigureUnlessItSaysHowManyThereAre() {
        assertThat(Extracted.from("Manila and Hanoi deepened ties, a step by two countries long at odds with Beijing.")
                .figures()).isEmpty();
        assertThat(Extracted.from("Algeria and Morocco, the region's two largest powers, cut back.").figures()).isEmpty();
        assertThat(Extracted.from("Belarus, Iran and Mongolia are three observer states.").figures())
                .extracting(Figure::value).containsExactly(3.0);
        assertThat(Extracted.from("Troops came from 19 nations.").figures()).extracting(Figure::value).containsExactly(19.0);
    }

    @Test
    void aCountAfterANamedObjectOrBeforeACompoundIsACount() {
        assertThat(Extracted.from("The US agreed to sell Taiwan 250 shoulder fired Stinger missiles.").figures())
                .extracting(Figure::value).containsExactly(250.0);
        assertThat(Extracted.from("The KDF got 15 Mack trucks and eight up-armoured Humvees.").figures())
                .extracting(Figure::value).containsExactly(15.0, 8.0);
        assertThat(Extracted.from("Britain ordered two Type 26 frigates.").figures()).extracting(Figure::value)
                .containsExactly(2.0);
        assertThat(Extracted.from("China is doubling down on its claims.").figures()).isEmpty();
    }

    @Test
    void aBareLargeNumberJustAfterACountCountsTheSame() {
        assertThat(valuesAndMeasures("Germany adds 20,000 artillery shells to the previously announced 140,000 for next year. "
                + "\"Altogether 160,000 for next year,\" he said.")).containsExactly(tuple(20000.0, "artillery shells"),
                        tuple(140000.0, "artillery shells"), tuple(160000.0, "artillery shells"));
    }

    @Test
    void aBareSmallNumberBesideACountAfterAndOrHasCountsTheSame() {
        assertThat(valuesAndMeasures("The U.S. has 2,500 troops in Iraq and 900 in Syria.")).containsExactly(
                tuple(2500.0, "troops"), tuple(900.0, "troops"));
        assertThat(valuesAndMeasures("France has at least 50 military attachés in Africa. China has 21.")).containsExactly(
                tuple(50.0, "military attachés"), tuple(21.0, "military attachés"));
        assertThat(valuesAndMeasures("It sent 12 ships in 2023 and 14 in 2024.")).containsExactly(
                tuple(12.0, "ships"), tuple(14.0, "ships"));
    }

    @Test
    void aBareSumSoonAfterASumOfMoneyIsInItsCurrency() {
        assertThat(Extracted.from("We will need at least €85 billion from 2028. That is 30 billion more than today.")
                .figures()).extracting(figure -> figure.unit().code(), Figure::value)
                .containsExactly(tuple("eur", 85e9), tuple("eur", 30e9));
        assertThat(Extracted.from("It paid $2 billion. Ukraine has 1.5 million shells.").figures())
                .extracting(figure -> figure.unit().code()).containsExactly("usd", "count");
    }

    @Test
    void aFigureStatedAgainIsOneFigureWithSeveralEvidence() {
        Extracted extracted = Extracted.from("Egypt Buys 30 Rafale Jets from France\n\nEgypt's military confirmed it "
                + "ordered 30 Rafale jets. Georgia got two 110-foot patrol boats. The 110-foot patrol boats arrived.");

        assertThat(extracted.figures()).extracting(Figure::label, figure -> figure.evidence().size())
                .containsExactly(tuple("30", 2), tuple("two", 1), tuple("110-foot", 2));
        assertThat(Extracted.from("Canberra will spend $40 billion on submarines. The $40 billion plan angered Beijing. "
                + "Drones crossed 19 times. Germany delivered 19 carriers.").figures())
                .extracting(Figure::label, figure -> figure.evidence().size())
                .containsExactly(tuple("$40 billion", 2), tuple("19 times", 1), tuple("19", 1));
    }

    @Test
    void aNumberInATitleCaseHeadlineIsACount() {
        assertThat(Extracted.from("Denmark Receives U.S. Permission to Sell 24 F-16s to Argentina\n\nThe sale is near.")
                .figures()).extracting(Figure::value).containsExactly(24.0);
    }

    @Test
    void aMassWithAScaleWordAndTheShekelCodeAreRead() {
        assertThat(Extracted.from("The US supplied Israel with over 4 million kilograms of jet fuel.").figures())
                .extracting(figure -> figure.unit().code(), Figure::value)
                .containsExactly(tuple("kg", 4e6));
        assertThat(Extracted.from("Israel's defense budget for 2025 is NIS 117 billion.").figures())
                .extracting(figure -> figure.unit().code()).containsExactly("ils");
    }

    @Test
    void aSumInTwoCurrenciesIsOneFigurePerCurrency() {
        Extracted extracted = Extracted.from("Japan signed a $2.35 billion (¥348 billion) deal.");

        assertThat(extracted.figures()).extracting(figure -> figure.unit().code()).containsExactly("usd", "jpy");
    }

    @Test
    void aFigureInBracketsAndAShareOfItMeasureWhatTheFirstDoes() {
        Extracted extracted = Extracted.from("The exercise cost Jakarta about Rp 310 billion ($19 million), 28% of it covered "
                + "by a grant.");

        assertThat(extracted.figures()).extracting(figure -> figure.unit().code(), Figure::measure).containsExactly(
                tuple("idr", "exercise cost Jakarta"), tuple("usd", "exercise cost Jakarta"), tuple("percent", "exercise cost Jakarta"));
    }

    @Test
    void pesosAreThoseOfThePesoStateTheBriefNamesMost() {
        assertThat(Extracted.from("Mexico will spend 3.2 billion pesos on drones.").figures())
                .extracting(figure -> figure.unit().code()).containsExactly("mxn");
        assertThat(Extracted.from("Manila set aside 40 billion pesos.").figures())
                .extracting(figure -> figure.unit().code()).containsExactly("php");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mongolia will spend MNT 85 billion on air defence.|MNT 85 billion|85000000000|mnt",
        "The fund holds 40 billion USD.|40 billion USD|40000000000|usd",
        "Kenya set aside 12 billion Kenyan shillings.|12 billion Kenyan shillings|12000000000|kes",
        "Baghdad will spend 3 trillion Iraqi dinars.|3 trillion Iraqi dinars|3000000000000|iqd",
        "Mali received 18 billion CFA francs.|18 billion CFA francs|18000000000|xof",
        "Cameroon received 4 billion CFA francs.|4 billion CFA francs|4000000000|xaf",
        "The loan is 150 million Turkish lira.|150 million Turkish lira|150000000|try",
        "Suva pledged FJ$4.2 million.|FJ$4.2 million|4200000|fjd",
        "Accra set aside GH₵5 billion.|GH₵5 billion|5000000000|ghs",
        "Abuja approved ₦200 billion.|₦200 billion|200000000000|ngn",
        "The fleet costs 3 billion Hong Kong dollars.|3 billion Hong Kong dollars|3000000000|hkd",
        "Cairo will spend 5 billion pounds.|5 billion pounds|5000000000|egp",
        "London will spend 5 billion pounds.|5 billion pounds|5000000000|gbp",
    })
    void everyCurrencyIsReadByItsSignCodeOrWordAndTheStateThatQualifiesIt(String text, String label, double value,
            String unit) {
        assertFirstFigure(text, label, value, unit);
    }

    @Test
    void aSignSeveralStatesShareIsThatOfTheStateItsSentenceNames() {
        assertThat(Extracted.from("Pakistan raised defence spending to Rs 2.1 trillion.").figures())
                .extracting(figure -> figure.unit().code()).containsExactly("pkr");
        assertThat(Extracted.from("India signed for Rs 500 crore.").figures())
                .extracting(figure -> figure.unit().code()).containsExactly("inr");
    }

    @Test
    void rupeesWhereNoStateIsNamedAreThoseOfTheStateTheBriefIsAbout() {
        assertThat(Extracted.from("Pakistan hikes defense budget after conflict with India\n"
                + "Pakistan raised spending after clashes with India and India.\n"
                + "The government set aside 2.55 trillion rupees.").figures())
                .filteredOn(figure -> figure.label().contains("rupees")).extracting(figure -> figure.unit().code())
                .containsExactly("pkr");
    }

    @Test
    void aBareDollarIsTheLocalDollarWhereTheBriefWritesUsDollarsApartOrComesFromItsSite() {
        assertThat(Extracted.from("New Zealand will spend $12 billion (US$6.7 billion) on defence.").figures())
                .extracting(figure -> figure.unit().code()).containsExactly("nzd", "usd");
        assertThat(Extracted.from("Australia will spend $5 billion on drones.").figures())
                .extracting(figure -> figure.unit().code()).containsExactly("usd");
        assertThat(Extracted.fromText("https://www.example.com.au/news/1\nAustralia pledged $400 million to Pacific police.")
                .figures()).extracting(figure -> figure.unit().code()).containsExactly("aud");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Germany approved a $107-billion fund.|$107-billion|107000000000|usd",
        "Israel added a 9-billion-shekel package.|9-billion-shekel|9000000000|ils",
        "More than two dozen ships were hit.|More than two dozen|24|count",
        "The cutters displace 1,000 metric tons.|1,000 metric tons|1000|ton",
        "A fifth of the world's oil passes through Hormuz.|A fifth|20|percent",
        "One in eight children is hungry.|One in eight|12.5|percent",
        "Two-thirds of the aid came from Europe.|Two-thirds|66.7|percent",
        "Upgrades will cost $300–$600 million.|$300|300000000|usd",
        "The frigate led a four-ship convoy.|four|4|count",
        "Australia will spend AUD $55 billion on frigates.|AUD $55 billion|55000000000|aud",
        "The C-17s carried 170,000 pounds of cargo.|170,000 pounds|170000|lb",
        "Britain paid 5 million pounds.|5 million pounds|5000000|gbp",
    })
    void scaleWordsJoinedByHyphensDozensMetricTonsSharesInWordsAndTheFirstSumOfARangeAreRead(String text, String label,
            double value, String unit) {
        assertFirstFigure(text, label, value, unit);
    }

    @Test
    void aShareInWordsNeedsWhatItIsAShareOf() {
        assertThat(Extracted.from("It happened a third time.").figures()).isEmpty();
    }

    @Test
    void aShareRestatedWithTheOrFirstStatedInASentenceCaseHeadlineIsOneFigure() {
        assertThat(Extracted.from("Nato agrees 5% spending deal\nAllies will spend 5% of GDP on defence. "
                + "Spain objected to the 5% target.").figures())
                .singleElement().satisfies(figure -> assertThat(figure.evidence()).hasSize(3));
    }

    @Test
    void aCurrencyCodeAfterASmallNumberIsNoSumOfMoney() {
        assertThat(Extracted.from("Pakistan sent 20 SAR helicopters.").figures())
                .extracting(figure -> figure.unit().code(), Figure::label).containsExactly(tuple("count", "20"));
    }

    @Test
    void aCountWrittenAgainWithTheIsMoreEvidenceForTheFirst() {
        Extracted extracted = Extracted.from("The event will include 29 countries. The 29 participating countries met.");

        assertThat(extracted.figures()).hasSize(1);
        assertThat(extracted.figures().get(0).evidence()).hasSize(2);
    }

    @Test
    void aCountWrittenWithTheThatStatesNothingNewIsDropped() {
        assertThat(Extracted.from("The three countries agreed to the exercises.").figures()).isEmpty();
    }

    @Test
    void annualGivesTheFigureItsPeriod() {
        assertThat(only("It claims an 18% annual increase in naval assets.").period()).isEqualTo("annual");
    }

    @Test
    void aMultipleMeasuresTheObjectAfterIt() {
        assertThat(only("Warsaw has doubled its defence budget.").measure()).isEqualTo("defence budget");
    }

    @Test
    void aSumRepeatedInAnotherCurrencyMeasuresTheSame() {
        Extracted extracted = Extracted.from("The budget will rise to 61.2 trillion won ($44 billion) next year.");

        assertThat(extracted.figures()).extracting(Figure::measure).containsOnly(extracted.figures().get(0).measure());
    }

    @Test
    void aCountFromWhereTroopsComeIsNoPreviousValue() {
        Extracted extracted = Extracted.from("More than 35,000 troops from 19 nations began the exercise.");

        assertThat(extracted.figures()).extracting(Figure::previous).containsOnlyNulls();
        assertThat(extracted.figures()).extracting(Figure::measure).containsExactly("troops", "nations");
    }

    @Test
    void sinceAYearWithNothingToDateIsAFigureOfItsOwn() {
        Figure figure = only("Japan has held drills with NATO since 2015.");

        assertThat(figure.label()).isEqualTo("since 2015");
        assertThat(figure.unit().code()).isEqualTo("year");
        assertThat(figure.qualifier()).isEqualTo("since");
    }

    @Test
    void aCountMayBeAPartOfAWholeOrCountAQuotedNoun() {
        assertThat(Extracted.from("Hanwha will assemble four of the howitzers locally.").figures())
                .extracting(Figure::label).containsExactly("four");
        assertThat(Extracted.from("Peru received the first five of 12 patrol boats.").figures())
                .extracting(Figure::label).containsExactly("five", "12");
        assertThat(Extracted.from("Drones hit seven \u201cmilitary targets\u201d overnight.").figures())
                .extracting(Figure::label, Figure::measure).containsExactly(tuple("seven",
                        "military targets"));
        assertThat(Extracted.from("It is one of the largest navies.").figures()).isEmpty();
    }

    @Test
    void whatAFigureMeasuresDoesNotReachBackIntoTheDateline() {
        assertThat(Extracted.from("ABU DHABI — DP World will invest $310 million to extend the port.").model().figures())
                .extracting(Figure::measure).containsExactly("DP World will invest");
    }

    /** The first figure of the text has this label, value and unit. */
    private static void assertFirstFigure(String text, String label, double value, String unit) {
        Figure figure = Extracted.from(text).figures().get(0);

        assertThat(figure.label()).isEqualTo(label);
        assertThat(figure.value()).isEqualTo(value);
        assertThat(figure.unit().code()).isEqualTo(unit);
    }
}
