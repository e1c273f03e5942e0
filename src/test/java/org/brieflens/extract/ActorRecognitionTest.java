package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import org.brieflens.model.Actor;
import org.brieflens.model.ActorKind;

class ActorRecognitionTest {

    @Test
    void extractsCapitalsAsTheirStates() {
        Extracted extracted = Extracted.from("Tokyo and Hanoi protested while the Kremlin and Canberra said nothing.");

        assertThat(extracted.actorIds()).containsExactlyInAnyOrder("jpn", "vnm", "rus", "aus");
        assertThat(extracted.mentionsOf("rus")).containsExactly("Kremlin");
    }

    @Test
    void demonymsNameTheirStates() {
        Extracted extracted = Extracted.from("Japanese, Chinese and French officials met.");

        assertThat(extracted.actorIds()).containsExactlyInAnyOrder("jpn", "chn", "fra");
    }

    @Test
    void aMentionLeavesOutTheArticleAndThePossessive() {
        Extracted extracted = Extracted.from("The United States' allies and Japan's navy sailed.");

        assertThat(extracted.mentionsOf("usa")).containsExactly("United States");
        assertThat(extracted.mentionsOf("jpn")).containsExactly("Japan");
    }

    @Test
    void aPlaceHoldingAStatesNameIsNotThatState() {
        Extracted extracted = Extracted.from("Ships crossed the Taiwan Strait into the South China Sea and the Sea of Japan.");

        assertThat(extracted.actorIds()).isEmpty();
    }

    @Test
    void anAmbiguousNameCountsOnlyWhereTheBriefAlsoNamesItsActorPlainly() {
        assertThat(Extracted.from("Analysts at a Washington think tank weighed the options.").actorIds()).isEmpty();
        assertThat(Extracted.from("A Washington think tank weighed options. The U.S. acted.").mentionsOf("usa"))
                .containsExactly("Washington", "U.S.");
    }

    @Test
    void aStatesOwnForceNamedPlainlySupportsTheStatesAmbiguousName() {
        assertThat(Extracted.from("The FARDC said rebels took two towns in Congo.").actorIds()).containsExactlyInAnyOrder("fardc", "cod");
        assertThat(Extracted.from("Rebels took two towns in Congo.").actorIds()).isEmpty();
        assertThat(Extracted.from("Uganda fights the Allied Democratic Forces (ADF). The ADF retreated.").actorIds())
                .containsExactlyInAnyOrder("uga", "adf-rebels");
    }

    @Test
    void aBodyWrittenAfterItsCapitalAndDemonymIsMentionedOnceAndServesTheTitledPerson() {
        Extracted extracted = Extracted.from("In Beijing, Chinese Foreign Ministry spokesperson Lin Haoran condemned the Quad.");

        assertThat(extracted.mentionsOf("chn-foreign-ministry")).containsExactly("Foreign Ministry");
        assertThat(extracted.links()).contains("haoran condemnation quad").doesNotContain("chn-foreign-ministry condemnation quad");
    }

    @Test
    void aNameSetOffByCommasAfterAnyRoleIsAPersonOfTheRolesOwner() {
        Extracted extracted = Extracted.from("Batbayar received Japan's State Minister of Defense, Kenji Morimoto, and Mexico's "
                + "Foreign Secretary, Lucía Montaño, as well as Kosovo's chief negotiator, Besa Krasniqi, and her Serbian "
                + "counterpart, Nenad Pavlović. South Korea's defence minister, Park Jae-hoon, flew in. He also met "
                + "Vietnam's ambassador, Nguyen Thi Lan.");

        assertThat(extracted.model().actors()).filteredOn(actor -> actor.kind() == ActorKind.PERSON)
                .extracting(Actor::id, Actor::affiliation)
                .contains(tuple("morimoto", "jpn"), tuple("montano", "mex"), tuple("krasniqi", "xkx"), tuple("pavlovic", "srb"),
                        tuple("jae-hoon", "kor"), tuple("lan", "vnm"));
    }

    @Test
    void aFullNameMetAfterItsSurnameIsTheSamePerson() {
        Extracted extracted = Extracted.from("Tuilagi signed an arrangement with New Zealand's Minister of Defence, Rachel "
                + "Holloway, in Suva. Minister Holloway also met Prime Minister Rabuka.");

        assertThat(extracted.actorIds()).contains("holloway").doesNotContain("holloway-person");
    }

    @Test
    void anAmbiguousCompanyNameListedWithACompanyNamedPlainlyIsThatCompany() {
        assertThat(Extracted.from("BAE Systems, Leonardo and Mitsubishi Heavy Industries formed a venture. The engine is "
                + "developed by Rolls-Royce with IHI.").actorIds()).contains("leonardo", "rolls-royce");
        assertThat(Extracted.from("Leonardo da Vinci painted. A Rolls-Royce drove by.").actorIds()).isEmpty();
    }

    @Test
    void aCapitalAddressedByAVerbOfDiplomacyIsItsGovernment() {
        assertThat(Extracted.from("China's defence ministry accused Washington of meddling.").links()).contains("chn condemnation usa");
    }

    @Test
    void aCapitalThatCanNameOtherThingsCountsWhereItActs() {
        assertThat(Extracted.from("Washington weighed its options.").actorIds()).containsExactly("usa");
        assertThat(Extracted.from("The transfer was approved by Washington.").actorIds()).containsExactly("usa");
        assertThat(Extracted.from("Analysts at a Washington think tank weighed the options.").actorIds()).isEmpty();
    }

    @Test
    void anAmbiguousCompanyNameAfterItsHomeStatesPossessiveIsTheCompany() {
        assertThat(Extracted.from("Australia ordered missiles from Norway's Kongsberg.").actorIds())
                .containsExactlyInAnyOrder("aus", "nor", "kongsberg");
    }

    @Test
    void aNameEndingInACorporateWordIsACompanyOfTheStateItNames() {
        Extracted extracted = Extracted.from("The port was leased to China Merchants Port Holdings, and Electro Optic "
                + "Systems sold weapon stations abroad.");

        assertThat(extracted.actor("china-merchants-port-holdings")).get().extracting(Actor::kind, Actor::affiliation)
                .containsExactly(ActorKind.COMPANY, "chn");
        assertThat(extracted.actor("electro-optic-systems")).get().extracting(Actor::kind).isEqualTo(ActorKind.COMPANY);
        assertThat(Extracted.from("The General Authority for Military Industries approved it.").actorIds())
                .doesNotContain("military-industries");
        assertThat(Extracted.from("Japan bought Integrated Air Defense Systems.").actorIds()).containsExactly("jpn");
    }

    @Test
    void anAmbiguousDemonymTakesTheStateTheBriefNames() {
        Extracted extracted = Extracted.from("North Korea fired a missile. Korean officials watched.");

        assertThat(extracted.mentionsOf("prk")).containsExactly("North Korea", "Korean");
        assertThat(extracted.actorIds()).doesNotContain("kor");
    }

    @Test
    void servicesAreOrganisationsAffiliatedWithTheirState() {
        Extracted extracted = Extracted.from("Hanoi's coast guard drilled with French and Italian naval forces "
                + "and the Royal Australian Navy.");

        assertThat(extracted.actor("vnm-coast-guard")).get().extracting(Actor::kind, Actor::affiliation)
                .containsExactly(ActorKind.ORGANISATION, "vnm");
        assertThat(extracted.actor("fra-navy")).get().extracting(Actor::affiliation).isEqualTo("fra");
        assertThat(extracted.actor("ita-navy")).get().extracting(Actor::affiliation).isEqualTo("ita");
        assertThat(extracted.actor("aus-ran")).get().extracting(Actor::affiliation).isEqualTo("aus");
    }

