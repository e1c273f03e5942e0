package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.brieflens.model.ActorKind;

/** The gazetteer's data: broad, consistent, and read the way its README says. */
class GazetteerTest {
    private static final String FOLDER = "/org/brieflens/extract/gazetteer/";

    @Test
    void holdsEveryUnMemberStateAndTaiwan() {
        List<Map<String, String>> states = TsvTable.load(FOLDER + "states.tsv").rows();

        assertThat(states).hasSize(203);
        assertThat(states).extracting(row -> row.get("iso3")).contains("TWN", "USA", "CHN", "VNM", "TUV", "XSL", "GRL", "COK")
                .doesNotHaveDuplicates();
        assertThat(states).allSatisfy(row -> assertThat(row.get("capitals")).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"nato,32", "eu,27", "g7,7", "g20,19", "asean,11", "quad,4", "aukus,3", "ip4,4", "sco,10", "brics,10",
        "five-eyes,5"})
    void knowsTheGroupingsTheIssueNamesWithTheirMembers(String id, int members) {
        KnownActor grouping = Gazetteer.get().actor(id).orElseThrow();

        assertThat(grouping.memberIso3()).hasSize(members);
        assertThat(grouping.memberIso3()).allSatisfy(iso3 -> assertThat(Gazetteer.get().state(iso3)).isPresent());
    }

    @Test
    void ip4IsJapanSouthKoreaAustraliaAndNewZealand() {
        assertThat(Gazetteer.get().actor("ip4").orElseThrow().memberIso3()).containsExactlyInAnyOrder("JPN", "KOR", "AUS", "NZL");
    }

    @Test
    void everyGroupingMemberIsAKnownState() {
        for (Map<String, String> row : TsvTable.load(FOLDER + "groupings.tsv").rows()) {
            for (String iso3 : TsvTable.list(row.get("members"))) {
                assertThat(Gazetteer.get().state(iso3)).as("%s member %s", row.get("id"), iso3).isPresent();
            }
        }
    }

    @Test
    void companiesAndForcesBelongToKnownStates() {
        for (String file : List.of("companies.tsv", "forces.tsv")) {
            for (Map<String, String> row : TsvTable.load(FOLDER + file).rows()) {
                if (!row.get("iso3").isBlank()) {
                    assertThat(Gazetteer.get().state(row.get("iso3"))).as("%s %s", file, row.get("id")).isPresent();
                }
            }
        }
    }

    @Test
    void everyCurrencyIsAnIso4217CodeUsedByKnownStatesAndReadByASignOrWord() {
        List<Map<String, String>> currencies = TsvTable.load(FOLDER + "currencies.tsv").rows();

        assertThat(currencies).hasSizeGreaterThan(140).extracting(row -> row.get("code")).doesNotHaveDuplicates();
        for (Map<String, String> row : currencies) {
            String code = row.get("code");
            assertThat(java.util.Currency.getInstance(code.toUpperCase(java.util.Locale.ROOT)).getCurrencyCode())
                    .as("ISO 4217 code %s", code).isEqualToIgnoringCase(code);
            assertThat(TsvTable.list(row.get("signs")).size() + TsvTable.list(row.get("words")).size()).as(code).isPositive();
            for (String iso3 : TsvTable.list(row.get("states"))) {
                assertThat(Gazetteer.get().state(iso3)).as("%s is used by %s", code, iso3).isPresent();
            }
        }
    }

