package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.brieflens.model.BriefModel;
import org.brieflens.model.Exercise;
import org.brieflens.model.ExerciseDomain;

class ExerciseFindingTest {

    @Test
    void anExerciseHasTheParticipantsItsSentenceConnectsToIt() {
        Extracted extracted = Extracted.from("Tokyo held recent cyber defense drills with Estonia.");

        Exercise exercise = extracted.model().exercises().get(0);
        assertThat(exercise.participants()).containsExactly("jpn", "est");
        assertThat(exercise.domain()).isEqualTo(ExerciseDomain.CYBER);
    }

    @Test
    void aDateBeforeTheExerciseIsNoNameAndTheCountriesTakingPartTrainWithItsHost() {
        Extracted extracted = Extracted.from("Peru is hosting naval forces for the annual exercise UNITAS.\n"
                + "Scheduled to conclude on July 26, the exercise will be commanded by a Peruvian admiral.\n"
                + "Participating countries include the United States, Brazil and Canada.");

        assertThat(extracted.model().exercises()).singleElement().extracting(Exercise::name).isEqualTo("UNITAS");
        assertThat(extracted.links()).contains("usa joint_exercise per", "bra joint_exercise per", "can joint_exercise per");
    }

    @Test
    void readsFrequencyAndTrend() {
        Extracted extracted = Extracted.from("Tokyo has tripled joint exercises with NATO members since 2021. "
                + "Hanoi's coast guard now conducts annual exercises with French naval forces.");

        assertThat(extracted.model().exercises()).extracting(Exercise::trend, Exercise::frequency, Exercise::domain)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tripled since 2021", null, ExerciseDomain.GENERAL),
                        org.assertj.core.groups.Tuple.tuple(null, "annual", ExerciseDomain.COAST_GUARD));
        assertThat(extracted.model().exercises().get(0).figures()).isEmpty();
    }

    @Test
    void aDrillOfOneStateAroundAnotherHasOnlyItsOwnParticipant() {
        Extracted extracted = Extracted.from("Beijing staged its simulated blockade drills around Taiwan.");

        Exercise exercise = extracted.model().exercises().get(0);
        assertThat(exercise.participants()).containsExactly("chn");
        assertThat(exercise.domain()).isEqualTo(ExerciseDomain.BLOCKADE);
        assertThat(extracted.links()).containsExactly("chn coercion twn");
    }

    @Test
    void aNamedExerciseIsOneExerciseHoweverOftenItIsMentioned() {
        Extracted extracted = Extracted.from("The U.S. and Japan joined RIMPAC 2024. This year's event includes 40 ships. "
                + "The training ends in August. RIMPAC is biennial.");

        assertThat(extracted.model().exercises()).hasSize(1);
        Exercise rimpac = extracted.model().exercises().get(0);
        assertThat(rimpac.name()).isEqualTo("RIMPAC");
        assertThat(rimpac.domain()).isEqualTo(ExerciseDomain.NAVAL);
        assertThat(rimpac.evidence()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rimpac.figures()).hasSize(1);
    }

    @Test
    void anExerciseWrittenAfterTheWordExerciseTakesItsKnownName() {
        Extracted extracted = Extracted.from("Planning is final for Exercise Rim of the Pacific (RIMPAC) near Hawaii.");

        assertThat(extracted.model().exercises()).extracting(Exercise::name).containsExactly("RIMPAC");
    }

    @Test
    void participatingCountriesAndAHostJoinTheExercise() {
        Extracted extracted = Extracted.from("RIMPAC starts soon. It is hosted by the U.S. Pacific Fleet. "
                + "The participating countries will include Australia, Brazil, Canada, Chile, France, India and Japan.");

        Exercise rimpac = extracted.model().exercises().get(0);
        assertThat(rimpac.participants()).contains("usa-pacflt", "aus", "bra", "can", "chl", "fra", "ind", "jpn");
        assertThat(extracted.links()).contains("aus joint_exercise usa-pacflt", "aus joint_exercise usa");
    }

    @Test
    void anEarlierInstanceOfASeriesIsAnExerciseOfItsOwn() {
        Extracted extracted = Extracted.from("The U.S., Japan and South Korea held Freedom Edge 24-2 this week. "
                + "It follows the first Freedom Edge in June.");

        assertThat(extracted.model().exercises()).extracting(Exercise::name)
                .containsExactly("Freedom Edge 24-2", "Freedom Edge (first)");
    }

    @Test
    void aDrillInAppositionToANamedExerciseIsThatExercise() {
        Extracted extracted = Extracted.from("South Korea and the United States kicked off their annual Freedom Shield "
                + "exercise on Monday, an 11-day combined drill.");

        assertThat(extracted.model().exercises()).singleElement().satisfies(exercise -> {
            assertThat(exercise.name()).isEqualTo("Freedom Shield");
            assertThat(exercise.participants()).containsExactly("kor", "usa");
            assertThat(exercise.frequency()).isEqualTo("annual");
        });
    }

    @Test
    void aStateActingThroughItsMilitaryHoldsTheWarGames() {
        Extracted extracted = Extracted.from("China's military launched large-scale war games around Taiwan on Monday.");

        assertThat(extracted.model().exercises()).singleElement()
                .satisfies(exercise -> assertThat(exercise.participants()).containsExactly("chn"));
    }

    @Test
    void aCapitalisedWordBeforeAnExerciseNounNamesIt() {
        Extracted extracted = Extracted.from("U.S. Forces Korea joined the Kamandag exercises with the Philippine Marine Corps.");

        assertThat(extracted.model().exercises()).singleElement().satisfies(exercise -> {
            assertThat(exercise.name()).isEqualTo("Kamandag");
            assertThat(exercise.participants()).containsExactly("usa-usfk", "phl-marine-corps");
        });
    }

    @Test
    void participantsListedAfterTheExerciseJoinIt() {
        Extracted extracted = Extracted.from("Poland will host a winter exercise in March. "
                + "Participants include Latvia, Lithuania and Estonia.");

        assertThat(extracted.model().exercises().get(0).participants()).contains("pol", "lva", "ltu", "est");
        assertThat(extracted.links()).contains("lva joint_exercise pol", "ltu joint_exercise pol", "est joint_exercise pol");
    }

    @Test
    void aHostNamedAsAStateStandsForTheBodyOfItThatHosts() {
        Extracted extracted = Extracted.from("The Polish Armed Forces will host a winter exercise in March. "
                + "Participants include Latvia, Lithuania and Estonia, alongside host Poland.");

        assertThat(extracted.links()).contains("lva joint_exercise pol", "ltu joint_exercise pol", "est joint_exercise pol")
                .noneMatch(link -> link.contains("dialogue"));
    }

    @Test
    void trainingAnothersCrewsIsSupportNotAnExercise() {
        Extracted extracted = Extracted.from("Italy agreed, with the Guardia di Finanza training Libyan crews for six months.");

        assertThat(extracted.model().exercises()).isEmpty();
        assertThat(extracted.links()).contains("ita support lby");
    }

    @Test
    void hostingItHostsTheExerciseUnderDiscussionWithItsGuests() {
        Extracted extracted = Extracted.from("Khaan Quest 2027, the annual peacekeeping exercise, will run from 14 to 28 June. "
                + "The Mongolian Armed Forces will host it with troops from the United States and India.");

        assertThat(extracted.model().exercises()).singleElement().satisfies(exercise -> {
            assertThat(exercise.name()).isEqualTo("Khaan Quest");
            assertThat(exercise.participants()).containsExactly("mng-armed-forces", "usa", "ind");
        });
        assertThat(extracted.links()).contains("mng-armed-forces joint_exercise usa", "mng-armed-forces joint_exercise ind")
                .doesNotContain("mng-armed-forces support usa");
    }

    @Test
    void whoOpensAnExerciseHostingTroopsHostsItAndThoseTakingPartLaterJoinIt() {
        Extracted extracted = Extracted.from("The Ghana Armed Forces opened Exercise Harmattan Resolve near Tamale on Monday, "
                + "hosting some 2,300 troops. Battalions from Nigeria and Senegal are taking part, together with smaller "
                + "contingents from Benin and Togo. Coast guards from Liberia and Guinea have confirmed their participation.");

        assertThat(extracted.model().exercises()).singleElement().satisfies(exercise -> assertThat(exercise.participants())
                .containsExactly("gha-armed-forces", "nga", "sen", "ben", "tgo", "lbr", "gin"));
        assertThat(extracted.links()).contains("nga joint_exercise gha-armed-forces", "tgo joint_exercise gha",
                "lbr joint_exercise gha");
    }

    @Test
    void theStateAnExerciseOpensInHostsItAndThoseTakingPartAreItsGuests() {
        Extracted extracted = Extracted.from("Exercise Cobra Gold 2027 opened in Thailand on Monday. Troops from Japan, "
                + "Indonesia and Malaysia are taking part.");

        assertThat(extracted.model().exercises()).singleElement().satisfies(exercise -> assertThat(exercise.participants())
                .containsExactly("tha", "jpn", "idn", "mys"));
        assertThat(extracted.links()).containsExactlyInAnyOrder("jpn joint_exercise tha", "idn joint_exercise tha",
                "mys joint_exercise tha");
    }

    @Test
    void sailorsTrainingAboardAnothersShipsTrainWithIt() {
        assertThat(Extracted.from("Sailors from Singapore trained aboard Indonesian ships.").links())
                .containsExactly("sgp joint_exercise idn");
    }

    @Test
    void aNameBeforeTheExerciseItDescribesNamesItAndCoHostsBothHostIt() {
        Extracted extracted = Extracted.from("The minister, Ricardo Almanza, announced today that Panama's coast guard and "
                + "the U.S. Coast Guard will co-host Escudo del Istmo 2027, the biennial maritime interdiction exercise, in March.");

        assertThat(extracted.model().exercises()).singleElement().satisfies(exercise -> {
            assertThat(exercise.name()).isEqualTo("Escudo del Istmo 2027");
            assertThat(exercise.frequency()).isEqualTo("biennial");
            assertThat(exercise.participants()).contains("pan-coast-guard", "usa-coast-guard").doesNotContain("almanza");
        });
    }

    @Test
    void thoseASentenceNamesAsHoldingAnExerciseTrainWithEachOtherAndWithThoseJoiningIt() {
        Extracted extracted = Extracted.from("Greek, Egyptian and Cypriot forces completed the Medusa exercise off Crete, "
                + "with a French frigate and Saudi aircraft also taking part.");

        assertThat(extracted.links()).contains("grc joint_exercise egy", "grc joint_exercise cyp", "egy joint_exercise cyp",
                "grc joint_exercise fra", "cyp joint_exercise sau").doesNotContain("fra joint_exercise sau");
    }

    @Test
    void aHostsGuestsTrainWithTheHostNotNecessarilyWithEachOther() {
        Extracted hosted = Extracted.from("The Royal Thai Armed Forces opened the Cobra Gold exercise in Chonburi, "
                + "hosting troops from the United States, Singapore and Japan.");
        Extracted partners = Extracted.from("Hanoi's coast guard now conducts annual exercises with French and Italian naval forces.");

        assertThat(hosted.links()).contains("usa joint_exercise tha-armed-forces", "jpn joint_exercise tha-armed-forces")
                .noneMatch(link -> link.matches("(usa|sgp|jpn) joint_exercise (usa|sgp|jpn)"));
        assertThat(partners.links()).noneMatch(link -> link.contains("fra") && link.contains("ita"));
    }

    @Test
    void aLongRosterStatesAGatheringNotThatEveryPairTrainedTogether() {
        Extracted extracted = Extracted.from("Navies from Chile, Colombia, Ecuador, Peru, Brazil, Mexico and Canada "
                + "took part in the UNITAS exercise.");

        assertThat(extracted.model().exercises()).singleElement().satisfies(exercise ->
                assertThat(exercise.participants()).hasSize(7));
        assertThat(extracted.links()).isEmpty();
    }

    @Test
    void theOwnerNamedInAnAppositionHostsTheNamedExerciseAndItsCoHostsHoldItWithIt() {
        Extracted pitchBlack = Extracted.from("Aircraft from India and Germany took part in Pitch Black, the Royal Australian "
                + "Air Force's biennial exercise.");
        Extracted africanLion = Extracted.from("African Lion 2025, U.S. Africa Command's largest annual exercise, opened on "
                + "Monday co-hosted by Morocco and Ghana.");

        assertThat(pitchBlack.model().exercises()).singleElement().satisfies(exercise ->
                assertThat(exercise.participants()).containsExactly("ind", "deu", "aus-raaf"));
        assertThat(pitchBlack.links()).contains("ind joint_exercise aus-raaf", "deu joint_exercise aus-raaf");
        assertThat(africanLion.links()).contains("mar joint_exercise gha", "mar joint_exercise usa-africom",
                "gha joint_exercise usa-africom");
    }

    @Test
    void thoseAnExerciseInvolvesTakePartNotThoseWhoDenounceIt() {
        Extracted extracted = Extracted.from("North Korea denounced the first trilateral Freedom Edge exercise involving "
                + "the United States, Japan and South Korea.");

        assertThat(extracted.model().exercises()).singleElement().satisfies(exercise ->
                assertThat(exercise.participants()).containsExactly("usa", "jpn", "kor"));
    }

    @Test
    void aNameBeforeAnIndefiniteExerciseNounWithManyModifiersNamesIt() {
        Extracted extracted = Extracted.from("The Portuguese and Swedish detachments will also stage Amber Lance, a three-day "
                + "air-defence drill over the Gulf of Riga, with Finnish jets and Latvian crews taking part.");

        assertThat(extracted.model().exercises()).singleElement().satisfies(exercise -> {
            assertThat(exercise.name()).isEqualTo("Amber Lance");
            assertThat(exercise.participants()).containsExactlyInAnyOrder("prt", "swe", "fin", "lva");
        });
        assertThat(extracted.links()).contains("prt joint_exercise fin", "swe joint_exercise lva")
                .doesNotContain("fin joint_exercise lva");
    }

    @Test
    void thoseWhoHoldAnExerciseInARelativeClauseOrRunItWithNoOneBeforeTakePart() {
        Extracted argo = Extracted.from("The incidents follow Türkiye's objection to Argo 27, an amphibious exercise Greek "
                + "and French forces plan to hold off Crete in March.");
        Extracted mongoose = Extracted.from("A parallel anti-submarine warfare drill, Dynamic Mongoose, will run off Andøya "
                + "with Norwegian, German and U.S. P-8 maritime patrol aircraft.");

        assertThat(argo.model().exercises()).singleElement().satisfies(exercise ->
                assertThat(exercise.participants()).containsExactly("grc", "fra"));
        // Türkiye objects to the exercise and takes no part in it.
        assertThat(argo.links()).contains("grc joint_exercise fra").noneMatch(link -> link.contains("tur joint_exercise")
                || link.endsWith("joint_exercise tur"));
        assertThat(mongoose.links()).contains("nor joint_exercise deu", "nor joint_exercise usa", "deu joint_exercise usa");
    }

    @Test
    void thoseTheExercisesSentenceLinksToItsHostTakePartAndTheAircraftTheyBringAreNoSale() {
        Extracted extracted = Extracted.from("The Philippine Air Force will host Coral Shield, a new air exercise, with "
                + "fighters from Japan and Australia.");

        assertThat(extracted.model().exercises().get(0).participants()).containsExactly("phl-air-force", "jpn", "aus");
        assertThat(extracted.links()).contains("phl-air-force joint_exercise jpn", "phl-air-force joint_exercise aus")
                .noneMatch(link -> link.contains("arms_transfer"));
    }

    @Test
    void whoHostsANamedExerciseWithTroopsFromOthersHoldsItWithThem() {
        for (String text : java.util.List.of("Poland hosted Eager Lion with troops from the United States and Britain.",
                "Poland hosted troops from the United States and Britain for Eager Lion.")) {
            Extracted extracted = Extracted.from(text);

            assertThat(extracted.model().exercises().get(0).participants()).containsExactlyInAnyOrder("pol", "usa", "gbr");
            assertThat(extracted.links()).contains("pol joint_exercise usa", "pol joint_exercise gbr")
                    .noneMatch(link -> link.contains("support"));
        }
    }

    @Test
    void anExerciseNamedLikeAnAgreementStatesNoPartnership() {
        Extracted extracted = Extracted.from("Kenya hosts the annual Justified Accord exercise, which drew 900 troops from "
                + "14 countries including Uganda.");

        assertThat(extracted.links()).contains("ken joint_exercise uga").noneMatch(link -> link.contains("partnership"));
    }

    @Test
    void thoseAnExerciseGathersHoldItTogether() {
        Extracted drills = Extracted.from("The drills, which involved forces from Britain, France and Germany, ended on Friday.");
        Extracted named = Extracted.from("Cold Response 2026 began on Monday. The exercise drew 3,000 troops from Britain, "
                + "France and Germany.");

        assertThat(drills.links()).containsExactlyInAnyOrder("gbr joint_exercise fra", "gbr joint_exercise deu",
                "fra joint_exercise deu");
        assertThat(named.model().exercises()).singleElement().extracting(Exercise::participants)
                .isEqualTo(java.util.List.of("gbr", "fra", "deu"));
    }

    @Test
    void aStatesPossessiveBeforeItsOwnForceIsPartOfTheForcesName() {
        Extracted extracted = Extracted.from("The Pakistan Navy and China's People's Liberation Army Navy held their Sea "
                + "Guardian exercise off Karachi.");

        assertThat(extracted.model().exercises().get(0).participants()).containsExactly("pak-navy", "chn-plan");
        assertThat(extracted.links()).contains("pak-navy joint_exercise chn-plan");
    }

    @Test
    void aSeriesInCapitalsHeldByWhoHostsItDrawsItsGuestsFromTheListAfter() {
        Extracted extracted = Extracted.from("The Brazilian Air Force (FAB) is busy. Another R$210 million is set aside for "
                + "CRUZEX, the biennial air exercise the FAB hosts in Natal, which next year will draw aircraft from "
                + "Colombia, Chile and the United States.");

        assertThat(extracted.model().exercises()).singleElement().extracting(Exercise::name, Exercise::participants)
                .containsExactly("CRUZEX", java.util.List.of("bra-air-force", "col", "chl", "usa"));
        assertThat(extracted.links()).contains("bra-air-force joint_exercise col").doesNotContain("col joint_exercise chl");
    }

    @Test
    void aNameTheBriefIntroducedComesBackAndThoseWhoseAircraftItIncludesAreGuests() {
        Extracted extracted = Extracted.from("• UAE hosts Sand Falcon air exercise with France, Saudi Arabia and Greece\n"
                + "ABU DHABI — The UAE Air Force opened Sand Falcon 27 at Al Dhafra Air Base on Tuesday with some 60 "
                + "aircraft, including French Rafales, Saudi F-15s and Greek F-16s.");

        assertThat(extracted.model().exercises()).singleElement().extracting(Exercise::participants).asList()
                .contains("are-air-force", "fra", "sau", "grc");
        assertThat(extracted.links()).contains("fra joint_exercise are-air-force", "grc joint_exercise are-air-force");
    }

    @Test
    void exercisesNamedSideBySideKeepTheirOwnPartners() {
        Extracted extracted = Extracted.from("Japan has held joint exercises with NATO, recent cyber defense drills with "
                + "Estonia, and mine-countermeasure training with Norway.");

        assertThat(extracted.model().exercises()).extracting(Exercise::participants)
                .allSatisfy(participants -> assertThat(participants).hasSize(2));
    }

    @Test
    void aNameWrittenWithItsYearAfterAVerbOfOpeningNamesTheExercise() {
        Extracted extracted = Extracted.from("The Indian Navy opened MILAN 2028 off Visakhapatnam on Saturday, the largest "
                + "edition of the biennial exercise.");

        assertThat(extracted.model().exercises()).singleElement().extracting(Exercise::name).isEqualTo("MILAN");
    }

    @Test
    void whoSendsShipsWhileAnExerciseIsDiscussedIsTheHostsGuestButNotAnObserverNorOneThatOnlyPlannedTo() {
        Extracted extracted = Extracted.from("The Indian Navy opened MILAN 2028 off Visakhapatnam, hosting warships from "
                + "42 countries in the biennial exercise. Britain's Royal Navy sent the frigate HMS Richmond, and Bangladesh "
                + "and Vietnam each sent a corvette. Kenya sent officers as observers. Oman had planned to send a ship.");

        assertThat(extracted.model().exercises()).singleElement().extracting(Exercise::participants).asList()
                .contains("gbr-royal-navy", "bgd", "vnm").doesNotContain("ken", "omn");
        assertThat(extracted.links()).contains("gbr-royal-navy joint_exercise ind-navy", "bgd joint_exercise ind-navy")
                .doesNotContain("gbr-royal-navy joint_exercise bgd", "bgd joint_exercise vnm");
    }

    @Test
    void aGuestsLinkWithTheHostCitesTheSentenceThatNamesTheGuest() {
        BriefModel model = Extracted.from("Thailand hosted Cobra Gold at U-Tapao. Japan sent an advance team to the "
                + "exercise.").model();

        assertThat(model.links()).filteredOn(link -> link.source().equals("jpn") || link.target().equals("jpn"))
                .singleElement().satisfies(link -> assertThat(link.evidence().get(0).sentence()).isEqualTo(1));
    }

    @Test
    void guestsNamedTogetherAfterTheHostsSentenceTrainWithTheHostNotWithEachOther() {
        Extracted extracted = Extracted.from("Panama's National Aeronaval Service will host Escudo del Istmo 2027, the "
                + "biennial maritime interdiction exercise. Coast guards from Colombia, Costa Rica and the Dominican "
                + "Republic have confirmed their participation, and the Netherlands will send a patrol ship.");

        assertThat(extracted.links()).contains("col joint_exercise senan", "nld joint_exercise senan")
                .doesNotContain("col joint_exercise cri", "cri joint_exercise dom");
    }

    @Test
    void theExerciseACountryCoHostsWithAnotherHasTwoHostsAndEachTrainsWithTheGuests() {
        Extracted extracted = Extracted.from("Thailand has postponed Cobra Gold 2028, the annual multinational exercise it "
                + "co-hosts with the United States. Japan and Singapore had already sent advance teams to U-Tapao.");

        assertThat(extracted.links()).contains("tha joint_exercise usa", "jpn joint_exercise tha", "jpn joint_exercise usa",
                "sgp joint_exercise usa").doesNotContain("jpn joint_exercise sgp");
    }

    @Test
    void whoIsNamedBetweenAnExerciseNounAndItsVerbOfHostingHostsIt() {
        Extracted extracted = Extracted.from("The clearest sign is Tradewinds, the annual exercise SOUTHCOM co-hosts with a "
                + "Caribbean partner. France sent a frigate to Tradewinds for the first time.");

        assertThat(extracted.links()).contains("fra joint_exercise usa-southcom");
    }

    @Test
    void oneWhoOpensOrClosesAnExerciseAloneRunsItAndThoseWhoSendShipsAreItsGuests() {
        Extracted extracted = Extracted.from("The Indonesian Navy wrapped up the Komodo exercise in the Flores Sea on "
                + "Wednesday. The Royal Malaysian Navy sent two offshore patrol vessels.");

        assertThat(extracted.links()).contains("mys-rmn joint_exercise idn-navy", "mys joint_exercise idn");
    }

    @Test
    void aStatesOwnServiceOpeningTheExerciseItHostsIsTheHostItSpokeOf() {
        Extracted extracted = Extracted.from("Norway opens Arctic Bastion exercise with allies\nOn Monday the Norwegian "
                + "Armed Forces opened Arctic Bastion 27 in Troms. Finland sent 800 troops.");

        assertThat(extracted.links()).contains("fin joint_exercise nor-armed-forces", "fin joint_exercise nor");
    }

    @Test
    void aKnownSeriesNameInsideALongerNameIsAnotherExerciseAndARomanNumeralIsItsEdition() {
        assertThat(Extracted.from("Southern Command and the Guyana Defence Force completed Tradewinds Shield, a jungle "
                + "training exercise near Lethem.").model().exercises()).extracting(Exercise::name)
                .containsExactly("Tradewinds Shield");
        assertThat(Extracted.from("The South African Navy will host Chinese and Russian warships for Mosi III, a ten-day "
                + "exercise.").model().exercises()).extracting(Exercise::name).containsExactly("Mosi III");
    }

    @Test
    void thoseWhoseBoatsComeTogetherWithTheWarshipsAreGuestsToo() {
        Extracted extracted = Extracted.from("The Royal Australian Navy opened Kakadu 2028, its biennial maritime exercise, "
                + "off Darwin. Warships from Japan and India are taking part, together with Guardian-class patrol boats "
                + "from Fiji and Tonga.");

        assertThat(extracted.links()).contains("jpn joint_exercise aus-ran", "fji joint_exercise aus-ran",
                "ton joint_exercise aus-ran");
    }

    @Test
    void aStateThatCoHostsTheExerciseNamedJustBeforeHostsItsGuests() {
        Extracted extracted = Extracted.from("Canada will join Tradewinds, which Jamaica co-hosts with U.S. Southern Command "
                + "in May.");

        assertThat(extracted.links()).contains("can joint_exercise jam", "can joint_exercise usa-southcom");
    }

    @Test
    void aRelativeClauseAfterADemonymsShipAndItsNameIsTheShipsStates() {
        Extracted extracted = Extracted.from("A British frigate, HMS Iron Duke, which had been training with the Royal "
                + "Norwegian Navy off Tromsø, was ordered north on Wednesday.");

        assertThat(extracted.links()).contains("gbr joint_exercise nor-navy");
    }

    @Test
    void anExercisesNameGivenToAShipNamesTheShip() {
        assertThat(Extracted.from("Indian Coast Guard vessel Varuna will now serve the Sri Lanka Coast Guard.").model()
                .exercises()).isEmpty();
        assertThat(Extracted.from("India and France held Varuna off Goa.").model().exercises()).hasSize(1);
    }

    @Test
    void statesCountedAndDescribedBeforeTheirNamesOrTakingPartInAnAbsoluteClauseTakePart() {
        assertThat(Extracted.from("NATO kicked off a naval exercise on the Baltic Sea with 7,000 sailors from 16 nations, "
                + "including two aspiring to join the military alliance, Finland and Sweden.").model().exercises())
                .singleElement().extracting(Exercise::participants).asList().contains("fin", "swe");
        assertThat(Extracted.from("NATO began the BALTOPS exercise. But the alliance said that with both Sweden and Finland "
                + "participating, NATO is seizing the chance.").model().exercises())
                .singleElement().extracting(Exercise::participants).asList().contains("nato", "fin", "swe");
    }
}