    @Test
    void aServiceHeadModifyingAnotherNounIsNoOrganisation() {
        assertThat(Extracted.from("He spoke at a Polish army base.").actorIds()).containsExactly("pol");
    }

    @Test
    void aStateOrganNamesItsStateEvenWhenTheStateIsNotWrittenApart() {
        Extracted extracted = Extracted.from("The China Coast Guard shadowed the ships.");

        assertThat(extracted.actor("chn-ccg")).get().extracting(Actor::affiliation).isEqualTo("chn");
        assertThat(extracted.actor("chn")).isPresent();
    }

    @Test
    void titledPeopleAreAffiliatedWithTheBodyOrStateTheTitleNames() {
        Extracted extracted = Extracted.from("NATO Secretary General Mark Rutte met South Korean President Yoon Suk Yeol "
                + "and Rear Adm. Kazushi Yokota of the Japan Maritime Self-Defense Force.");

        assertThat(extracted.actor("rutte")).get().extracting(Actor::name, Actor::kind, Actor::affiliation)
                .containsExactly("Mark Rutte", ActorKind.PERSON, "nato");
        assertThat(extracted.actor("yeol")).get().extracting(Actor::affiliation).isEqualTo("kor");
        assertThat(extracted.actor("yokota")).get().extracting(Actor::affiliation).isEqualTo("jpn-jmsdf");
    }

    @Test
    void laterMentionsBySurnameResolveToTheSamePerson() {
        Extracted extracted = Extracted.from("Defence Minister Richard Marles visited Japan. Mr Marles said Marles would return.");

        assertThat(extracted.mentionsOf("marles")).containsExactly("Richard Marles", "Marles", "Marles");
        assertThat(extracted.model().actors().stream().filter(actor -> actor.kind() == ActorKind.PERSON)).hasSize(1);
    }

    @Test
    void aFamilyNameWrittenFirstResolvesLaterMentionsToo() {
        Extracted extracted = Extracted.from("Spokesperson Fang Lijun called the patrols a warning. Fang said more would follow.");

        assertThat(extracted.model().actors()).filteredOn(actor -> actor.kind() == ActorKind.PERSON).hasSize(1);
        assertThat(extracted.mentionsOf("lijun")).containsExactly("Fang Lijun", "Fang");
    }

    @Test
    void aStateNewsAgencyIsABodyOfItsStateWhileAPrivateAgencyIsOnlyCited() {
        Extracted extracted = Extracted.from("Russia revoked the treaty, state-run news agency TASS reported, Reuters said.");

        assertThat(extracted.actorIds()).containsExactlyInAnyOrder("rus", "rus-tass");
        assertThat(extracted.actor("rus-tass")).get().extracting(Actor::affiliation).isEqualTo("rus");
    }

    @Test
    void aStatesMilitaryIsABodyOnlyWhereItHeadsItsNounPhrase() {
        Extracted acting = Extracted.from("Pakistan's military on Monday conducted a test. The South Korean military said drones crossed.");
        Extracted describing = Extracted.from("Indian military personnel left. China's military activity grew. Its military spoke.");

        assertThat(acting.actor("pak-military")).get().extracting(Actor::affiliation).isEqualTo("pak");
        assertThat(acting.actorIds()).contains("kor-military");
        assertThat(describing.model().actors()).extracting(Actor::kind).containsOnly(ActorKind.STATE);
    }

    @Test
    void itsServicePastAnObjectBelongsToTheStateTheSentenceOpensWith() {
        Extracted extracted = Extracted.from("The Netherlands picked French company Naval Group to build four submarines for its navy.");

        assertThat(extracted.actor("nld-navy")).get().extracting(Actor::affiliation).isEqualTo("nld");
    }

    @Test
    void theCountrysServiceBelongsToTheStateBeforeItAsItsDoes() {
        Extracted extracted = Extracted.from("Russian media reported that ships from the country's Pacific Fleet arrived.");

        assertThat(extracted.actor("rus-pacific-fleet")).get().extracting(Actor::affiliation).isEqualTo("rus");
    }

    @Test
    void aServiceJoinedByAndToAStatesServiceBelongsToThatState() {
        Extracted extracted = Extracted.from("About 1,000 U.S. Army and Navy sailors will handle it. Mali's army and police were trained.");

        assertThat(extracted.actor("usa-navy")).get().extracting(Actor::affiliation).isEqualTo("usa");
        assertThat(extracted.actor("mli-police")).get().extracting(Actor::affiliation).isEqualTo("mli");
    }

    @Test
    void anOrganWrittenAfterAnInternationalBodyIsABodyOfIt() {
        Extracted extracted = Extracted.from("IAEA Board of Governors Censures Iran. The CSTO Secretariat has not received any notice.");

        assertThat(extracted.actor("iaea-board-of-governors")).get().extracting(Actor::name, Actor::affiliation)
                .containsExactly("IAEA Board of Governors", "iaea");
        assertThat(extracted.actor("csto-secretariat")).get().extracting(Actor::affiliation).isEqualTo("csto");
    }

    @Test
    void theMinistryOrOfficeAloneIsTheHomeStates() {
        Extracted mod = Extracted.from("Britain has trained 17,000 Ukrainian recruits, according to the MOD.");
        Extracted office = Extracted.from("Pakistan tested a missile on Monday, said the Prime Minister's Office.");

        assertThat(mod.model().actors()).filteredOn(actor -> actor.kind() == ActorKind.ORGANISATION)
                .extracting(Actor::affiliation).containsExactly("gbr");
        assertThat(office.model().actors()).filteredOn(actor -> actor.kind() == ActorKind.ORGANISATION)
                .extracting(Actor::affiliation).containsExactly("pak");
    }

    @Test
    void aCorporateWordInATitleCaseHeadlineNamesNoCompany() {
        assertThat(Extracted.from("Navy Plans to Cut Shipbuilding Budget Face Pushback on Capitol Hill\nLawmakers objected.")
                .actorIds()).containsExactlyInAnyOrder("usa-congress", "usa");
    }

    @Test
    void capitalisedNamesEndingInACollegeCommitteeCoalitionOrUnitAreBodies() {
        Extracted extracted = Extracted.from("Japan's new Amphibious Rapid Deployment Brigade will join the drills. "
                + "El Fasher Resistance Committees reported deaths. He spoke at the U.S. Naval War College.");

        assertThat(extracted.model().actors()).filteredOn(actor -> actor.kind() == ActorKind.ORGANISATION)
                .extracting(Actor::name).contains("Amphibious Rapid Deployment Brigade", "El Fasher Resistance Committees",
                        "Naval War College");
    }

    @Test
    void aNameWithNoTitleIsAPersonWhereItsFamilyNameStandsAloneAsAPersonElsewhere() {
        Extracted extracted = Extracted.from("Prabowo Subianto prepares to take office in October. "
                + "Subianto, who is defence minister, met Australia's Richard Marles. Lee Seung-o briefed reporters. Lee said more would come.");

        assertThat(extracted.personNames()).contains("Prabowo Subianto", "Lee Seung-o");
        assertThat(extracted.mentionsOf("subianto")).containsExactly("Prabowo Subianto", "Subianto");
    }