    @Test
    void noSurfaceNamesTwoActors() {
        Map<String, String> owners = new java.util.HashMap<>();
        Set<String> clashes = new HashSet<>();
        for (KnownActorSurface surface : KnownActorSurface.all()) {
            String previous = owners.putIfAbsent(surface.text(), surface.owner());
            if (previous != null && !previous.equals(surface.owner())) {
                clashes.add(surface.text() + ": " + previous + ", " + surface.owner());
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void everyAmbiguousSurfaceHasAPolicyAndItsCandidatesAreStates() {
        for (Map<String, String> row : TsvTable.load(FOLDER + "ambiguous.tsv").rows()) {
            assertThat(row.get("policy")).as(row.get("surface")).isIn("longest", "supported", "acting");
            for (String iso3 : TsvTable.list(row.get("means"))) {
                assertThat(Gazetteer.get().state(iso3)).as(row.get("surface")).isPresent();
            }
        }
    }

    @Test
    void titlesSayWhereTheyAffiliateAPerson() {
        for (Map<String, String> row : TsvTable.load(FOLDER + "titles.tsv").rows()) {
            Title title = Title.parse(row.get("title"), row.get("scope"));
            if (title.target() != null && title.scope() == Title.Scope.ORG) {
                assertThat(Gazetteer.get().actor(title.target())).as(row.get("title")).isPresent();
            } else if (title.target() != null) {
                assertThat(Gazetteer.get().state(title.target())).as(row.get("title")).isPresent();
            }
        }
    }

    @Test
    void theKremlinStandsForRussia() {
        assertThat(Gazetteer.get().state("RUS")).get().extracting(KnownActor::kind).isEqualTo(ActorKind.STATE);
        assertThat(Extracted.from("The Kremlin denied it.").actorIds()).containsExactly("rus");
    }

    @ParameterizedTest
    @CsvSource({"Hanwha Aerospace,KOR", "Heckler & Koch,DEU", "Israel Weapon Industries,ISR", "Nurol Makina,TUR",
            "Bharat Forge,IND", "Avibras,BRA", "Huawei,CHN", "TSMC,TWN", "ExxonMobil,USA", "TotalEnergies,FRA",
            "Gazprom,RUS", "Saudi Aramco,SAU", "DP World,ARE", "COSCO Shipping,CHN", "Maersk,DNK"})
    void knowsArmsMakersAndTheEnergyShippingAndChipCompaniesSecurityNewsNameWithTheirHomeStates(String name, String iso3) {
        Extracted extracted = Extracted.from("Officials met " + name + " executives on Monday.");

        assertThat(extracted.model().actors()).filteredOn(actor -> actor.kind() == ActorKind.COMPANY)
                .singleElement().satisfies(company -> assertThat(Gazetteer.get().actor(company.id()).orElseThrow().homeIso3())
                        .isEqualTo(iso3));
    }

    @ParameterizedTest
    @CsvSource({"Mossad,isr-mossad", "DRDO,ind-drdo", "Defense Security Cooperation Agency,usa-dsca",
            "Northern Fleet,rus-northern-fleet", "Black Sea Fleet,rus-black-sea-fleet", "Quds Force,irn-quds-force",
            "Inter-Services Public Relations,pak-ispr", "Southern Theater Command,chn-southern-theater",
            "Iranian Revolutionary Guard Corps,irn-irgc", "Vietnam People's Army,vnm-pavn", "TNI,idn-tni", "BAAINBw,deu-baainbw"})
    void knowsIntelligenceServicesDefenceAgenciesAndNamedFleetsAsForcesOfTheirState(String name, String id) {
        assertThat(Extracted.from("The " + name + " said the drills were routine.").actorIds()).contains(id);
    }

    @ParameterizedTest
    @CsvSource({"National People's Congress,chn-npc", "Bundesrat,deu-bundesrat", "Lok Sabha,ind-lok-sabha",
            "Bank of Israel,isr-boi", "Reserve Bank of India,ind-rbi", "UKMTO,gbr-ukmto"})
    void knowsLegislaturesCentralBanksAndMaritimeAgenciesAsBodiesOfTheirState(String name, String id) {
        assertThat(Extracted.from("The " + name + " said costs would rise.").actorIds()).contains(id);
    }

    @ParameterizedTest
    @CsvSource({"Doctors Without Borders,msf", "ICRC,icrc", "Monusco,monusco"})
    void knowsHumanitarianBodiesAndMissionsWrittenInTitleCaseAsOrganisationsOfNoState(String name, String id) {
        assertThat(Extracted.from("The " + name + " said the hospital was hit.").actorIds()).containsExactly(id);
    }

    @Test
    void thePentagonNorthKoreasNewsAgencyAndAidAgenciesAreBodiesOfTheirState() {
        assertThat(Extracted.from("KCNA said the launch succeeded; the Pentagon and USAID did not comment.").actorIds())
                .contains("prk-kcna", "usa-pentagon", "usa-usaid");
    }

    @Test
    void newsMediaThatHoldAStatesNameAreNoMentionOfIt() {
        assertThat(Extracted.from("Russia fired missiles, the Times of Israel and France 24 reported.").actorIds())
                .containsExactly("rus");
    }

    @Test
    void seasGulfsAndIslandsThatHoldAStatesNameAreNoMentionOfIt() {
        assertThat(Extracted.from("Russia sent a jet over the Gulf of Finland and the Irish Sea.").actorIds())
                .containsExactly("rus");
    }

    @Test
    void aResearchInstituteCitedAsASourceIsNoActorAndTheCapitalInItsNameNoState() {
        assertThat(Extracted.from("Spending rose, the Stockholm International Peace Research Institute said.").actorIds())
                .isEmpty();
    }

    @Test
    void aNamedFleetHoldingASeasNameIsTheFleetNotThePlace() {
        assertThat(Extracted.from("The Black Sea Fleet left Sevastopol.").actorIds()).containsExactlyInAnyOrder(
                "rus-black-sea-fleet", "rus");
    }

    @Test
    void knowsRegionalBodiesMissionsAndExportControlRegimes() {
        assertThat(Gazetteer.get().actor("mcm-black-sea").orElseThrow().memberIso3()).containsExactlyInAnyOrder("TUR", "ROU", "BGR");
        assertThat(Gazetteer.get().actor("eccas").orElseThrow().memberIso3()).hasSize(11);
        assertThat(Gazetteer.get().actor("iora").orElseThrow().memberIso3()).hasSize(23);
        assertThat(Extracted.from("NORAD tracked the aircraft. The Wassenaar Arrangement and UNFICYP were cited.").actorIds())
                .contains("norad", "wassenaar-arrangement", "unficyp");
    }

    @Test
    void anAircraftMakersNameAloneIsTakenOnlyWithSupport() {
        assertThat(Extracted.from("Russian Tupolev bombers flew near Alaska.").actorIds()).containsExactly("rus");
    }

    /** A name, alias, demonym or capital of an actor in the data files, with the row it belongs to. */
    private record KnownActorSurface(String text, String owner) {
        static List<KnownActorSurface> all() {
            List<KnownActorSurface> all = new java.util.ArrayList<>();
            for (Map<String, String> row : TsvTable.load(FOLDER + "states.tsv").rows()) {
                for (String column : List.of("name", "aliases", "demonyms", "capitals")) {
                    TsvTable.list(row.get(column)).forEach(text -> all.add(new KnownActorSurface(bare(text), row.get("iso3"))));
                }
            }
            for (String file : List.of("groupings.tsv", "companies.tsv", "forces.tsv")) {
                for (Map<String, String> row : TsvTable.load(FOLDER + file).rows()) {
                    all.add(new KnownActorSurface(bare(row.get("name")), row.get("id")));
                    TsvTable.list(row.get("aliases")).forEach(text -> all.add(new KnownActorSurface(bare(text), row.get("id"))));
                }
            }
            return all;
        }

        private static String bare(String text) {
            return text.replaceFirst("^[Tt]he ", "");
        }
    }

    @Test
    void wagnerAloneNamesTheGroup() {
        assertThat(Extracted.from("Mali teamed up with Russia's Wagner mercenary group in 2021.").links())
                .contains("mli partnership wagner");
    }

    @Test
    void dassaultAloneIsTheAircraftMakerAndDassaultSystemesIsAnotherCompany() {
        Extracted extracted = Extracted.from("Indonesia ordered 42 Dassault Rafale jets. Dassault Systèmes sells software.");
        assertThat(extracted.actorIds()).contains("dassault-aviation", "dassault-systemes");
        assertThat(extracted.links()).containsExactly("dassault-aviation arms_transfer idn");
    }
}