    @Test
    void aLongNameWithParticlesIsAPersonWhereARoleIsSetBesideIt() {
        Extracted extracted = Extracted.from("This was revealed by Ahmed bin Abdul Aziz Al-Ohali, governor of the Saudi Central Bank. "
                + "The envoy of Luiz Inácio Lula da Silva, president of Brazil, met Badr al-Busaidi, Oman's foreign minister.");

        assertThat(extracted.personNames())
                .containsExactlyInAnyOrder("Ahmed bin Abdul Aziz Al-Ohali", "Luiz Inácio Lula da Silva", "Badr al-Busaidi");
    }

    @Test
    void aNameRightAfterARoleInLowerCaseIsAPerson() {
        Extracted extracted = Extracted.from("The coup ousted long-time ruler Robert Mugabe in 2017. "
                + "SeaLight director Ray Powell in a statement on Tuesday said data showed it.");

        assertThat(extracted.personNames()).containsExactlyInAnyOrder("Robert Mugabe", "Ray Powell");
    }

    @Test
    void aPlaceOrAPartyAfterAStatesPossessiveIsNoPerson() {
        assertThat(Extracted.from("The missile was launched from Yemen's Al-Jawf Governorate. Rep. Rob Wittman, a Virginia Republican, spoke.")
                .personNames()).doesNotContain("Al-Jawf Governorate", "Virginia Republican");
    }

    @Test
    void aNameBeforeAVerbOfWhatPeopleDoIsAPerson() {
        Extracted extracted = Extracted.from("It was the first such trip since Franz Josef Jung visited in 2008. "
                + "Donald Trump threw his support behind NATO.");

        assertThat(extracted.personNames()).containsExactlyInAnyOrder("Franz Josef Jung", "Donald Trump");
    }

    @Test
    void aNameBeforeARoleAfterAsOrBeforeWhoIsAPerson() {
        assertThat(Extracted.from("Andrei Belousov replaced Sergei Shoigu as defense minister in May.").personNames())
                .contains("Sergei Shoigu");
        assertThat(Extracted.from("He was joined by Yair Lapid, who accused the government of waste.").personNames())
                .containsExactly("Yair Lapid");
    }

    @Test
    void aNameWhosePartsStandAloneAsPlacesOrGroupsOrInATitleCaseHeadlineIsNoPerson() {
        assertThat(Extracted.from("Shelling hit North Darfur today. Fighting goes on in Darfur.").model().actors())
                .extracting(Actor::kind).doesNotContain(ActorKind.PERSON);
        assertThat(Extracted.from("Troops Kill Three Khwarij Near Border\nTroops killed two Khwarij, the army said.")
                .model().actors()).extracting(Actor::kind).doesNotContain(ActorKind.PERSON);
        assertThat(Extracted.from("Sri Lanka Clears Ship Amidst Geopolitical Concerns\nConcerns raised by India grew.")
                .model().actors()).extracting(Actor::kind).doesNotContain(ActorKind.PERSON);
    }

    @Test
    void stackedTitlesPutTheNameAfterTheLastOfThem() {
        Extracted extracted = Extracted.from("Ministry spokesperson Senior Col. Fang Lijun called the patrols a warning.");

        assertThat(extracted.personNames()).containsExactly("Fang Lijun");
    }

    @Test
    void aTitleThatNamesNoStateBelongsToTheStateTheBriefIsAbout() {
        Extracted extracted = Extracted.from("Japan raised its budget. Japan's navy grew. Tokyo is worried about China.\n"
                + "With Prime Minister Ishiba advocating reform, analysts waited.");

        assertThat(extracted.actor("ishiba")).get().extracting(Actor::affiliation).isEqualTo("jpn");
    }

    @Test
    void aTitleWithoutAStateSkipsAStateThatAlreadyHasAPersonOfThatTitle() {
        Extracted extracted = Extracted.from("South Korea hosted talks. South Korea and the U.S. agreed.\n"
                + "They met President Joe Biden and South Korean President Yoon Suk Yeol.");

        assertThat(extracted.actor("biden")).get().extracting(Actor::affiliation).isEqualTo("usa");
    }

    @Test
    void anAcronymIntroducedInBracketsNamesTheBodyFromThenOn() {
        Extracted extracted = Extracted.from("The Defense Acquisition Program Administration (DAPA) said so. DAPA added more.");

        assertThat(extracted.mentionsOf("defense-acquisition-program-administration"))
                .containsExactly("Defense Acquisition Program Administration", "DAPA", "DAPA");
    }

    @Test
    void theAllianceIsTheOnlyAllianceTheBriefNames() {
        Extracted extracted = Extracted.from("NATO met. The alliance's leaders agreed.");

        assertThat(extracted.mentionsOf("nato")).containsExactly("NATO", "alliance");
    }

    @Test
    void groupingsListTheMembersThatTheBriefNames() {
        Extracted extracted = Extracted.from("The IP4 met with Japan, Australia and France.");

        assertThat(extracted.actor("ip4").orElseThrow().members()).containsExactlyInAnyOrder("jpn", "aus");
        assertThat(extracted.actor("jpn").orElseThrow().memberOf()).containsExactly("ip4");
    }

    @Test
    void companiesBelongToTheirHomeState() {
        Extracted extracted = Extracted.from("Japanese contractors like Mitsubishi Heavy Industries gained.");

        assertThat(extracted.actor("mitsubishi-heavy-industries")).get().extracting(Actor::kind, Actor::affiliation)
                .containsExactly(ActorKind.COMPANY, "jpn");
    }

    @Test
    void aBodyNamedAfterAStateBelongsToIt() {
        assertThat(Extracted.from("U.S. State Department spokesperson Matthew Miller urged restraint.")
                .actor("state-department")).get().extracting(Actor::affiliation).isEqualTo("usa");
    }

    @Test
    void aSpokespersonBelongsToTheBodyBeforeTheTitle() {
        assertThat(Extracted.from("China's foreign ministry spokesperson Lin Jian said Beijing objected.").actor("jian"))
                .get().extracting(Actor::affiliation).isEqualTo("chn-foreign-ministry");
    }

    @Test
    void peopleNamedWithoutATitleAreFoundBesideAVerbOfSayingOrAnApposition() {
        Extracted extracted = Extracted.from("Lloyd Austin, the U.S. defense secretary, arrived. \"We stand together,\" said "
                + "Pete Hegseth. Rajnath Singh said more.");

        assertThat(extracted.actor("austin")).get().extracting(Actor::affiliation).isEqualTo("usa");
        assertThat(extracted.actorIds()).contains("hegseth", "singh");
    }

    @Test
    void aHyphenatedGivenNameIsPartOfTheName() {
        assertThat(Extracted.from("Gen. Kim Myung-soo visited Seoul.").actor("myung-soo")).get()
                .extracting(Actor::name).isEqualTo("Kim Myung-soo");
    }

    @Test
    void neitherATitleAloneNorANewsAgencyIsAnActor() {
        assertThat(Extracted.from("Vice President said nothing. Yonhap News Agency said the drills ended.").actorIds())
                .isEmpty();
    }

    @Test
    void aLowercaseTitleBeforeAGivenNameAndSurnameNamesAPersonButNotBeforeAWordOfTheCalendar() {
        assertThat(Extracted.from("Allies met in The Hague, where secretary-general Mark Rutte spoke.").actorIds())
                .contains("rutte");
        assertThat(Extracted.from("Later the defence minister Monday said no.").model().actors()).extracting(Actor::kind)
                .doesNotContain(ActorKind.PERSON);
    }

    @Test
    void aTitleOfAPortfolioOrWithInitialsOrARoleSomeoneHoldsNamesAPerson() {
        assertThat(Extracted.from("Minister of Agriculture Avi Dichter objected.").actorIds()).containsExactly("dichter");
        assertThat(Extracted.from("Officials included Secretary of Defence Lloyd Austin.").actorIds()).containsExactly("austin");
        assertThat(Extracted.from("Nepal's Prime Minister K.P. Sharma Oli returns.").actor("oli")).get()
                .extracting(Actor::name, Actor::affiliation).containsExactly("K.P. Sharma Oli", "npl");
        assertThat(Extracted.from("Biden met Jake Sullivan, his national security adviser.").actorIds()).contains("sullivan");
        assertThat(Extracted.from("The ships sailed to Port Moresby, the capital, on Monday.").model().actors())
                .extracting(Actor::kind).doesNotContain(ActorKind.PERSON);
    }

    @Test
    void aServiceChiefBelongsToTheServiceBeforeTheLowercaseTitle() {
        assertThat(Extracted.from("Australian Defence Force chief Admiral David Johnston said India would join.")
                .actor("johnston")).get().extracting(Actor::affiliation).isEqualTo("aus-adf");
    }

    @Test
    void aRoleOfABodyBeforeANameSetOffByCommasMakesAPersonOfThatBody() {
        assertThat(Extracted.from("The chairman of Russia’s State Duma, Vyacheslav Volodin, wrote last month.").actor("volodin"))
                .get().extracting(Actor::affiliation).isEqualTo("rus-duma");
        assertThat(Extracted.from("The deputy director general of the Finnish police, Ilkka Koskimaki, said so.")
                .actor("koskimaki")).get().extracting(Actor::affiliation).isEqualTo("fin-police");
    }

    @Test
    void noPersonIsNamedWithAnInstitutionsWordsAndNoBodyRunsOnThroughAPersonsName() {
        assertThat(Extracted.from("The Ministry of Defence and Veterans Affairs said.").model().actors()).isEmpty();
        Extracted extracted = Extracted.from("He met Tanzanian President John Magufuli and Defense and National Service "
                + "Minister Hussein Mwinyi.");
        assertThat(extracted.actor("magufuli")).get().extracting(Actor::affiliation).isEqualTo("tza");
        assertThat(Extracted.from("Ambassador Laura S.H. Holgate spoke.").actor("holgate")).get()
                .extracting(Actor::name).isEqualTo("Laura S.H. Holgate");
    }

    @Test
    void aShipNamedForATitledPersonIsNoPerson() {
        assertThat(Extracted.from("The Russian frigate Admiral Gorshkov entered Havana harbour.").model().actors())
                .extracting(Actor::kind).doesNotContain(ActorKind.PERSON);
        assertThat(Extracted.from("Admiral John Aquilino said the ships left.").actorIds()).contains("aquilino");
    }

    @Test
    void aStatesPoliceAndCustomsAreItsBodies() {
        assertThat(Extracted.from("Finnish special forces boarded the tanker as Finnish Customs and the Thai police looked on.")
                .actorIds()).contains("fin-customs", "tha-police").doesNotContain("fin-special-forces");
    }

    @Test
    void anInternationalBodyThatOpensAnotherBodysNameIsMentionedThere() {
        Extracted extracted = Extracted.from("The U.N. Security Council met on Friday.");

        assertThat(extracted.actorIds()).containsExactlyInAnyOrder("unsc", "un");
        assertThat(extracted.mentionsOf("un")).containsExactly("U.N.");
    }

    @Test
    void aStateNamedInsideACompanysNameIsMentionedThere() {
        Extracted extracted = Extracted.from("The jets were built by Israel Aerospace Industries.");

        assertThat(extracted.mentionsOf("isr")).containsExactly("Israel");
        assertThat(extracted.actor("israel-aerospace-industries")).get().extracting(Actor::affiliation).isEqualTo("isr");
    }

    @Test
    void aNumberedUnitIsAnOrganisationOfTheStateBeforeIt() {
        Extracted extracted = Extracted.from("Germany's 45th Panzer Brigade will move east.");

        assertThat(extracted.actor("deu-45th-panzer-brigade")).get().extracting(Actor::name, Actor::affiliation)
                .containsExactly("45th Panzer Brigade", "deu");
    }

    @Test
    void aBodyNamedAroundAnAllianceBelongsToIt() {
        Extracted extracted = Extracted.from("Standing NATO Mine Countermeasures Group 1 sailed at dawn.");

        Actor group = extracted.actor("standing-nato-mine-countermeasures-group-1").orElseThrow();
        assertThat(group.affiliation()).isEqualTo("nato");
        assertThat(extracted.mentionsOf("nato")).containsExactly("NATO");
    }

    @Test
    void pluralServicesAfterDemonymsAreOneServicePerState() {
        Extracted extracted = Extracted.from("Finnish and Swedish coast guards searched the area.");

        assertThat(extracted.actorIds()).contains("fin-coast-guard", "swe-coast-guard");
    }

    @Test
    void aServiceWrittenByPatternIsTheForceTheGazetteerKnows() {
        assertThat(Extracted.from("Chinese coast guard ships approached.").actorIds()).contains("chn-ccg")
                .doesNotContain("chn-coast-guard");
    }

    @Test
    void aDescribedBodyIsTheOneBodyNamedInFullOrABodyOfItsOwn() {
        Extracted named = Extracted.from("Seoul's arms procurement agency said so. The Defense Acquisition Program "
                + "Administration (DAPA) signed.");
        Extracted described = Extracted.from("Egypt's canal authority said revenue fell.");

        Actor agency = named.actor("defense-acquisition-program-administration").orElseThrow();
        assertThat(agency.affiliation()).isEqualTo("kor");
        assertThat(named.mentionsOf("defense-acquisition-program-administration")).contains("arms procurement agency");
        assertThat(described.actor("egy-canal-authority")).get().extracting(Actor::kind, Actor::affiliation)
                .containsExactly(ActorKind.ORGANISATION, "egy");
    }

    @Test
    void aBodyNoWordsPlaceBelongsToTheStateOfTheDateline() {
        Extracted extracted = Extracted.from("SEOUL, Aug 29 (BriefLens) - South Korea will spend more. "
                + "The Defense Acquisition Program Administration will buy jets.");

        assertThat(extracted.actor("defense-acquisition-program-administration")).get().extracting(Actor::affiliation)
                .isEqualTo("kor");
        Extracted dashed = Extracted.from("LONDON — Prime Minister Rishi Sunak announced the deal at the G20 summit in Bali, "
                + "Indonesia. The Ministry of Defence signed it with BAE Systems, securing UK jobs.");
        assertThat(dashed.actor("gbr-ministry-of-defence")).get().extracting(Actor::affiliation).isEqualTo("gbr");
    }

    @Test
    void definiteNounsReferToTheActorNamedLast() {
        Extracted extracted = Extracted.from("Houthi forces fired at ships. The group vowed more. Saudi Arabia "
                + "called for calm, and the kingdom sent envoys. Pyongyang fired a missile; the North said it was a test.");

        assertThat(extracted.mentionsOf("houthis")).contains("group");
        assertThat(extracted.mentionsOf("sau")).contains("kingdom");
        assertThat(extracted.mentionsOf("prk")).contains("North");
    }

    @Test
    void aLegislatureIsAnOrganisationOfItsState() {
        assertThat(Extracted.from("Lithuania's Seimas endorsed the plan.").actor("ltu-seimas")).get()
                .extracting(Actor::affiliation).isEqualTo("ltu");
    }

    @Test
    void recognisesCompaniesTheGazetteerLacksByTheirDescription() {
        Extracted extracted = Extracted.from("Guyana will buy vessels from the Dutch shipbuilder Damen. "
                + "The tanker was tracked by Ambrey, a British maritime security firm.");

        assertThat(extracted.actor("damen")).get().extracting(Actor::kind, Actor::affiliation)
                .containsExactly(ActorKind.COMPANY, "nld");
        assertThat(extracted.actor("ambrey")).get().extracting(Actor::kind, Actor::affiliation)
                .containsExactly(ActorKind.COMPANY, "gbr");
        assertThat(extracted.links()).contains("damen arms_transfer guy");
    }

    @Test
    void aStatesNamedUnitAfterItsPossessiveIsAnOrganisationOfThatState() {
        Extracted extracted = Extracted.from("Estonia's Scouts Battalion and Latvia's Mechanised Brigade took part.");

        assertThat(extracted.actor("scouts-battalion")).get().satisfies(unit -> {
            assertThat(unit.kind()).isEqualTo(org.brieflens.model.ActorKind.ORGANISATION);
            assertThat(unit.affiliation()).isEqualTo("est");
        });
        assertThat(extracted.actor("mechanised-brigade")).get().extracting(org.brieflens.model.Actor::affiliation)
                .isEqualTo("lva");
    }

    @Test
    void thePluralForcesOfSeveralStatesAreThoseStatesNotOneStatesService() {
        Extracted extracted = Extracted.from("Japan offered aid for the navies of Vietnam, Malaysia and Indonesia.");

        assertThat(extracted.actorIds()).containsExactlyInAnyOrder("jpn", "vnm", "mys", "idn");
        assertThat(extracted.links()).contains("jpn support vnm", "jpn support mys", "jpn support idn");
    }

    @Test
    void aNumberedUnitAfterAServicesPossessiveBelongsToThatService() {
        Extracted extracted = Extracted.from("The Indian Navy's Ninth Fleet held drills with the Royal Navy.");

        assertThat(extracted.actor("ninth-fleet")).get().extracting(org.brieflens.model.Actor::affiliation)
                .isEqualTo("ind-navy");
        assertThat(extracted.links()).contains("ind joint_exercise gbr");
    }

    @Test
    void aPersonNamedAfterTheirRoleBetweenCommasBelongsToTheActorOfTheRole() {
        Extracted minister = Extracted.from("Romania's defence minister, Ana Stoica, said Bucharest would buy minehunters.");
        Extracted spokesperson = Extracted.from("A U.S. State Department spokesperson, Mark Ellery, called the drills ill-timed.");

        assertThat(minister.actor("stoica")).get().extracting(Actor::kind, Actor::affiliation)
                .containsExactly(ActorKind.PERSON, "rou");
        assertThat(spokesperson.actor("ellery")).get().extracting(Actor::affiliation).isEqualTo("state-department");
        assertThat(Extracted.from("The ship, Xiang Yang Hong, docked at Colombo.").actorIds()).isEmpty();
    }

    @Test
    void aPersonNamedAfterARoleNoActorOwnsBelongsToTheHomeState() {
        Extracted extracted = Extracted.from("Kenya said the country's defence minister, Soipan Tuya, would travel.");

        assertThat(extracted.actor("tuya")).get().extracting(Actor::kind, Actor::affiliation)
                .containsExactly(ActorKind.PERSON, "ken");
    }

    @Test
    void anAppositionWithARoleForAnActorOrAnActorsOfficialAffiliatesThePerson() {
        assertThat(Extracted.from("John Kirby, a spokesman for the Pentagon, said the carrier would stay.").actor("kirby"))
                .get().extracting(Actor::affiliation).isEqualTo("usa-pentagon");
        assertThat(Extracted.from("Basem Naim, a senior Hamas official, said talks had stalled.").actor("naim"))
                .get().extracting(Actor::affiliation).isEqualTo("hamas");
    }

    @Test
    void anAppositionWithACapitalisedTitleOrARoleToAnActorAffiliatesThePerson() {
        assertThat(Extracted.from("Mykhailo Podolyak, a senior aide to Ukraine's president, said the offensive was slow.")
                .actor("podolyak")).get().extracting(Actor::affiliation).isEqualTo("ukr");
        assertThat(Extracted.from("Washington informed Jorge Argüello, Argentina's Ambassador to the United States.")
                .actor("arguello")).get().extracting(Actor::affiliation).isEqualTo("arg");
        assertThat(Extracted.from("China summoned Akira Yokochi, the Chargé d'Affaires of the Japanese Embassy.")
                .actor("yokochi")).get().extracting(Actor::affiliation).isEqualTo("jpn-embassy");
    }

    @Test
    void aRolesOwnerMayComeAFewWordsAfterTheRole() {
        assertThat(Extracted.from("Flemming Drejer, director of operations at Denmark's intelligence service, noted a threat.")
                .actor("drejer")).get().extracting(Actor::affiliation).isEqualTo("dnk-intelligence-service");
        assertThat(Extracted.from("Reports prompted Hikmet Hajiyev, foreign policy adviser to the President of Azerbaijan, "
                + "to protest.").actor("hajiyev")).get().extracting(Actor::affiliation).isEqualTo("aze");
        assertThat(Extracted.from("Baku summoned the Indian Ambassador to the country, Sridharan Madhusudhanan.")
                .actor("madhusudhanan")).get().extracting(Actor::affiliation).isEqualTo("ind");
    }

    @Test
    void aRoleOfAnOwnerNoGazetteerKnowsOrOfAnUnnamedOneStillMakesAPerson() {
        assertThat(Extracted.from("Hannu Muikku, Cinia's business director, confirmed the damage in Finland.")
                .actor("muikku")).get().extracting(Actor::affiliation).isNull();
        assertThat(Extracted.from("Azerbaijan fired on Armenia. The head of the village administration, Khachatur "
                + "Baghdasarian, told reporters.").actorIds()).contains("baghdasarian");
        assertThat(Extracted.from("Brazilian first lady Janja Lula da Silva launched the submarine.").actor("silva"))
                .get().extracting(Actor::affiliation).isEqualTo("bra");
    }

    @Test
    void anOccupationOrAPortfolioInAnAppositionMakesAPersonWithoutAnOwner() {
        assertThat(Extracted.from("Bec Strating, a professor of international relations at La Trobe University, said so.")
                .actor("strating")).get().extracting(Actor::affiliation).isNull();
        assertThat(Extracted.from("Cyprus protested, said Georgios Lakkotrypis, Minister of Energy, Commerce and Tourism.")
                .actor("lakkotrypis")).get().extracting(Actor::affiliation).isEqualTo("cyp");
        assertThat(Extracted.from("Ukraine released Viktor Medvedchuk, a Ukrainian politician with ties to Moscow.")
                .actor("medvedchuk")).get().extracting(Actor::affiliation).isEqualTo("ukr");
        assertThat(Extracted.from("Nancy Pelosi, the speaker of the US House of Representatives, visited Taiwan.")
                .actor("pelosi")).get().extracting(Actor::affiliation).isEqualTo("usa-house");
    }

    @Test
    void aRoleInCapitalsOrOfSomeoneNamedLaterOrAfterAWordOfTimeMakesAPerson() {
        assertThat(Extracted.from("The deal was confirmed by Fincantieri CEO, Giuseppe Bono, on Monday.").actor("bono"))
                .get().extracting(Actor::affiliation).isEqualTo("fincantieri");
        assertThat(Extracted.from("Moscow confirmed it, with Vladimir Kozhin, a military adviser to Putin, saying so.")
                .actorIds()).contains("kozhin");
        assertThat(Extracted.from("The EU will pay, Josep Borrell, High Representative for Foreign Affairs, said.")
                .actorIds()).contains("borrell");
        assertThat(Extracted.from("Canberra will keep former prime minister Tony Abbott's pledge.").actor("abbott"))
                .get().extracting(Actor::affiliation).isEqualTo("aus");
    }

    @Test
    void moreOfATitleIsNoNameAndARolesAcronymStandsBeforeTheName() {
        Extracted extracted = Extracted.from("Baykar is in talks with ten countries, the company's Chief Technology Officer "
                + "(CTO), Selçuk Bayraktar, said. China drilled, said Senior Colonel Shi Yi, a PLA spokesman.");
        assertThat(extracted.actorIds()).contains("bayraktar", "yi").doesNotContain("officer", "colonel");
    }

    @Test
    void aTitlesPostStandsBetweenTheTitleAndTheNameAndIsPartOfThePerson() {
        Extracted extracted = Extracted.from("French Ambassador to Moscow Pierre Levy was summoned to the Russian Foreign "
                + "Ministry on Wednesday.");
        assertThat(extracted.actor("levy")).get().extracting(Actor::affiliation).isEqualTo("fra");
        assertThat(extracted.links()).contains("rus-foreign-ministry condemnation levy", "rus condemnation fra");
    }

    @Test
    void aStorysFirstWordInCapitalsIsADemonymWhenItsUsualSpellingIsOne() {
        assertThat(Extracted.from("CHINESE ships on Sunday fired water cannons at three Philippine vessels.").links())
                .contains("chn coercion phl");
        assertThat(Extracted.from("NATO said more.").actorIds()).containsExactly("nato");
    }

    @Test
    void aMilitantGroupNamedAfterItsDescriptionIsAnArmedGroupNotAFirm() {
        Extracted extracted = Extracted.from("Iranian missiles targeted two bases of the militant group Jaish al Adl.");
        assertThat(extracted.actor("jaish-al-adl")).get().extracting(Actor::kind).isEqualTo(ActorKind.ORGANISATION);
        assertThat(extracted.links()).containsExactly("irn attack jaish-al-adl");
    }

    @Test
    void aTitleOfABodyNamedBeforeTheNameAffiliatesThePersonWithIt() {
        assertThat(Extracted.from("The vessel was handed over by the Director General of Indian Coast Guard Rajendra Singh.")
                .actor("singh")).get().extracting(Actor::affiliation).isEqualTo("ind-coast-guard");
    }

    @Test
    void initialsWithoutFullStopsAndLongAppositionsStillMakeAName() {
        assertThat(Extracted.from("The ship was received by Sri Lanka Navy Chief of Staff Rear Admiral S S Ranasinghe.")
                .actorIds()).contains("ranasinghe");
        assertThat(Extracted.from("Josep Borrell, the EU's foreign and security policy chief, said the mission would end.")
                .actor("borrell")).get().extracting(Actor::affiliation).isEqualTo("eu");
        assertThat(Extracted.from("Solomon Islands opposition leader Matthew Wale called for transparency.")
                .actor("wale")).get().extracting(Actor::affiliation).isEqualTo("slb");
    }

    @Test
    void aTitlesPortfolioStandsBetweenTheTitleAndTheName() {
        Extracted extracted = Extracted.from("Deputy Assistant Minister for Regional Security Mira Resnick met Argentine "
                + "officials.");
        assertThat(extracted.actorIds()).contains("resnick").doesNotContain("minister");
        assertThat(Extracted.from("Somali President Hassan Sheikh Mohamud has mounted an offensive.").actor("mohamud"))
                .get().extracting(Actor::affiliation).isEqualTo("som");
    }

    @Test
    void aBodysNameWhoseInitialsItsAcronymSpellsIsABody() {
        assertThat(Extracted.from("The Estonian Centre for Defence Investment (ECDI) signed the contract.").actor(
                "estonian-centre-for-defence-investment")).get().extracting(Actor::kind, Actor::affiliation)
                .containsExactly(ActorKind.ORGANISATION, "est");
        assertThat(Extracted.from("Fighters of the Coalition of Patriots for Change (CPC) attacked a convoy.").actorIds())
                .containsExactly("coalition-of-patriots-for-change");
        assertThat(Extracted.from("Gross Domestic Product (GDP) grew. Both signed the Intermediate-Range Nuclear Forces "
                + "(INF) Treaty.").actorIds()).isEmpty();
    }

    @Test
    void anAmbiguousStateNameListedWithAPlainStateIsThatState() {
        assertThat(Extracted.from("Egypt and Jordan on Thursday condemned Iran.").actorIds()).contains("jor");
        assertThat(Extracted.from("Michael Jordan and Chad Smith played in Boston.").actorIds()).isEmpty();
    }

    @Test
    void aCapitalAskedOrSaidToDoSomethingIsItsGovernmentButACityWhereSomeoneLivedIsNot() {
        assertThat(Extracted.from("Vilnius said it had asked Washington to rotate F-35s through the base.").actorIds())
                .contains("usa");
        assertThat(Extracted.from("Washington, which has paid for coastal radars, insists its aid is aimed at no one.")
                .actorIds()).containsExactly("usa");
        assertThat(Extracted.from("He grew up in Washington, which he left in 1990.").actorIds()).isEmpty();
    }

    @Test
    void aRoleOfABodySetOffBeforeARankedNameAffiliatesThePersonWithTheBody() {
        assertThat(Extracted.from("China's defence ministry spokesman, Senior Col. Zhang Wei, accused Canberra of bloc "
                + "politics.").actor("wei")).get().extracting(Actor::affiliation).isEqualTo("chn-defence-ministry");
    }

    @Test
    void aStateThePersonActsOnIsNotThePersonsOwn() {
        assertThat(Extracted.from("Lithuania closed two crossings. Interior Minister Rūta Jankauskienė accused Minsk of "
                + "running a hybrid operation.").actor("jankauskiene")).get().extracting(Actor::affiliation).isEqualTo("ltu");
        assertThat(Extracted.from("National Security Adviser Ramon Ilagan accused Beijing of spying.").actor("ilagan"))
                .get().extracting(Actor::affiliation).isNull();
        assertThat(Extracted.from("Defence Minister Richard Marles said Australia would buy submarines.").actor("marles"))
                .get().extracting(Actor::affiliation).isEqualTo("aus");
    }

    @Test
    void aNamedExerciseOrPlaceBeforeAVerbOfSayingIsNoSpeaker() {
        assertThat(Extracted.from("Norway said Cold Response costs NOK 1.2 billion.").actorIds()).containsExactly("nor");
        assertThat(Extracted.from("Officials said South China Sea patrols would grow.").actorIds()).isEmpty();
    }

    @Test
    void aGeneralStaffIsABodyOfItsStateNotAGeneralNamedStaff() {
        Extracted extracted = Extracted.from("Jets entered the area, according to the Hellenic General Staff.");

        assertThat(extracted.actorIds()).containsExactlyInAnyOrder("grc", "grc-general-staff");
    }

    @Test
    void aCentralBankOfAStateIsAnOrganisationOfThatStateNamedAsWritten() {
        Extracted extracted = Extracted.from("The swap was extended by the Reserve Bank of Fiji. Nigeria's central bank held rates.");

        assertThat(extracted.actor("fji-reserve-bank")).get().extracting(Actor::name, Actor::affiliation)
                .containsExactly("Reserve Bank of Fiji", "fji");
        assertThat(extracted.actor("nga-central-bank")).get().extracting(Actor::affiliation).isEqualTo("nga");
    }

    @Test
    void aNumberedBaseAfterADemonymIsAnOrganisationOfThatState() {
        Extracted extracted = Extracted.from("The Russian 201st Military Base in Tajikistan hosts 7,000 troops.");

        assertThat(extracted.actor("rus-201st-military-base")).get().extracting(Actor::kind, Actor::affiliation)
                .containsExactly(ActorKind.ORGANISATION, "rus");
    }

    @Test
    void aNamedUnitAfterAStateOrAServicesPossessiveBelongsToIt() {
        Extracted unit = Extracted.from("The UK Commando Force and the Royal Netherlands Marine Corps will land.");
        Extracted fleet = Extracted.from("Okafor, who commands the Nigerian Navy's Western Fleet, said so.");

        assertThat(unit.actor("commando-force")).get().extracting(Actor::affiliation).isEqualTo("gbr");
        assertThat(unit.actor("royal-netherlands-marine-corps")).get().extracting(Actor::affiliation).isEqualTo("nld");
        assertThat(fleet.actor("western-fleet")).get().extracting(Actor::affiliation).isEqualTo("nga-navy");
    }

    @Test
    void aCapitalOpeningASentenceBeforeADashIsADatelineNotAnActor() {
        assertThat(Extracted.from("Lusaka \u2014 Defence ministers of SADC approved a brigade.").actorIds())
                .doesNotContain("zmb");
        assertThat(Extracted.from("Lusaka said it would send troops.").actorIds()).containsExactly("zmb");
    }

    @Test
    void anAmbiguousCapitalOpeningASentenceActsAcrossAnAside() {
        assertThat(Extracted.from("Washington, for its part, has offered little.").actorIds()).containsExactly("usa");
        assertThat(Extracted.from("Analysts in Washington, for their part, have doubts.").actorIds()).isEmpty();
    }

    @Test
    void aServiceWrittenWithItsOrBeforeASpokespersonBelongsToTheStateThatIsTheSubjectBeforeIt() {
        Extracted its = Extracted.from("The Maldives took delivery of drones from Turkey, whose instructors trained its coast guard.");
        Extracted nextSentence = Extracted.from("Benin was not invited. Its foreign ministry accused Abuja of failing.");
        Extracted spokesperson = Extracted.from("Beijing said its coast guard had expelled vessels. Foreign ministry "
                + "spokesperson Lin Meihua accused Manila of provocations.");
        Extracted frame = Extracted.from("In Beijing, defence ministry spokesperson Fang Lijun called the patrols a provocation.");

        assertThat(its.actor("mdv-coast-guard")).get().extracting(Actor::affiliation).isEqualTo("mdv");
        assertThat(its.actorIds()).doesNotContain("tur-coast-guard");
        assertThat(nextSentence.actor("ben-foreign-ministry")).get().extracting(Actor::affiliation).isEqualTo("ben");
        assertThat(spokesperson.actorIds()).contains("chn-ccg", "chn-foreign-ministry");
        assertThat(frame.actor("chn-defence-ministry")).get().extracting(Actor::affiliation).isEqualTo("chn");
    }

    @Test
    void aServiceAfterOfItsIsMeasuredNotNamedAndNoSubjectMeansNoService() {
        assertThat(Extracted.from("Poland vowed to double the size of its army.").actorIds()).containsExactly("pol");
        assertThat(Extracted.from("NATO said its navy would help.").actorIds()).containsExactly("nato");
    }

    @Test
    void aStateNameThatIsAlsoASurnameEndsAPersonsNameOnlyWhenTheStateIsNotNamedPlainly() {
        Extracted extracted = Extracted.from("Navy spokesperson Rear Adm. Roy Vincent Trinidad said the ships left.");

        assertThat(extracted.actorIds()).doesNotContain("tto");
        assertThat(extracted.mentionsOf("trinidad")).containsExactly("Roy Vincent Trinidad");
    }

    @Test
    void ranksWrittenWithoutFullStopsAndCivilTitlesOfCommonwealthStatesIntroducePeople() {
        Extracted extracted = Extracted.from("Col Richard Kemp met Kenya's Defence Cabinet Secretary Soipan Tuya and "
                + "Chinese State Councilor Wang Yong.");

        assertThat(extracted.actor("kemp")).get().extracting(Actor::kind).isEqualTo(ActorKind.PERSON);
        assertThat(extracted.actor("tuya")).get().extracting(Actor::affiliation).isEqualTo("ken");
        assertThat(extracted.actor("yong")).get().extracting(Actor::affiliation).isEqualTo("chn");
    }

    @Test
    void aBodyNounAsTheSecondHalfOfACompoundHeadsNoBody() {
        assertThat(Extracted.from("Courses in Information Technology and In-Service training began.").actorIds()).isEmpty();
    }

    @Test
    void aLowercaseTitleAfterTheActorItServesIntroducesAPersonOfThatActor() {
        assertThat(Extracted.from("German defence minister Boris Pistorius visited Vilnius.").actor("pistorius"))
                .get().extracting(Actor::affiliation).isEqualTo("deu");
        assertThat(Extracted.from("NATO chief Mark Rutte arrived.").actor("rutte")).get().extracting(Actor::affiliation)
                .isEqualTo("nato");
        assertThat(Extracted.from("North Korean leader Kim Jong Un oversaw a test.").actor("un")).get()
                .extracting(Actor::affiliation).isEqualTo("prk");
        assertThat(Extracted.from("The defence minister Boris Pistorius arrived.").actorIds()).containsExactly("pistorius");
    }

    @Test
    void aNameKeepsItsParticlesAndItsFamilyNameResolvesLaterMentions() {
        Extracted extracted = Extracted.from("European Commission President Ursula von der Leyen spoke. Von der Leyen said "
                + "President Abdel Fattah al-Sisi agreed. Sisi said so.");

        assertThat(extracted.mentionsOf("leyen")).containsExactly("Ursula von der Leyen", "Von der Leyen");
        assertThat(extracted.mentionsOf("al-sisi")).containsExactly("Abdel Fattah al-Sisi", "Sisi");
        assertThat(extracted.model().actors()).filteredOn(actor -> actor.kind() == ActorKind.PERSON).hasSize(2);
    }

    @Test
    void aBodyHeadOpeningANameTakesTheCapitalisedWordsAfterOf() {
        Extracted ministry = Extracted.from("India's Ministry of External Affairs said the talks went well.");
        Extracted department = Extracted.from("The U.S. Department of War said so.");

        assertThat(ministry.actorIds()).containsExactlyInAnyOrder("ind", "ind-ministry-of-external-affairs");
        assertThat(department.actor("department-of-war")).get().extracting(Actor::affiliation).isEqualTo("usa");
    }

    @Test
    void aBodyNamedBeforeOfAStateBelongsToThatState() {
        assertThat(Extracted.from("The Maritime Coordination Office of Ghana responded.").actor("maritime-coordination-office"))
                .get().extracting(Actor::affiliation).isEqualTo("gha");
    }

    @Test
    void borderGuardsAndOtherServicesOfAStateAreItsOrganisations() {
        Extracted extracted = Extracted.from("Poland's Border Guard and the Ukrainian Ground Forces met; Russia's "
                + "intelligence service watched from a Belarusian border guard post.");

        assertThat(extracted.actorIds()).contains("pol-border-guard", "ukr-ground-forces", "rus-intelligence-service")
                .doesNotContain("blr-border-guard");
    }

    @Test
    void aCounterpartNamedAfterTheRoleIsAPersonOfTheStateBeforeIt() {
        Extracted extracted = Extracted.from("South Korea's defence minister spoke by phone with his Philippine counterpart "
                + "Gilberto Teodoro on Monday.");

        assertThat(extracted.actor("teodoro")).get().extracting(Actor::affiliation).isEqualTo("phl");
    }

    @Test
    void anAmbiguousStateNameBeforeATitleIsTheState() {
        Extracted extracted = Extracted.from("Jordan's King Abdullah II discussed border security with Syrian President "
                + "Ahmed al-Sharaa.");

        assertThat(extracted.actor("abdullah")).get().extracting(Actor::affiliation).isEqualTo("jor");
        assertThat(extracted.links()).contains("abdullah dialogue al-sharaa");
    }

    @Test
    void anArmedGroupOfNoStateIsAnOrganisationAndAStatesArmyStaysItsService() {
        assertThat(Extracted.from("Fighting between the junta and the Arakan Army spilled across the border.").actorIds())
                .containsExactly("arakan-army");
        assertThat(Extracted.from("The Royal Thai Army and the Indian Army trained together.").actorIds())
                .contains("tha-army", "ind-army");
        assertThat(Extracted.from("The Libyan National Army said it repelled the attack.").actor("national-army"))
                .get().extracting(Actor::affiliation).isEqualTo("lby");
    }

    @Test
    void portfolioTitlesAndLowercaseRolesNamePeople() {
        Extracted extracted = Extracted.from("EU Commissioner for Defence Petra Holm met Moldova's minister. The EU foreign "
                + "policy chief Mireia Lozano spoke, while his deputy Hoang Xuan Chien stayed home.");

        assertThat(extracted.actor("holm")).get().extracting(Actor::affiliation).isEqualTo("eu");
        assertThat(extracted.actor("lozano")).get().extracting(Actor::affiliation).isEqualTo("eu");
        assertThat(extracted.actorIds()).contains("chien");
    }

    @Test
    void anInitialBelongsToTheNameAndAGenerationalSuffixDoesNotMakeTheSurname() {
        Extracted extracted = Extracted.from("Indian Foreign Minister S. Jaishankar met Philippine President Ferdinand Marcos Jr. "
                + "in Manila. Marcos said the talks went well.");

        assertThat(extracted.actor("jaishankar")).get().extracting(Actor::name, Actor::affiliation)
                .containsExactly("S. Jaishankar", "ind");
        assertThat(extracted.actor("marcos")).get().extracting(Actor::name, Actor::affiliation)
                .containsExactly("Ferdinand Marcos", "phl");
        assertThat(extracted.mentionsOf("marcos")).containsExactly("Ferdinand Marcos", "Marcos");
    }

    @Test
    void aNameRightAfterAnOwnersPossessiveAndBeforeAVerbIsAPersonOfTheOwner() {
        Extracted extracted = Extracted.from("China's Xi Jinping met Russia's Vladimir Putin in Moscow on Thursday.");

        assertThat(extracted.model().actors()).filteredOn(actor -> actor.kind() == ActorKind.PERSON)
                .extracting(Actor::id, Actor::affiliation)
                .containsExactlyInAnyOrder(tuple("jinping", "chn"), tuple("putin", "rus"));
        assertThat(extracted.links()).contains("jinping dialogue putin", "chn dialogue rus");
    }

    @Test
    void aPlaceOrAMissionAfterAnOwnersPossessiveIsNoPerson() {
        assertThat(Extracted.from("Rwanda keeps troops in Mozambique's Cabo Delgado province.").actorIds())
                .containsExactlyInAnyOrder("rwa", "moz");
        assertThat(Extracted.from("NATO's Baltic Sentry mission rotates frigates. Japan's National Security Strategy "
                + "called for more.").actorIds()).containsExactlyInAnyOrder("nato", "jpn");
    }

    @Test
    void aRankWithoutItsFullStopAfterACivilTitleIsAGivenName() {
        assertThat(Extracted.from("\"We will cooperate with Manila,\" Japanese Defence Minister Gen Nakatani told reporters.")
                .actor("nakatani")).get().extracting(Actor::affiliation).isEqualTo("jpn");
    }

    @Test
    void namesAfterAPluralRoleBelongToTheActorsListedBeforeItInOrder() {
        Extracted extracted = Extracted.from("Minister Brekke of Norway signed an agreement with her Finnish and Swedish "
                + "counterparts, Antti Saarikoski and Per Lindvall, on air operations.");

        assertThat(extracted.model().actors()).filteredOn(actor -> actor.kind() == ActorKind.PERSON)
                .extracting(Actor::id, Actor::affiliation)
                .contains(tuple("saarikoski", "fin"), tuple("lindvall", "swe"));
        assertThat(extracted.links()).contains("brekke partnership saarikoski", "brekke partnership lindvall");
    }

    @Test
    void somalilandIsAStateOfItsOwnBesideSomalia() {
        Extracted extracted = Extracted.from("Ethiopia and Somaliland signed a deal giving Ethiopian warships access to the "
                + "coast; Somalia recalled its ambassador.");

        assertThat(extracted.model().actors()).filteredOn(actor -> actor.name().equals("Somaliland")).singleElement()
                .satisfies(actor -> assertThat(actor.iso3()).isEqualTo("XSL"));
        assertThat(extracted.actorIds()).contains("som", "eth");
    }

    @Test
    void aPersonBelongsToTheRoleSetOffBeforeTheNameNotToWhatTheSentenceSaysNext() {
        Extracted extracted = Extracted.from("Germany's defence minister, Boris Pistorius, met his Polish counterpart, "
                + "Władysław Kosiniak-Kamysz, in Berlin.");

        assertThat(extracted.model().actors()).filteredOn(actor -> actor.id().equals("pistorius")).singleElement()
                .satisfies(actor -> assertThat(actor.affiliation()).isEqualTo("deu"));
        assertThat(extracted.model().actors()).filteredOn(actor -> actor.id().equals("kosiniak-kamysz")).singleElement()
                .satisfies(actor -> assertThat(actor.affiliation()).isEqualTo("pol"));
        assertThat(extracted.links()).contains("pistorius dialogue kosiniak-kamysz");
    }

    @Test
    void aTitledNameAfterTheRoleOfABodyBelongsToThatBody() {
        Extracted extracted = Extracted.from("Hours later the chief of Norway's Joint Headquarters, Lt. Gen. Torgeir Vang, "
                + "spoke to the commander of Russia's Northern Fleet, Adm. Sergei Volodin, over the hotline.");

        assertThat(extracted.model().actors()).filteredOn(actor -> actor.id().equals("vang")).singleElement()
                .satisfies(actor -> assertThat(actor.affiliation()).isEqualTo("joint-headquarters"));
        assertThat(extracted.model().actors()).filteredOn(actor -> actor.id().equals("volodin")).singleElement()
                .satisfies(actor -> assertThat(actor.affiliation()).isEqualTo("rus-northern-fleet"));
        assertThat(extracted.links()).contains("vang dialogue volodin", "nor dialogue rus");
    }
}
