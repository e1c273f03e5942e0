package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.brieflens.model.Actor;
import org.brieflens.model.Link;
import org.brieflens.model.LinkFamily;
import org.brieflens.model.LinkKind;

class LinkFindingTest {

    @Test
    void typesEachLinkByItsTriggerBetweenTheActorsTheTriggerConnects() {
        Extracted extracted = Extracted.from("Beijing condemns Tokyo's missile tests while Seoul and Canberra hold talks.");

        assertThat(extracted.links()).containsExactlyInAnyOrder("chn condemnation jpn", "kor dialogue aus");
    }

    @Test
    void aHyphenatedCompoundLinksItsMembers() {
        Extracted extracted = Extracted.byRules("Leaders debated amid US-China competition and China-Russia military collaboration.");

        assertThat(extracted.links()).containsExactlyInAnyOrder("usa rivalry chn", "chn partnership rus");
    }

    @Test
    void theFamilyFollowsTheKind() {
        Extracted extracted = Extracted.from("China's tacit support for Russia's Ukraine campaign worried Europe.");

        assertThat(extracted.link("chn", LinkKind.SUPPORT, "rus")).get().extracting(Link::family).isEqualTo(LinkFamily.COOPERATION);
        assertThat(extracted.link("rus", LinkKind.ATTACK, "ukr")).get().extracting(Link::family).isEqualTo(LinkFamily.CONFLICT);
    }

    @Test
    void aLinkStatedSeveralTimesIsOneLinkWithSeveralEvidenceEntries() {
        Extracted extracted = Extracted.from("Japan holds joint exercises with Australia. Japan also holds drills with Australia.");

        assertThat(extracted.links()).containsExactly("jpn joint_exercise aus");
        assertThat(extracted.model().links().get(0).evidence()).hasSize(2);
    }

    @Test
    void anOrganisationsLinkAlsoCountsForItsStateAsADerivedLink() {
        Extracted extracted = Extracted.from("The China Coast Guard harassed the Philippine Navy.");

        Link direct = extracted.link("chn-ccg", LinkKind.COERCION, "phl-navy").orElseThrow();
        assertThat(extracted.link("chn", LinkKind.COERCION, "phl")).get().extracting(Link::derivedFrom).isEqualTo(direct.id());
    }

    @Test
    void armsTransfersRunFromSellerToBuyer() {
        assertThat(Extracted.from("Japan signed a deal with its ally, the U.S., to buy 400 missiles.").links())
                .contains("usa arms_transfer jpn");
        assertThat(Extracted.from("Hanwha Defense will send K9 howitzers to Poland.").links())
                .contains("hanwha-defense arms_transfer pol");
    }

    @Test
    void aGerundAfterASubordinatorActsForTheMainClausesSubject() {
        assertThat(Extracted.from("Australia raised its budget after signing a contract with Mitsubishi Heavy Industries "
                + "for frigates.").links()).contains("mitsubishi-heavy-industries arms_transfer aus");
    }

    @Test
    void membersListedAfterMembersIncludeOrLedByAStateBelongToTheirBody() {
        assertThat(Extracted.from("The Maldives joined the Colombo Security Conclave, the India-led maritime grouping "
                + "whose members also include Sri Lanka and Mauritius.").links())
                .contains("ind membership colombo-security-conclave", "lka membership colombo-security-conclave",
                        "mus membership colombo-security-conclave");
        assertThat(Extracted.from("ASEAN's members include Vietnam and the Philippines.").links())
                .containsExactlyInAnyOrder("vnm membership asean", "phl membership asean");
    }

    @Test
    void aBudgetBuysFromEachSellerItNamesForTheStateItBelongsTo() {
        Extracted extracted = Extracted.from("Australia lifted its defence spending. The budget sets aside A$1.9 billion "
                + "for Naval Strike Missiles from Norway's Kongsberg and A$870 million for rockets from Lockheed Martin.");

        assertThat(extracted.links()).contains("kongsberg arms_transfer aus", "lockheed-martin arms_transfer aus");
        assertThat(Extracted.from("Australia lifted its spending. The budget sets aside A$5 million for a study "
                + "from Lockheed Martin.").links()).isEmpty();
    }

    @Test
    void theStatesThatSayTheyWillJoinAnotherForAnExerciseTrainWithItAndEachOther() {
        Extracted extracted = Extracted.from("Japan pledged radars for the Philippines, Vietnam and Malaysia, and "
                + "Australia and India said they would join the Philippine Navy for a trilateral naval exercise.");

        assertThat(extracted.links()).contains("aus joint_exercise ind", "aus joint_exercise phl-navy",
                "ind joint_exercise phl-navy");
        assertThat(extracted.links()).noneMatch(link -> link.startsWith("jpn joint_exercise"));
    }

    @Test
    void peopleWithRankedTitlesJoinedByAndMeetAsOneSubject() {
        assertThat(Extracted.from("U.S. Under Secretary of Defense Paul Brennan and Chinese Defence Minister Liu Wenbo "
                + "held talks.").links()).contains("usa dialogue chn");
    }

    @Test
    void eachSellerNamedAfterFromAWeaponSellsToTheSentencesOneBuyer() {
        Extracted extracted = Extracted.from("Guyana is buying hardware: two aircraft from India's state-owned Hindustan "
                + "Aeronautics Limited, and four patrol vessels from the Dutch shipbuilder Damen.");

        assertThat(extracted.links()).contains("hindustan-aeronautics arms_transfer guy", "damen arms_transfer guy");
        // The state before a company's name describes the seller: its link is lifted from the company's.
        assertThat(extracted.link("ind", LinkKind.ARMS_TRANSFER, "guy")).get().extracting(Link::derivedFrom).isNotNull();
    }

    @Test
    void aPronounInsideATriggerPhraseStandsForTheActorNamedBeforeThatDoesNotAct() {
        assertThat(Extracted.from("Japan scrambled fighters after Chinese aircraft entered its airspace.").links())
                .contains("chn coercion jpn");
    }

    @Test
    void theGovernmentOrTheMinistryWithNoStateNamedIsTheGovernmentOfTheStateTheBriefIsAbout() {
        assertThat(Extracted.from("Fiji welcomed the visit. The Government notes reports of a Chinese vessel in Fiji's "
                + "waters, and has lodged a formal protest with Beijing.").links()).contains("fji condemnation chn");
        assertThat(Extracted.from("Fiji welcomed the visit. The government of Tonga condemned China.").links())
                .containsExactly("ton condemnation chn");
    }

    @Test
    void aMembershipIsALinkOnlyWhereTheBriefStatesIt() {
        assertThat(Extracted.from("NATO member Poland vowed to spend more.").links()).containsExactly("pol membership nato");
        assertThat(Extracted.from("Poland and NATO vowed to spend more.").links()).isEmpty();
        assertThat(Extracted.from("Rutte praised the IP4 (Japan, South Korea, Australia, New Zealand).").links())
                .contains("jpn membership ip4", "kor membership ip4", "aus membership ip4", "nzl membership ip4");
    }

    @Test
    void theSubjectOfAMainClauseActsInTheClausesThatHangOffIt() {
        Extracted extracted = Extracted.from("Beijing condemned the plan, recently blocking Australian iron ore imports "
                + "after Canberra hosted NATO seminars.");

        assertThat(extracted.links()).contains("chn coercion aus", "aus dialogue nato").doesNotContain("chn dialogue nato");
    }

    @Test
    void aRelativeClauseActsForTheActorBeforeIt() {
        assertThat(Extracted.from("A case emerges in Vietnam, which increased NATO dialogue participation.").links())
                .containsExactly("vnm dialogue nato");
    }

    @Test
    void aReferenceToThePartnershipLinksItsEnds() {
        Extracted extracted = Extracted.from("Japan announced a partnership with India. "
                + "This framework enables intelligence-sharing. However, Beijing condemns these ties.");

        assertThat(extracted.links()).contains("jpn partnership ind", "jpn intelligence_sharing ind",
                "chn condemnation jpn", "chn condemnation ind");
    }

    @Test
    void aListedSubjectWithNoPartnerNamedTrainsTogether() {
        assertThat(Extracted.from("Warships from the United States, Japan and South Korea began their exercise.").links())
                .containsExactlyInAnyOrder("usa joint_exercise jpn", "usa joint_exercise kor", "jpn joint_exercise kor");
    }

    @Test
    void aCapitalisedObjectInBetweenStopsTheSearchForATarget() {
        assertThat(Extracted.from("Japan's planned acquisition of Tomahawk cruise missiles mirrors NATO members' response.")
                .links()).isEmpty();
    }

    @Test
    void reportedSpeechHasASubjectOfItsOwn() {
        assertThat(Extracted.from("Defence Minister Richard Marles said Australia would condemn the tests.").links())
                .isEmpty();
    }

    @Test
    void coercionAtSeaAndProtestsAreConflictLinks() {
        Extracted extracted = Extracted.from("Chinese coast guard vessels fired water cannon at a Philippine supply boat. "
                + "Manila summoned China's ambassador to protest.");

        assertThat(extracted.links()).containsExactlyInAnyOrder("chn-ccg coercion phl", "chn coercion phl",
                "phl condemnation chn");
    }

    @Test
    void aPrepositionIntroducesTheReceiverOfSupport() {
        assertThat(Extracted.from("Japan will provide five coastal radars worth ¥2.5 billion to the Philippine Navy.")
                .links()).containsExactlyInAnyOrder("jpn support phl-navy", "jpn support phl");
    }

    @Test
    void statesSigningAnAgreementArePartners() {
        assertThat(Extracted.from("The Philippines and Japan signed a reciprocal access agreement on Monday.").links())
                .containsExactly("phl partnership jpn");
    }

    @Test
    void condemningTheDrillsCondemnsTheirParticipants() {
        Extracted extracted = Extracted.from("South Korea and the United States began their annual Freedom Shield exercise. "
                + "North Korea condemned the drills as a rehearsal for invasion.");

        assertThat(extracted.links()).contains("prk condemnation kor", "prk condemnation usa");
    }

    @Test
    void theActorAStateOwnsIsTheSubject() {
        assertThat(Extracted.from("Germany's Rheinmetall won a contract to supply ammunition to Ukraine.").links())
                .containsExactlyInAnyOrder("rheinmetall arms_transfer ukr", "deu arms_transfer ukr");
    }

    @Test
    void aListHoldsActorsOfOneClass() {
        assertThat(Extracted.byRules("It backs Moscow's war against Ukraine, the National Intelligence Service said.").links())
                .containsExactly("rus attack ukr");
    }

    @Test
    void anActorInAnOpeningPrepositionalPhraseIsNotTheSubject() {
        assertThat(Extracted.from("Under the AUKUS pact, Australia will buy three submarines from the United States.")
                .links()).containsExactly("usa arms_transfer aus");
    }

    @Test
    void actorsJoinedByCommasAloneAreNoList() {
        assertThat(Extracted.from("Japan signed a deal with its ally, the U.S., to buy 400 missiles.").links())
                .containsExactlyInAnyOrder("usa arms_transfer jpn", "jpn partnership usa");
    }

    @Test
    void aClauseAfterWhereHasItsOwnSubject() {
        assertThat(Extracted.from("Modi hosted leaders in Delhi, where India, Japan and Australia pledged cooperation.")
                .links()).containsExactlyInAnyOrder("ind partnership jpn", "ind partnership aus", "jpn partnership aus");
    }

    @Test
    void statesPatrollingTogetherAreLinked() {
        assertThat(Extracted.from("Russia and China held joint naval patrols in the Sea of Japan.").links())
                .containsExactly("rus joint_exercise chn");
    }

    @Test
    void statesThatJoinABodyBecomeMembers() {
        assertThat(Extracted.from("Finland and Sweden joined NATO after Russia invaded Ukraine.").links())
                .containsExactlyInAnyOrder("fin membership nato", "swe membership nato", "rus attack ukr");
    }

    @Test
    void statesListedBeforeTheyWillJoinOrThatUniteToCreateABodyOrThatItConsistsOfAreItsMembers() {
        assertThat(Extracted.from("Six new members, namely Iran, Egypt and Ethiopia, will join BRICS in January.").links())
                .contains("irn membership brics", "egy membership brics", "eth membership brics");
        assertThat(Extracted.from("Burkina Faso, Mali and Niger unite to create the Confederation of Sahel States.").links())
                .contains("bfa membership aes", "mli membership aes", "ner membership aes");
        assertThat(Extracted.from("The CSTO is a military alliance consisting of six countries: Armenia, Belarus, "
                + "Kazakhstan, Kyrgyzstan, Russia, and Tajikistan.").links()).contains("arm membership csto", "rus membership csto");
    }

    @Test
    void recallingEnvoysSponsoringAResolutionAgainstDrivingOutAndClosingAirspaceAreConflict() {
        assertThat(Extracted.from("Mali and Niger will recall their ambassadors from Algeria.").links())
                .contains("mli condemnation dza", "ner condemnation dza");
        assertThat(Extracted.from("Britain and France sponsored the resolution against Iran.").links())
                .contains("gbr condemnation irn", "fra condemnation irn").doesNotContain("gbr support irn");
        assertThat(Extracted.from("Indonesia drove a Chinese ship out of disputed waters.").links())
                .contains("idn coercion chn");
        assertThat(Extracted.from("Pakistan closed its airspace to Indian airlines.").links()).contains("pak coercion ind");
    }

    @Test
    void crossingAirspaceAndRammingAreCoercionAndAServicesShipIsNoVerbOfShipping() {
        assertThat(Extracted.from("A Russian Su-25 was shot down after crossing Turkish airspace.").links())
                .contains("rus coercion tur");
        assertThat(Extracted.from("Four Chinese boats attempted to ram into Argentina's coast guard boats.").links())
                .contains("chn coercion arg");
        assertThat(Extracted.from("A Chinese coast guard ship disrupted an Indonesian survey.").links())
                .noneMatch(link -> link.contains("arms_transfer"));
    }

    @Test
    void aWarningIsAboutTheSubjectOfTheClauseItIntroduces() {
        assertThat(Extracted.from("Lithuania has warned that Russia could strike within five years.").links())
                .containsExactly("ltu rivalry rus");
    }

    @Test
    void servicesOfTwoStatesLeadingAnExerciseTrainTogether() {
        assertThat(Extracted.from("Britain's Royal Navy and the Dutch navy will lead an annual naval exercise.").links())
                .containsExactlyInAnyOrder("gbr-royal-navy joint_exercise nld-navy", "gbr joint_exercise nld");
    }

    @Test
    void missilesFiredAtAStateAreAnAttackOnIt() {
        assertThat(Extracted.from("Iran fired more than 180 ballistic missiles at Israel on Tuesday.").links())
                .containsExactly("irn attack isr");
    }

    @Test
    void anAllyInAppositionIsAPartner() {
        assertThat(Extracted.from("China, Pakistan's closest ally, called for restraint.").links())
                .containsExactly("pak partnership chn");
    }

    @Test
    void aStateSigningAContractBuysAndACompanySells() {
        assertThat(Extracted.from("India signed a $3.9 billion contract with France for 26 jets.").links())
                .containsExactly("fra arms_transfer ind");
        assertThat(Extracted.from("Hanwha Defense signed a contract with Poland.").links())
                .contains("hanwha-defense arms_transfer pol");
    }

    @Test
    void theTopicOfSharedIntelligenceIsNoPartner() {
        assertThat(Extracted.from("The United States and India agreed to share intelligence on Chinese naval movements.")
                .links()).containsExactly("usa intelligence_sharing ind");
    }

    @Test
    void sanctionsOnAStatesCompaniesCoerceTheState() {
        assertThat(Extracted.from("The U.S. Treasury imposed sanctions on 12 Chinese companies.").links())
                .contains("usa-treasury coercion chn", "usa coercion chn");
    }

    @Test
    void theMinistryIsTheMinistryNamedBefore() {
        Extracted extracted = Extracted.from("Seoul's defense budget will rise, the Ministry of National Defense said. "
                + "The ministry plans to buy 20 more stealth fighters from the United States.");

        assertThat(extracted.links()).contains("usa arms_transfer kor");
    }

    @Test
    void anActorDeepInAClauseIsNoSubject() {
        assertThat(Extracted.from("The plan is to buy 20 more stealth fighters from the United States to counter China.")
                .links()).isEmpty();
    }

    @Test
    void asOpensAClauseWithItsOwnSubject() {
        assertThat(Extracted.from("This $5 billion upgrade comes as 73% of Japanese citizens view China as a threat.")
                .links()).containsExactly("jpn rivalry chn");
    }

    @Test
    void theThreeCountriesAreTheLastThreeStatesListed() {
        assertThat(Extracted.from("Ships from the United States, Japan and South Korea sailed together. "
                + "The three countries agreed to hold talks twice a year.").links())
                .contains("usa dialogue jpn", "usa dialogue kor", "jpn dialogue kor");
    }

    @Test
    void aClauseWhoseSubjectCountsTheActorsBeforeItLinksThemAll() {
        assertThat(Extracted.byRules("Last month Eritrea hosted the Egyptian and Somali presidents in Asmara, and the three "
                + "signed a mutual defence pact.").links())
                .contains("eri partnership egy", "eri partnership som", "egy partnership som");
        assertThat(Extracted.byRules("Japan's prime minister met President Marcos in Manila, and both agreed to hold joint "
                + "patrols in the South China Sea.").links()).contains("jpn joint_exercise phl");
    }

    @Test
    void aVerbAfterCommaAndGoesOnWithTheSubjectBeforeItButAClauseWithItsOwnSubjectDoesNot() {
        assertThat(Extracted.byRules("China paid for the base, and sold tanks to Cambodia.").links())
                .contains("chn arms_transfer khm");
        assertThat(Extracted.byRules("China paid for the base, and holds an exercise with Cambodian troops every year.")
                .links()).contains("chn joint_exercise khm");
        assertThat(Extracted.byRules("Japan signed a pact with Vietnam, and will hold drills with the Philippines.").links())
                .contains("jpn partnership vnm", "jpn joint_exercise phl");
        assertThat(Extracted.byRules("China paid for the base, and tensions rose with Cambodia.").links()).isEmpty();
    }

    @Test
    void bombersAreAircraftNotAnAttackAndStrikingAPactIsAPartnership() {
        assertThat(Extracted.byRules("Japan scrambled jets to monitor Russian and Chinese bombers.").links())
                .noneMatch(link -> link.contains(" attack "));
        assertThat(Extracted.byRules("Russian jets bombed Ukraine.").links()).contains("rus attack ukr");
        assertThat(Extracted.byRules("China struck a security pact with the Solomon Islands.").links())
                .containsExactly("chn partnership slb");
    }

    @Test
    void planesEnteringAnAirDefenceZoneCoerceItsState() {
        assertThat(Extracted.byRules("Two Chinese bombers entered Japan's air defense identification zone.").links())
                .contains("chn coercion jpn");
    }

    @Test
    void aWarIfItCameOrWhatAWarIsOverStatesNoLinkWithThem() {
        assertThat(Extracted.byRules("Colby asked Australia and Japan what role they would play if the US and China went "
                + "to war.").links()).noneMatch(link -> link.contains(" attack "));
        assertThat(Extracted.byRules("The US went to war over Taiwan.").links()).doesNotContain("usa attack twn");
    }

    @Test
    void aRelativeClauseAfterANounIsAboutThatNounButAfterADealGoesOnWithItsMaker() {
        assertThat(Extracted.byRules("US, Australian and PNG forces moved through terrain that saw fierce fighting in the "
                + "war.").links()).noneMatch(link -> link.contains(" attack "));
        assertThat(Extracted.byRules("Japan signed a deal that gave Vietnam six patrol ships.").links())
                .anyMatch(link -> link.startsWith("jpn ") && link.endsWith(" vnm"));
    }

    @Test
    void whoIsDeclaredPersonaNonGrataStandsBeforeTheWordsAndADecisionByAStateIsItsAct() {
        assertThat(Extracted.byRules("Russia has declared 34 French diplomats persona non grata in response to a decision "
                + "by France to expel 41 Russian diplomats in April.").links())
                .containsExactlyInAnyOrder("rus coercion fra", "fra coercion rus");
        assertThat(Extracted.byRules("A decision by Germany to send tanks to Ukraine was welcomed.").links())
                .contains("deu arms_transfer ukr");
    }

    @Test
    void aDiplomatSummonedToAMinistryIsSummonedByIt() {
        assertThat(Extracted.byRules("China's ambassador was summoned to the Japanese Foreign Ministry on Monday.").links())
                .contains("jpn condemnation chn");
    }

    @Test
    void theyWhoFoughtANamedFoeFoughtItNotEachOther() {
        assertThat(Extracted.byRules("Troops from Kenya, Uganda and Ethiopia are due to leave by December. They've fought "
                + "al-Shabaab since 2006.").links())
                .contains("ken attack al-shabaab", "uga attack al-shabaab", "eth attack al-shabaab")
                .doesNotContain("ken attack uga");
        assertThat(Extracted.byRules("India and China fought a war in 1962.").links()).contains("ind attack chn");
        assertThat(Extracted.byRules("Vietnam and the Philippines, two countries long at odds with Beijing, agreed to talk.")
                .links()).contains("vnm rivalry chn", "phl rivalry chn").doesNotContain("vnm rivalry phl");
    }

    @Test
    void aNationalSecurityAdviserIsAnOfficeNotSupport() {
        assertThat(Extracted.byRules("Hussein Sheikh-Ali, Somalia's national security adviser, rejected the reports.").links())
                .isEmpty();
    }

    @Test
    void aNounWhoseVerbIsPassiveIsTheActOfTheOneAfterBy() {
        assertThat(Extracted.byRules("Similar sanctions were imposed by ECOWAS on Mali, Burkina Faso and Guinea.").links())
                .containsExactlyInAnyOrder("ecowas coercion mli", "ecowas coercion bfa", "ecowas coercion gin");
        assertThat(Extracted.byRules("The outpost was criticised by Russia as a breach of its role.").links())
                .noneMatch(link -> link.startsWith("rus infrastructure"));
    }

    @Test
    void aSubjectSetOffByAnAsideAfterAnOpeningPhraseStillActs() {
        assertThat(Extracted.byRules("On August 6, 2020, U.S. Southern Command, through the Foreign Military Financing "
                + "program, facilitated the donation of a new patrol vessel to the Dominican Republic.").links())
                .containsExactlyInAnyOrder("usa-southcom arms_transfer dom", "usa arms_transfer dom");
        assertThat(Extracted.byRules("Qatar facilitated talks between the US and the Taliban.").links())
                .contains("qat dialogue usa");
    }

    @Test
    void itAfterAndGoesOnAboutTheSubjectOfTheSentenceOrOfTheOneBefore() {
        assertThat(Extracted.byRules("Egypt is the third biggest arms importer. Its arms purchases grew by 136 percent and it "
                + "has diversified its sourcing, buying military equipment from France, Germany and Russia.").links())
                .contains("fra arms_transfer egy", "deu arms_transfer egy", "rus arms_transfer egy");
    }

    @Test
    void thoseWhoEnjoyACloseRelationshipArePartners() {
        assertThat(Extracted.byRules("President Abdel Fattah al-Sisi and French counterpart Emmanuel Macron enjoy a close "
                + "relationship built on mutual security interests.").links()).contains("al-sisi partnership macron");
    }

    @Test
    void theOneAngeredByAnActCondemnsWhoeverDidIt() {
        assertThat(Extracted.byRules("A US warship transited the Taiwan Strait, which has angered China.").links())
                .containsExactly("chn condemnation usa");
        assertThat(Extracted.byRules("US warships have crossed the Taiwan Strait, attracting the ire of China.").links())
                .containsExactly("chn condemnation usa");
    }

    @Test
    void aSellerMayBeNamedAfterALongListOfWhatIsBought() {
        assertThat(Extracted.byRules("Turkey secured a deal to procure 40 F-16 fighter jets and 79 modernisation kits for its "
                + "existing F-16s from the United States.").links()).contains("usa arms_transfer tur");
    }

    @Test
    void whatIsOnlyWantedIsNotBoughtAndAConsortiumOfStatesBuildsForTheBuyer() {
        assertThat(Extracted.byRules("Ankara is also interested in buying 40 Eurofighter Typhoon jets, built by a consortium "
                + "of Germany, Britain, Italy and Spain.").links()).isEmpty();
        assertThat(Extracted.byRules("Ankara bought 40 Eurofighter Typhoon jets, built by a consortium of Germany, Britain, "
                + "Italy and Spain.").links())
                .containsExactlyInAnyOrder("deu arms_transfer tur", "gbr arms_transfer tur", "ita arms_transfer tur",
                        "esp arms_transfer tur");
    }

    @Test
    void aMeasureOnAnAlliancesNamedMemberIsOnTheMember() {
        assertThat(Extracted.byRules("The U.S. imposed sanctions on NATO member Turkey's defence industry.").links())
                .contains("usa coercion tur").doesNotContain("usa coercion nato");
    }

    @Test
    void anAbsoluteClauseHasItsOwnSubjectAndACounterpartServesTheOtherSide() {
        Extracted extracted = Extracted.byRules("Australia is looking to wrap up negotiations with Papua New Guinea over a "
                + "new defence pact with Defence Minister Richard Marles set to host counterpart Win Bakri Daki.");
        assertThat(extracted.links()).contains("marles dialogue daki").noneMatch(link -> link.contains("partnership marles"));
        assertThat(extracted.actor("daki")).get().extracting(Actor::affiliation).isEqualTo("png");
    }

    @Test
    void aParticipleOfJudgingAfterAReportedClauseIsTheSpeakers() {
        assertThat(Extracted.byRules("Mao Ning, spokesperson for the Chinese Ministry of Foreign Affairs, asserted that China "
                + "holds sovereignty over Taiwan, the South China Sea, and the Diaoyu Islands, strongly criticizing the "
                + "United States, Japan, and the Philippines.").links())
                .contains("ning condemnation usa", "ning condemnation jpn", "ning condemnation phl");
    }

    @Test
    void aTriggerInAnOpeningPhraseIsTheSubjectsAfterTheComma() {
        assertThat(Extracted.byRules("Speaking with Japan, China stressed that the sea is important.").links())
                .containsExactly("chn dialogue jpn");
        assertThat(Extracted.byRules("At a joint press conference with Japan in Paris, France said it would not condition "
                + "cooperation.").links()).containsExactly("fra dialogue jpn");
        assertThat(Extracted.byRules("In Beijing, China condemned Japan.").links()).containsExactly("chn condemnation jpn");
    }

    @Test
    void aStateThatLoanedAnotherMoneySupportsIt() {
        assertThat(Extracted.byRules("Saudi Arabia has loaned Pakistan $3 billion to shore up its foreign exchange reserves.")
                .links()).containsExactly("sau support pak");
    }

    @Test
    void receivingAGoAheadIsNoTransfer() {
        assertThat(Extracted.byRules("Kenya has received authorization from the United Nations to deploy a force to Haiti.")
                .links()).containsExactly("ken support hti");
        assertThat(Extracted.byRules("Poland received 24 tanks from South Korea.").links()).containsExactly("kor arms_transfer pol");
    }

    @Test
    void aBareNounAfterAfterActsForTheClauseBeforeItButAClauseWithASubjectActsForItself() {
        assertThat(Extracted.byRules("Japan signed the deal after talks with Vietnam.").links()).contains("jpn dialogue vnm");
        assertThat(Extracted.byRules("Japan signed the deal after the Chinese navy blockaded Taiwan.").links())
                .contains("chn coercion twn").noneMatch(link -> link.startsWith("jpn coercion"));
    }

    @Test
    void fundingAFacilityBuildsInfrastructureWithItsOwnerOrTheStateItStandsIn() {
        assertThat(Extracted.byRules("India will finance a $60 million training centre for the Djibouti Coast Guard.").links())
                .contains("ind infrastructure dji-coast-guard");
        assertThat(Extracted.byRules("India funded a maritime rescue centre in Sri Lanka.").links())
                .containsExactly("ind infrastructure lka");
        assertThat(Extracted.byRules("Japan funded the exercise in the Philippines.").links())
                .doesNotContain("jpn infrastructure phl");
    }

    @Test
    void aVerbOfGivingWithTheRecipientFirstGivesArmsOrAid() {
        assertThat(Extracted.byRules("Germany gave Ukraine 20 Leopard tanks.").links()).containsExactly("deu arms_transfer ukr");
        assertThat(Extracted.byRules("India handed Mozambique two fast interceptor craft in 2019.").links())
                .containsExactly("ind arms_transfer moz");
        assertThat(Extracted.byRules("Japan will hand the Senegalese Navy four patrol boats. On the other hand, Japan "
                + "sold radars to the Philippines.").links())
                .containsExactlyInAnyOrder("jpn arms_transfer sen-navy", "jpn arms_transfer sen", "jpn arms_transfer phl");
        assertThat(Extracted.byRules("The United States, which still gives Cairo $1.3 billion in military aid a year, has "
                + "never sold it an armed drone.").links()).containsExactly("usa support egy");
    }

    @Test
    void aVerbOfGivingThatGivesWordsOrTimeGivesNoAid() {
        assertThat(Extracted.byRules("Vietnam's foreign ministry handed a protest note to the Chinese embassy.").links())
                .noneMatch(link -> link.contains(" support ") || link.contains(" arms_transfer "));
        assertThat(Extracted.byRules("Estonia gave a first secretary at Russia's embassy 72 hours to leave the country.")
                .links()).noneMatch(link -> link.contains(" support ") || link.contains(" arms_transfer "));
    }

    @Test
    void aCountThatDoesNotMatchTheActorsBeforeItFallsBackToTheLastListOfThatMany() {
        assertThat(Extracted.byRules("France, Germany and Italy met in Rome. Spain hosted Portugal in Madrid, and the "
                + "three agreed to share intelligence on migration.").links())
                .contains("fra intelligence_sharing deu", "fra intelligence_sharing ita", "deu intelligence_sharing ita")
                .noneMatch(link -> link.contains("esp intelligence_sharing") || link.contains("prt intelligence_sharing"));
    }

    @Test
    void aDatelineEndsAtItsDash() {
        assertThat(Extracted.from("NEW DELHI, May 8 (Reuters) - India launched missile strikes on nine sites in Pakistan.")
                .links()).containsExactly("ind attack pak");
    }

    @Test
    void theExerciseAsSubjectActsForItsParticipantsAndSuchThreatsAreTheLastAdversarys() {
        Extracted extracted = Extracted.from("Australia and Japan began the Southern Cross drills. "
                + "Both condemned Russia's missile tests. These drills show their resolve to deter such threats.");

        assertThat(extracted.links()).contains("aus rivalry rus", "jpn rivalry rus");
    }

    @Test
    void aPassiveWhoseSubjectIsAnEarlierEventActsOnThatEventsParties() {
        assertThat(Extracted.from("Greece, Cyprus and Israel held naval drills. The drills were condemned by Turkey.").links())
                .contains("tur condemnation grc", "tur condemnation cyp", "tur condemnation isr");
    }

    @Test
    void aMediatorTalksWithEachSideNotTheSidesWithEachOther() {
        assertThat(Extracted.from("Oman, which has mediated between Tehran and Washington, called for restraint.").links())
                .containsExactlyInAnyOrder("omn dialogue irn", "omn dialogue usa");
    }

    @Test
    void aDashWrittenTightBetweenTwoNamesMakesACompound() {
        assertThat(Extracted.from("It builds on the Fiji–New Zealand partnership.").links())
                .containsExactly("fji partnership nzl");
    }

    @Test
    void coordinatedParticipantsExerciseWithEachOtherAndWithThePartnerAlongside() {
        assertThat(Extracted.from("Fijian and Tongan personnel trained alongside Australian troops.").links())
                .containsExactlyInAnyOrder("fji joint_exercise ton", "fji joint_exercise aus", "ton joint_exercise aus");
    }

    @Test
    void anAppositionNamingTheirBodyStatesAMembership() {
        assertThat(Extracted.from("North Macedonia and Montenegro, both NATO members, bought radars.").links())
                .contains("mkd membership nato", "mne membership nato");
    }

    @Test
    void aPhraseOfMembershipStatesItWhereverItNamesTheBody() {
        assertThat(Extracted.from("Sweden, which became NATO's 32nd member last year, sent a battalion.").links())
                .contains("swe membership nato");
        assertThat(Extracted.from("Indonesia, which joined BRICS as a full member in January, will host a meeting.").links())
                .contains("idn membership brics");
        assertThat(Extracted.from("Armenia, a founding member of the Russian-led Collective Security Treaty Organization, "
                + "froze its participation.").links()).contains("arm membership csto");
        assertThat(Extracted.from("As a member of the Shanghai Cooperation Organisation, India declined to sign.").links())
                .contains("ind membership sco");
        assertThat(Extracted.from("Sweden formally became NATO's 32nd member on Thursday.").links())
                .contains("swe membership nato");
        assertThat(Extracted.from("It joins the Five Eyes network, of which Britain is a founding member.").links())
                .contains("gbr membership five-eyes");
    }

    @Test
    void whoSeesAnothersConductAsAThreatRivalsItHoweverLongThePhrase() {
        assertThat(Extracted.from("New Delhi increasingly sees China's expanding naval presence in the Indian Ocean as the "
                + "principal long-term threat to its maritime security.").links()).containsExactly("ind rivalry chn");
        assertThat(Extracted.from("Eritrea views Ethiopia's repeated calls for access to the Red Sea as an existential threat.")
                .links()).containsExactly("eri rivalry eth");
        assertThat(Extracted.from("The white paper warns that North Korea's missile programme poses a “grave and imminent "
                + "threat” to Japan.").links()).contains("jpn rivalry prk");
    }

    @Test
    void theAirspaceOrWatersATriggerNamesAreThoseOfTheStateNamedInIt() {
        assertThat(Extracted.from("Russian drones violated Polish airspace during an attack on Ukraine.").links())
                .contains("rus coercion pol").doesNotContain("rus coercion ukr");
    }

    @Test
    void waterCannonFlaresAndEncirclingDrillsCoerceAndAttackNoOne() {
        assertThat(Extracted.from("A China Coast Guard vessel fired a water cannon at a Philippine supply boat.").links())
                .contains("chn-ccg coercion phl").noneMatch(link -> link.contains("attack"));
        assertThat(Extracted.from("China launched large-scale drills encircling Taiwan on Tuesday.").links())
                .containsExactly("chn coercion twn");
    }

    @Test
    void armsNamedWithTheirSellerAreSoldToWhoeverHoldsThem() {
        assertThat(Extracted.from("Argentina's first six F-16 fighters purchased from Denmark landed on Thursday.").links())
                .containsExactly("dnk arms_transfer arg");
        assertThat(Extracted.from("Saudi Arabia has agreed to buy 48 jets from a consortium led by BAE Systems.").links())
                .containsExactly("bae-systems arms_transfer sau");
        assertThat(Extracted.from("Two new frigates were handed over to the Pakistan Navy by China State Shipbuilding "
                + "Corporation.").links()).contains("cssc arms_transfer pak-navy");
    }

    @Test
    void helpAndSolidaritySupportAndSoDoPoliceSentAbroad() {
        assertThat(Extracted.from("Pyongyang has sent 12,000 soldiers to Russia's Kursk region to help Moscow's forces push "
                + "back a Ukrainian incursion.").links()).contains("prk support rus");
        assertThat(Extracted.from("The Nordic ministers expressed full solidarity with Denmark; Canada stands with the "
                + "Philippines.").links()).contains("can support phl");
        assertThat(Extracted.from("Kenya will send 600 more police officers to Haiti.").links())
                .containsExactly("ken support hti");
    }

    @Test
    void condemningTheJammingTheIntrusionsOrTheIncidentCondemnsWhoeverDidIt() {
        assertThat(Extracted.from("North Korea jammed GPS signals near the border islands. The Unification Ministry "
                + "condemned the jamming as a clear provocation.").links()).contains("unification-ministry condemnation prk");
        assertThat(Extracted.from("Houthi forces launched two missiles at a tanker. The European Union condemned the attack.")
                .links()).containsExactly("eu condemnation houthis");
    }

    @Test
    void aTitledPersonActsNotTheDemonymOfTheirTitle() {
        assertThat(Extracted.from("Thailand and Cambodia agreed to a ceasefire after talks mediated by Malaysian Prime "
                + "Minister Anwar Ibrahim.").linksEitherWay()).contains("ibrahim dialogue tha", "ibrahim dialogue khm");
        assertThat(Extracted.from("The deal followed talks between British Foreign Secretary David Lammy and Japanese "
                + "Foreign Minister Takeshi Iwaya.").links()).contains("lammy dialogue iwaya");
    }

    @Test
    void aDemonymBeforeAStrikeOrHarassmentIsWhoseItIsAndTheNounStatesAFactUnderAHedge() {
        assertThat(Extracted.byRules("Turkey condemned Israeli airstrikes near Damascus.").links())
                .containsExactly("tur condemnation isr");
        assertThat(Extracted.byRules("India declined to sign the statement condemning Israeli strikes on Iran.").links())
                .containsExactly("isr attack irn");
    }

    @Test
    void thoseWhoActJointlyOrPoolDataDoItWithEachOther() {
        assertThat(Extracted.from("Japan, Australia and the United States will jointly fund a new undersea cable.").links())
                .contains("jpn infrastructure aus", "jpn infrastructure usa", "aus infrastructure usa");
        assertThat(Extracted.from("The Netherlands and Belgium agreed to pool naval intelligence on shadow-fleet tankers.")
                .links()).containsExactly("nld intelligence_sharing bel");
    }

    @Test
    void criticisingTheVoteOrThePlanCriticisesWhoeverTheLastSentenceWasAbout() {
        assertThat(Extracted.from("Moldova's parliament voted on Wednesday to seek membership of the European Union. "
                + "Moscow criticised the vote as \"dictated from Brussels.\"").links()).contains("rus condemnation mda");
    }

    @Test
    void aNamedAgreementIsAPartnershipAndTheTwoWhoMetAreTheTwoSides() {
        assertThat(Extracted.from("Japan and the Philippines signed a Reciprocal Access Agreement on Monday.").links())
                .containsExactly("jpn partnership phl");
        assertThat(Extracted.from("Indonesia's defence minister met Australian Defence Minister Stephen Hallett on Monday. "
                + "The two sides agreed to expand joint patrols in the Arafura Sea.").links()).contains("idn joint_exercise aus");
    }

    @Test
    void fundersNamedAfterFromSupportWhomTheClauseDeliversTo() {
        assertThat(Extracted.byRules("The Czech-led initiative delivered 1.5 million shells to Ukraine last year, with funding "
                + "from Denmark, Canada and the Netherlands.").links())
                .contains("dnk support ukr", "can support ukr", "nld support ukr").noneMatch(link -> link.startsWith("cze support"));
    }

    @Test
    void thoseWhoCompeteRivalEachOtherNotTheArena() {
        assertThat(Extracted.byRules("Fiji will remain friends to all as the United States and China compete for influence in "
                + "the Pacific.").links()).containsExactly("usa rivalry chn");
        assertThat(Extracted.from("India and China are competing for influence in Nepal.").links())
                .containsExactly("ind rivalry chn");
    }

    @Test
    void aThreatPerceivedInAnotherStatesProjectOrNamedAsACompetitorIsARivalry() {
        assertThat(Extracted.from("Cairo regards Ethiopia's Grand Ethiopian Renaissance Dam as a threat to its water security.")
                .links()).containsExactly("egy rivalry eth");
        assertThat(Extracted.from("Canada's new Arctic policy identifies Russia as the most direct military threat and names "
                + "China as a growing strategic competitor.").links()).contains("can rivalry rus", "can rivalry chn");
        assertThat(Extracted.from("Timor-Leste became the 11th member of ASEAN on Sunday.").links())
                .contains("tls membership asean");
    }

    @Test
    void tradeCutOrAPackageOfSanctionsIsCoercionNotATransfer() {
        assertThat(Extracted.from("China will restrict exports of gallium to U.S. defence contractors.").links())
                .containsExactly("chn coercion usa");
        assertThat(Extracted.from("Ecuador imposed a 30% security tariff on imports from Colombia.").links())
                .containsExactly("ecu coercion col");
        assertThat(Extracted.from("The European Union adopted a new package of sanctions against Belarus.").links())
                .containsExactly("eu coercion blr");
    }

    @Test
    void trainingAndEquippingAnothersForcesOrATrainingPackageSupportsThem() {
        assertThat(Extracted.from("Italy will train and equip the Libyan coast guard.").links())
                .contains("ita support lby-coast-guard").noneMatch(link -> link.contains("joint_exercise"));
        assertThat(Extracted.from("U.S. Southern Command will send a mobile training team to Ecuador next month.").links())
                .contains("usa-southcom support ecu").noneMatch(link -> link.contains("joint_exercise"));
    }

    @Test
    void thoseWhoAccuseEachOtherCondemnEachOther() {
        assertThat(Extracted.from("Armenia and Azerbaijan accused each other on Sunday of opening fire along their border.")
                .links()).containsExactly("arm condemnation aze");
    }

    @Test
    void theTwoAlliesOfABodyAreTheTwoStatesNamedBefore() {
        assertThat(Extracted.from("Norwegian and Danish naval vessels conducted a joint patrol off Svalbard, the first such "
                + "operation since the two NATO allies signed a defence cooperation accord.").links())
                .contains("nor membership nato", "dnk membership nato").noneMatch(link -> link.contains("partnership nato"));
    }

    @Test
    void thoseWhoOperateAlongsideEachOtherTrainTogetherAndAttackWhomTheyOperateAgainst() {
        assertThat(Extracted.from("The UPDF will keep about 4,500 troops in Ituri for another year, operating alongside the "
                + "FARDC against the Allied Democratic Forces (ADF).").links())
                .contains("updf joint_exercise fardc", "updf attack adf-rebels", "fardc attack adf-rebels");
    }

    @Test
    void theAlliesOfAnAllianceAreItsMembersNotItsPartners() {
        assertThat(Extracted.from("Greece and Turkey, both NATO allies, held talks.").links())
                .contains("grc membership nato", "tur membership nato").noneMatch(link -> link.contains("partnership"));
    }

    @Test
    void aSpeakersPronounIsTheSpeaker() {
        assertThat(Extracted.from("Japan said it would hold drills with Australia.").links())
                .containsExactly("jpn joint_exercise aus");
    }

    @Test
    void aTriggerOpeningTheSentenceCounts() {
        assertThat(Extracted.from("Tensions between Ethiopia and Eritrea remain high.").links())
                .containsExactly("eth rivalry eri");
    }

    @Test
    void buildingWeaponsForAStateIsAnArmsTransferAndWhereTheyAreBuiltIsNoLink() {
        Extracted extracted = Extracted.from("Naval Group will build three corvettes at its Lorient shipyard for Greece and Cyprus.");

        assertThat(extracted.links()).contains("naval-group arms_transfer grc", "naval-group arms_transfer cyp")
                .noneMatch(link -> link.contains("infrastructure"));
    }

    @Test
    void buildingAPlaceForAStateIsInfrastructure() {
        assertThat(Extracted.from("Japan will build a new pier for the Philippines.").links())
                .contains("jpn infrastructure phl");
    }

    @Test
    void anAgreementWithAnArmsMakerForWeaponsIsASale() {
        assertThat(Extracted.from("Greece signed a $2 billion agreement with Rheinmetall for 40 howitzers.").links())
                .contains("rheinmetall arms_transfer grc").doesNotContain("grc partnership rheinmetall");
    }

    @Test
    void anObjectListGoesOnThroughCommasToItsLastMemberAfterAnd() {
        Extracted extracted = Extracted.from("Italy held naval drills with the Royal Navy, the Royal Australian Navy "
                + "and ships from Malta and Cyprus.");

        assertThat(extracted.links()).contains("ita joint_exercise gbr-royal-navy", "ita joint_exercise aus-ran",
                "ita joint_exercise mlt", "ita joint_exercise cyp");
    }

    @Test
    void aPossessiveAfterAndOpensAnotherPhraseNotTheObjectList() {
        assertThat(Extracted.from("Russia's war in Ukraine, and Kazakhstan's budget, worry Astana.").links())
                .doesNotContain("rus attack kaz");
    }

    @Test
    void aRoleSetOffByACommaBeforeThePersonIsPartOfTheObject() {
        Extracted extracted = Extracted.from("The United States held talks with Mexico's Foreign Secretary, Lucia Montano, on Friday.");

        assertThat(extracted.links()).contains("usa dialogue montano", "usa dialogue mex");
    }

    @Test
    void receivingAPersonIsTalkingWithThemAndATitleMayHoldOf() {
        Extracted extracted = Extracted.from("Mongolian Defence Minister Gantulga Batbayar received Japan's State Minister "
                + "of Defense, Kenji Morimoto, for consultations.");

        assertThat(extracted.links()).contains("morimoto dialogue batbayar", "jpn dialogue mng");
        assertThat(Extracted.from("The Philippines received two patrol vessels from Japan.").links())
                .containsExactly("jpn arms_transfer phl");
    }

    @Test
    void aTitledPersonAfterACommaOpensAnotherClauseNotTheObject() {
        Extracted extracted = Extracted.from("At the session, which brings in ASEAN's eight dialogue partners, U.S. Under "
                + "Secretary of Defense Paul Brennan and Chinese Defence Minister Liu Wenbo held talks.");

        assertThat(extracted.links()).noneMatch(link -> link.startsWith("asean"));
    }

    @Test
    void aTitleAndItsStateBeforeAPersonAreNoOtherObject() {
        Extracted extracted = Extracted.from("Japan's Foreign Minister Ken Sato met Fiji's Prime Minister Jone Vaka in Suva.");

        assertThat(extracted.links()).contains("sato dialogue vaka", "jpn dialogue fji");
    }

    @Test
    void aTriggerPhraseMayHaveModifiersInItsGap() {
        assertThat(Extracted.from("Poland agreed to share real-time maritime data with Sweden.").links())
                .containsExactly("pol intelligence_sharing swe");
    }

    @Test
    void anObjectNamedWithItsStatesPossessiveIsTheBodyOfThatState() {
        assertThat(Extracted.from("Poland will share intelligence with Ukraine's navy.").links())
                .containsExactlyInAnyOrder("pol intelligence_sharing ukr-navy", "pol intelligence_sharing ukr");
        assertThat(Extracted.from("Poland will share intelligence with Ukraine's navy.").model().links())
                .allMatch(link -> !link.provenance().rule().contains("fallback"));
    }

    @Test
    void aSubjectThatIsAnActorsBackerSupportsIt() {
        assertThat(Extracted.from("Iran and Russia have become Syria's main military backers.").links())
                .containsExactlyInAnyOrder("irn support syr", "rus support syr");
        assertThat(Extracted.from("Japan is Australia's closest partner.").links())
                .containsExactly("jpn partnership aus");
    }

    @Test
    void aTriggerEndingInItsPrepositionReachesTheCompanyAStateOwns() {
        assertThat(Extracted.from("Poland deepened ties with Germany's Rheinmetall.").links())
                .contains("pol partnership rheinmetall");
    }

    @Test
    void shootingDownAircraftIsAnAttackAndSpeakingToIsDialogue() {
        assertThat(Extracted.from("Greek air defences shot down two Turkish drones.").links()).contains("grc attack tur");
        assertThat(Extracted.from("Japan spoke to South Korea about the launch.").links()).contains("jpn dialogue kor");
    }

    @Test
    void aListAfterAColonNamesTheObjectsOfATriggerThatHadNone() {
        Extracted extracted = Extracted.from("Bahrain hosts several foreign naval bases: a U.S. fleet headquarters, "
                + "a British support facility and French liaison officers; Qatar said nothing.");

        assertThat(extracted.links()).contains("bhr infrastructure usa", "bhr infrastructure gbr", "bhr infrastructure fra")
                .noneMatch(link -> link.contains("qat"));
    }

    @Test
    void callingSomethingAThreatCondemnsIt() {
        assertThat(Extracted.from("Egypt bought frigates from Italy. Turkey called the purchase a threat.").links())
                .contains("tur condemnation egy").doesNotContain("tur rivalry egy");
    }

    @Test
    void thePurchasesReferToEveryRecentBuyer() {
        Extracted extracted = Extracted.from("Egypt bought frigates from Italy. Algeria ordered submarines from Russia. "
                + "Morocco condemned the purchases.");

        assertThat(extracted.links()).contains("mar condemnation egy", "mar condemnation dza");
    }

    @Test
    void anObjectThatCountsStatesIsTheLastListOfThatMany() {
        Extracted extracted = Extracted.from("Armenia and Azerbaijan resumed border talks. "
                + "Later, Japan met both foreign ministers in Tokyo.");

        assertThat(extracted.links()).contains("jpn dialogue arm", "jpn dialogue aze");
    }

    @Test
    void thoseThankedForTheirSupportGaveItToTheOneWhoThanksThem() {
        assertThat(Extracted.from("Moldova's prime minister thanked Warsaw, Vilnius and Riga for their support.").links())
                .containsExactlyInAnyOrder("pol support mda", "ltu support mda", "lva support mda");
    }

    @Test
    void unitsNamedWithTheirStatesPossessivesFormOneListAndOperatingTogetherIsAnExercise() {
        assertThat(Extracted.from("Estonia's Scouts Battalion and Latvia's Mechanised Brigade will operate together.").links())
                .contains("scouts-battalion joint_exercise mechanised-brigade", "est joint_exercise lva");
    }

    @Test
    void enteringAStatesAirspaceIsCoercionOfThatState() {
        assertThat(Extracted.from("Russian jets entered Estonian airspace twice on Monday.").links())
                .containsExactly("rus coercion est");
        assertThat(Extracted.from("Chinese aircraft violated Japan's airspace near Okinawa.").links())
                .containsExactly("chn coercion jpn");
    }

    @Test
    void trainingAnothersForcesSupportsThemWhileTrainingWithThemIsAnExercise() {
        assertThat(Extracted.from("The U.S. Coast Guard will train some 200 Vietnamese officers next year.").links())
                .contains("usa-coast-guard support vnm", "usa support vnm");
        assertThat(Extracted.from("Turkey's instructors have since trained the Maldivian coast guard.").links())
                .contains("tur support mdv-coast-guard");
        assertThat(Extracted.from("Japan trained with Australian troops in Darwin.").links())
                .containsExactly("jpn joint_exercise aus");
    }

    @Test
    void anOpeningItContinuesTheSubjectOfTheSentenceBefore() {
        Extracted extracted = Extracted.from("The Finnish Border Guard polices a long frontier. It will hold a live exercise "
                + "with the Norwegian Coast Guard in March.");

        assertThat(extracted.links()).contains("fin-border-guard joint_exercise nor-coast-guard");
        assertThat(Extracted.from("Finland polices a long frontier. It is unclear whether Norway will train with Sweden.").links())
                .doesNotContain("fin joint_exercise swe", "fin joint_exercise nor");
    }

    @Test
    void theCountriesWithoutANumberAreTheStatesOfTheLastList() {
        assertThat(Extracted.from("Saudi Arabia, Bahrain and Egypt cut ties with Qatar. The countries accused Qatar of "
                + "meddling.").links()).contains("sau condemnation qat", "bhr condemnation qat", "egy condemnation qat");
    }

    @Test
    void anOpeningHeOrSheContinuesAPersonWhoWasTheSubjectBefore() {
        assertThat(Extracted.from("Greek Foreign Minister Nikos Dendias visited Cairo. He later condemned Turkey.").links())
                .contains("dendias condemnation tur", "grc condemnation tur");
        assertThat(Extracted.from("Greece protested on Monday. He later condemned Turkey.").links())
                .doesNotContain("grc condemnation tur");
        assertThat(Extracted.from("Greek Foreign Minister Nikos Dendias visited Cairo. It later condemned Turkey.").links())
                .doesNotContain("dendias condemnation tur");
    }

    @Test
    void aPartnerMarkedByWithIsFoundPastALongPlaceAndTime() {
        Extracted extracted = Extracted.from("Finland will host a live exercise, Polaris 27, in the Gulf of Bothnia in March, "
                + "with ships and aircraft from the Canadian Coast Guard and the Norwegian Coast Guard.");

        assertThat(extracted.links()).contains("fin joint_exercise can-coast-guard", "fin joint_exercise nor-coast-guard");
    }

    @Test
    void keepingTroopsInAnotherStateSupportsIt() {
        assertThat(Extracted.from("Uganda will keep about 4,500 troops in Kenya for another year.").links())
                .containsExactly("uga support ken");
        assertThat(Extracted.from("Kenya, which still has about 740 police officers in Haiti, wants the vehicles.").links())
                .containsExactly("ken support hti");
    }

    @Test
    void anItAfterATriggerNounOpensARelativeClauseAndIsNoObject() {
        assertThat(Extracted.from("Washington sent troops to Kosovo. Brussels — The European Union renewed the sanctions "
                + "it imposed in 2020 on Turkey.").links()).contains("eu coercion tur").doesNotContain("eu coercion usa");
    }

    @Test
    void armingAndLicensedBuildingAreTransfersAndPartnerships() {
        assertThat(Extracted.from("Italy to arm Libyan coast guard").links()).contains("ita arms_transfer lby-coast-guard");
        assertThat(Extracted.from("Mazagon Dock Shipbuilders builds the submarines under licence from Naval Group.").links())
                .contains("mazagon-dock partnership naval-group");
    }

    @Test
    void aGroupingsMembersBetweenDashesAreMembersWhereTheGazetteerAgrees() {
        assertThat(Extracted.from("The leaders of the Quad — Australia, India, Japan and the United States — met.").links())
                .contains("aus membership quad", "ind membership quad", "jpn membership quad", "usa membership quad");
        assertThat(Extracted.from("The leaders of the Quad — France and Germany — met.").links())
                .doesNotContain("fra membership quad", "deu membership quad");
    }

    @Test
    void statesListedAfterABodyAndAWordOfMembershipAreItsMembersWhereTheGazetteerAgrees() {
        assertThat(Extracted.from("Drones were seen over NATO members like Poland and Sweden.").links())
                .contains("pol membership nato", "swe membership nato");
        assertThat(Extracted.from("NATO deployed jets from member states, including the UK, France and Germany.").links())
                .contains("gbr membership nato", "fra membership nato", "deu membership nato");
        assertThat(Extracted.from("The SCO currently has eight full members \u2014 China, Kyrgyzstan, Pakistan, Russia, "
                + "Tajikistan, India, Kazakhstan and Uzbekistan.").links()).hasSize(8);
        assertThat(Extracted.from("The CSTO is an alliance uniting six ex-Soviet nations - Armenia, Belarus, Kazakhstan, "
                + "Kyrgyzstan, Tajikistan and Russia.").links()).contains("arm membership csto", "rus membership csto");
        assertThat(Extracted.from("The Quad is an informal forum comprising India, the US, Japan and Australia.").links())
                .contains("ind membership quad", "aus membership quad");
        assertThat(Extracted.from("The U.S., India, Australia, and Japan are part of a strategic alliance known as Quad.")
                .links()).contains("usa membership quad", "jpn membership quad");
        assertThat(Extracted.from("NATO members like Poland and Japan met.").links())
                .doesNotContain("pol membership nato", "jpn membership nato");
    }

    @Test
    void whoSaidItActsInTheParticipleAfterTheVerbOfSaying() {
        assertThat(Extracted.from("Rebels captured two towns on Friday, the Kenya Defence Forces said, accusing Rwanda of "
                + "sending soldiers.").links()).contains("kdf condemnation rwa").doesNotContain("rwa condemnation rwa");
        assertThat(Extracted.from("Burundi's delegation left the meeting, accusing Rwanda of training rebels.").links())
                .containsExactly("bdi condemnation rwa");
    }

    @Test
    void approvingAPurchaseBuysAndApprovingASaleSells() {
        assertThat(Extracted.from("India approved the purchase of 26 Rafale fighters from France's Dassault Aviation.").links())
                .containsExactlyInAnyOrder("dassault-aviation arms_transfer ind", "fra arms_transfer ind");
        assertThat(Extracted.from("Washington approved a $1.2 billion arms sale to Taipei.").links())
                .containsExactly("usa arms_transfer twn");
    }

    @Test
    void criticisingTheDealCondemnsThePartiesOfTheLatestAgreementOfAnyKind() {
        assertThat(Extracted.from("Italy signed a defence agreement with Libya on Monday. Germany criticised the deal on Tuesday.")
                .links()).contains("deu condemnation ita", "deu condemnation lby");
    }

    @Test
    void ministersFromSeveralStatesWhoAgreedMetEachOther() {
        assertThat(Extracted.from("Defence ministers from Turkey, Romania and Bulgaria agreed on Wednesday to extend the task group.")
                .links()).containsExactlyInAnyOrder("tur dialogue rou", "tur dialogue bgr", "rou dialogue bgr");
        assertThat(Extracted.from("The leaders of the Quad — Australia, India, Japan and the United States — pledged $1 billion.")
                .links()).contains("aus dialogue ind", "jpn dialogue usa");
        assertThat(Extracted.from("Imports of arms from Turkey and Romania rose.").links()).isEmpty();
    }

    @Test
    void theRecipientAfterToIsFoundPastALongListOfWhatIsGivenAndEquipmentThatArmsNoOneIsSupport() {
        assertThat(Extracted.from("Japan will donate 40 engineering vehicles and a mobile field hospital, valued at ¥2.3 billion, "
                + "to the Mongolian Armed Forces.").links()).containsExactlyInAnyOrder("jpn support mng-armed-forces", "jpn support mng");
        assertThat(Extracted.from("Japan will donate 40 armoured vehicles to the Mongolian Armed Forces.").links())
                .contains("jpn arms_transfer mng-armed-forces");
    }

    @Test
    void theGuestsAHostBringsTogetherMeetEachOther() {
        assertThat(Extracted.from("Pristina is Kosovo's capital. EU envoy Petra Kovář will host Kosovo's chief negotiator, "
                + "Besa Krasniqi, and her Serbian counterpart, Nenad Pavlović, in Brussels.").links())
                .contains("kovar dialogue krasniqi", "kovar dialogue pavlovic", "krasniqi dialogue pavlovic", "xkx dialogue srb");
    }

    @Test
    void statesThatBuildSomethingTogetherArePartners() {
        assertThat(Extracted.from("Britain, Italy and Japan agreed to build the fighter together.").links())
                .containsExactlyInAnyOrder("gbr partnership ita", "gbr partnership jpn", "ita partnership jpn");
    }

    @Test
    void condemningTheMoveCondemnsWhoeverActedLast() {
        assertThat(Extracted.from("Egypt delivered armoured vehicles to Somalia. Ethiopia called the move provocative.").links())
                .contains("eth condemnation egy").doesNotContain("eth condemnation som");
    }

    @Test
    void shipsFromSeveralStatesThatJoinAnothersTaskGroupExerciseWithIt() {
        assertThat(Extracted.from("Frigates from Australia and Japan joined the Indonesian Navy's task group.").links())
                .contains("aus joint_exercise idn-navy", "jpn joint_exercise idn-navy", "aus joint_exercise idn");
    }

    @Test
    void aBodyWhichGroupsStatesHasThemAsMembers() {
        assertThat(Extracted.from("The Alliance of Sahel States (AES), which groups Mali, Burkina Faso and Niger, denounced ECOWAS.")
                .links()).contains("mli membership aes", "bfa membership aes", "ner membership aes");
    }

    @Test
    void armsMadeAbroadComeFromTheMakersState() {
        assertThat(Extracted.from("Pakistan, which flew Chinese-supplied J-10C fighters, bought more.").links())
                .contains("chn arms_transfer pak");
        assertThat(Extracted.from("The Nigerian Army fields Turkish-made drones.").links()).contains("tur arms_transfer nga-army");
        assertThat(Extracted.from("Turkish-brokered talks between Ethiopia and Somalia resumed.").links())
                .doesNotContain("tur arms_transfer eth");
    }

    @Test
    void aMakersDemonymIsNoArgumentAndThoseWhoFoughtAttackedEachOther() {
        assertThat(Extracted.from("Pakistan, which flew Chinese-supplied J-10C fighters during its four-day clash with India, "
                + "is a threat.").links()).contains("pak attack ind", "chn arms_transfer pak").doesNotContain("chn attack ind");
        assertThat(Extracted.from("Indian and Chinese soldiers fought with clubs in the Galwan valley.").links())
                .containsExactly("ind attack chn");
    }

    @Test
    void breachingAnothersAirspaceOrEnteringItsWatersIsCoercion() {
        assertThat(Extracted.from("Turkish fighter jets breached Greek airspace 43 times.").links()).containsExactly("tur coercion grc");
        assertThat(Extracted.from("A China Coast Guard cutter entered Philippine waters again.").links())
                .contains("chn-ccg coercion phl");
    }

    @Test
    void restoringTiesIsAPartnershipAndTheHelperOfItNoParty() {
        assertThat(Extracted.byRules("Saudi Arabia and Iran restored diplomatic ties in 2023 with China's help.").links())
                .containsExactly("sau partnership irn");
        assertThat(Extracted.from("South Korea and Japan agreed to share real-time missile warning data.").links())
                .containsExactly("kor intelligence_sharing jpn");
    }

    @Test
    void aProtestAfterAnotherActedIsAtThatOneAndJoiningAfterAnAdverbIsMembership() {
        assertThat(Extracted.from("The Philippines protested after Chinese vessels blocked a resupply mission.").links())
                .contains("phl condemnation chn");
        assertThat(Extracted.from("Sweden formally joined NATO in March 2024.").links()).containsExactly("swe membership nato");
        assertThat(Extracted.from("Washington and Seoul will resume large-scale field training next month.").links())
                .containsExactly("usa joint_exercise kor");
    }

    @Test
    void aMembershipBidIsNoMembership() {
        assertThat(Extracted.from("Turkey blocked Sweden's NATO membership bid for months.").links())
                .contains("tur coercion swe").doesNotContain("swe membership nato");
        assertThat(Extracted.from("Finland's NATO membership changed the map.").links()).contains("fin membership nato");
    }

    @Test
    void theStatesIncludedAmongManyAreTheObjectAndLiftingABanCoercesNoOne() {
        assertThat(Extracted.from("Ankara has sold Bayraktar drones to more than 30 countries, including Poland and Ukraine.")
                .links()).containsExactlyInAnyOrder("tur arms_transfer pol", "tur arms_transfer ukr");
        assertThat(Extracted.from("Japan lifted its ban on exports of lethal weapons to the Philippines.").links())
                .doesNotContain("jpn coercion phl");
    }

    @Test
    void callingOnOthersStatesNothingWhileClosingABorderAndFlyingTogetherDo() {
        assertThat(Extracted.byRules("Estonia's prime minister called on allies to send more air defence systems to Ukraine.")
                .links()).isEmpty();
        assertThat(Extracted.from("Finland closed its border with Russia in November.").links()).containsExactly("fin coercion rus");
        assertThat(Extracted.from("Australian and Japanese F-35s flew together for the first time.").links())
                .containsExactly("aus joint_exercise jpn");
        assertThat(Extracted.from("Vietnam and the Philippines agreed on a joint coast guard patrol.").links())
                .containsExactly("vnm joint_exercise phl");
    }

    @Test
    void severingTiesCoercesAndAStatesConductThatAlarmsAnotherIsAThreatToIt() {
        assertThat(Extracted.from("Algeria severed diplomatic ties with Morocco in 2021.").links())
                .containsExactly("dza coercion mar");
        assertThat(Extracted.from("Saudi Arabia, Bahrain and Egypt said they would cut all diplomatic and economic ties with "
                + "Qatar.").links()).containsExactlyInAnyOrder("sau coercion qat", "bhr coercion qat", "egy coercion qat");
        assertThat(Extracted.from("Beijing's growing military presence in the Pacific has alarmed Australia.").links())
                .containsExactly("aus rivalry chn");
    }

    @Test
    void anOpeningParticiplePhraseActsForTheSubjectAfterIt() {
        assertThat(Extracted.from("Having signed a security pact with the Solomon Islands in 2022, China is now courting Vanuatu.")
                .links()).contains("chn partnership slb");
        assertThat(Extracted.from("Following talks with Japan, the Philippines signed a deal.").links()).contains("phl dialogue jpn");
    }

    @Test
    void twoPartiesToAnArmsDealTradeWithEachOtherUnlessTheDealIsAJointProgramme() {
        assertThat(Extracted.from("South Korea and Poland signed a $6 billion contract for 180 K2 tanks.").links())
                .containsExactly("kor arms_transfer pol");
        assertThat(Extracted.from("Japan and Australia signed a deal to co-develop drones.").links())
                .containsExactly("jpn partnership aus");
    }

    @Test
    void alliesNamedByTheirAllianceAndActingAreNoTieWithTheObject() {
        assertThat(Extracted.from("NATO allies pledged $40 billion in military aid for Ukraine next year.").links())
                .containsExactly("nato support ukr");
    }

    @Test
    void whoIsPromptedToReactReactsToWhoPromptedIt() {
        assertThat(Extracted.from("Chinese and Russian bombers flew joint patrols near Japan, prompting Tokyo to scramble "
                + "fighters.").links()).contains("chn coercion jpn", "rus coercion jpn");
        assertThat(Extracted.from("Russia massed troops on the border, prompting Ukraine to protest.").links())
                .contains("ukr condemnation rus");
    }

    @Test
    void aStatesSupplierSellsToItAndAPoliceMissionToAStateSupportsIt() {
        assertThat(Extracted.from("China has become Pakistan's main weapons supplier.").links())
                .containsExactly("chn arms_transfer pak");
        assertThat(Extracted.from("Kenya has agreed to lead a multinational police mission to Haiti.").links())
                .containsExactly("ken support hti");
    }

    @Test
    void thoseANounDescribesByTheirStateDoWhatFollowsIt() {
        assertThat(Extracted.from("Washington sanctioned Iranian companies supplying drones to Russia.").links())
                .containsExactlyInAnyOrder("usa coercion irn", "irn arms_transfer rus");
    }

    @Test
    void whoSaysWeInAQuotationThatOpensTheSentenceActs() {
        assertThat(Extracted.from("\"We condemn the Russian strikes,\" said German Foreign Minister Annalena Baerbock.").links())
                .contains("baerbock condemnation rus", "deu condemnation rus");
        assertThat(Extracted.from("\"We will deepen cooperation with Manila,\" Japanese Defence Minister Minoru Kihara said.")
                .links()).contains("kihara partnership phl");
    }

    @Test
    void theLaunchOrTheWorkReferToWhoeverDidIt() {
        assertThat(Extracted.from("North Korea fired an ICBM on Monday. Japan condemned the launch.").links())
                .contains("jpn condemnation prk");
        assertThat(Extracted.from("Vietnam is building outposts in the Spratlys. Beijing calls the work illegal.").links())
                .contains("chn condemnation vnm");
    }

    @Test
    void armsNamedWithTheirSellerInAStatesBudgetAreBoughtByThatState() {
        assertThat(Extracted.from("Indonesia's 2027 defence budget sets aside $1 billion for missiles from Norway's Kongsberg.")
                .links()).contains("kongsberg arms_transfer idn");
    }

    @Test
    void aPersonAfterARoleSetOffByACommaStaysInTheListOfThoseWhoMet() {
        assertThat(Extracted.from("Saudi Deputy Foreign Minister Faisal al-Dosari and Iran's deputy foreign minister, Reza "
                + "Kazemi, met on Wednesday for talks hosted by Oman.").links())
                .contains("al-dosari dialogue kazemi", "omn dialogue sau", "omn dialogue irn");
    }

    @Test
    void aProtestWithNoObjectIsAgainstTheOneOtherPartyNamedBeforeIt() {
        assertThat(Extracted.from("Japan's Defense Ministry said two Chinese frigates had sailed between Yonaguni and "
                + "Iriomote islands, and Tokyo lodged a protest.").links()).containsExactly("jpn condemnation chn");
    }

    @Test
    void raisingTheMatterWithAnEmbassyAndLettingWarshipsUseALogisticsPoint() {
        assertThat(Extracted.from("Norway has raised the matter with the Russian embassy in Oslo.").links())
                .contains("nor condemnation rus");
        assertThat(Extracted.from("Sudan agreed to let Russian warships use a logistics point at Port Sudan.").links())
                .contains("sdn infrastructure rus");
    }

    @Test
    void shippingFoodOrMedicineIsSupportNotAnArmsTransfer() {
        assertThat(Extracted.from("India has since shipped some 60,000 tonnes of wheat to Afghanistan.").links())
                .containsExactly("ind support afg");
        assertThat(Extracted.from("Germany delivered 20 Leopard tanks to Ukraine.").links())
                .containsExactly("deu arms_transfer ukr");
    }

    @Test
    void whatAJudgementCallsOutIsTheLastActorsDoingButRejectingAChargeCondemnsNoOne() {
        assertThat(Extracted.from("Brazil will stand up a jungle brigade in Roraima. Caracas called the brigade \"a "
                + "provocation dressed up as a budget line.\"").links()).contains("ven condemnation bra");
        assertThat(Extracted.from("Eritrea accused Ethiopia of moving troops to the border. Addis Ababa called the charge "
                + "\"fiction\".").links()).containsExactly("eri condemnation eth");
    }

    @Test
    void aVerbJoinedAfterALongQuotationIsTheSpeakersNotTheQuotations() {
        assertThat(Extracted.from("Spokesperson Fang Lijun called the patrols \"a stern warning to separatist forces\" "
                + "and accused Washington of meddling.").links()).contains("lijun condemnation usa");
    }

    @Test
    void aSubjectAfterAnOpeningPlacePhraseIsCountedFromItsComma() {
        assertThat(Extracted.from("In Beijing, defence ministry spokesperson Senior Col. Fang Lijun accused Washington of "
                + "meddling.").links()).contains("lijun condemnation usa", "chn condemnation usa");
    }

    @Test
    void askingSomeoneToMeetStatesNoMeeting() {
        assertThat(Extracted.from("President Irfaan Ali called the build-up \"an act of intimidation\" and asked the UN "
                + "Security Council to meet.").links()).isEmpty();
    }

    @Test
    void aQuotationGoingOnFromAReportedClauseThatNamesOthersIsNotTheSpeakers() {
        assertThat(Extracted.from("Iran's spokeswoman Mahnaz Rahimi said Iran's neighbours were \"buying fear at Korean "
                + "prices.\"").links()).doesNotContain("kor arms_transfer irn");
    }

    @Test
    void buyingTogetherIsAPartnershipOfTheBuyersAndFiringTogetherAJointExercise() {
        assertThat(Extracted.from("The leaders of France, Germany and Poland agreed to buy long-range interceptors "
                + "together.").links()).contains("fra partnership deu", "fra partnership pol", "deu partnership pol");
        assertThat(Extracted.from("Estonia, Latvia and Lithuania signed a joint procurement agreement with Sweden's Saab.")
                .links()).contains("est partnership lva", "lva partnership ltu");
        assertThat(Extracted.from("Finnish and Swedish artillery units will fire together on Norwegian soil.").links())
                .contains("fin joint_exercise swe");
    }

    @Test
    void orderingJointlyWithAnotherIsBothAPurchaseAndAPartnership() {
        assertThat(Extracted.from("Norway ordered six TKMS boats jointly with Germany.").links())
                .contains("tkms arms_transfer nor", "nor partnership deu");
    }

    @Test
    void coHostingAnEditionOfAnExerciseIsAJointExercise() {
        assertThat(Extracted.from("Its 2027 edition, which SOUTHCOM co-hosted with the Barbados Defence Force, drew about "
                + "2,400 personnel from 26 countries.").links()).contains("usa-southcom joint_exercise brb-defence-force");
    }

    @Test
    void whatARelativeClauseJudgesIsWhatItsAntecedentsClauseDid() {
        assertThat(Extracted.from("Japan deployed missiles to Yonaguni, which China's foreign ministry called "
                + "\"dangerous\".").links()).contains("chn-foreign-ministry condemnation jpn");
        assertThat(Extracted.from("The Republic of Korea Navy and the U.S. Seventh Fleet held an anti-submarine drill off "
                + "Gunsan, which China's defence ministry called \"provocative\".").links())
                .contains("chn-defence-ministry condemnation kor-navy", "chn-defence-ministry condemnation usa-7th-fleet");
    }

    @Test
    void whoIsNamedInADuringAdjunctIsNoObjectOfTheVerbBeforeIt() {
        assertThat(Extracted.from("Vietnam and the Philippines signed a memorandum on coast guard cooperation during "
                + "President Marcos's visit to Hanoi.").links()).contains("vnm partnership phl")
                .doesNotContain("phl partnership marcos");
        assertThat(Extracted.from("Under an arrangement signed during the visit, Japan will donate 40 engineering vehicles "
                + "to the Mongolian Armed Forces.").links()).contains("jpn support mng-armed-forces");
    }

    @Test
    void theActAnOverClauseGivesAsTheReasonIsTheObjects() {
        assertThat(Extracted.from("Beijing imposed sanctions on three U.S. defence contractors over arms sales to Taiwan.")
                .links()).contains("chn coercion usa", "usa arms_transfer twn").doesNotContain("twn arms_transfer chn");
        assertThat(Extracted.from("Türkiye remains excluded from the U.S.-led F-35 programme over its purchase of Russian "
                + "S-400 air defence systems.").links()).contains("rus arms_transfer tur");
    }

    @Test
    void aCompoundSuchAsIranBackedDescribesTheSubjectAfterIt() {
        assertThat(Extracted.from("Iran-backed Houthi rebels fired two missiles at a Greek-flagged tanker in the Red Sea.")
                .links()).contains("irn support houthis", "houthis attack grc").doesNotContain("irn attack grc");
    }

    @Test
    void rejectingADealAsVoidCondemnsItsPartiesButRejectingAProposalStatesNothing() {
        assertThat(Extracted.from("Greece and Egypt signed a maritime boundary deal that Turkey rejected as null and void.")
                .links()).contains("grc partnership egy", "tur condemnation grc", "tur condemnation egy");
        assertThat(Extracted.from("Kyiv rejected the proposal.").links()).isEmpty();
    }

    @Test
    void theAgentOfAPassiveAfterADealIsNoPartyToItButAHostOfTalksIs() {
        assertThat(Extracted.from("Saudi Arabia and Iran restored diplomatic relations in a deal brokered by China.").links())
                .contains("sau partnership irn", "chn dialogue sau").doesNotContain("sau partnership chn", "irn partnership chn");
        assertThat(Extracted.from("Saudi Arabia and Iran met on Wednesday for talks hosted by Oman.").links())
                .contains("sau dialogue omn");
    }

    @Test
    void aMinisterMeetsTheStateOfTheCounterpartHeMeetsAndATitleInCapitalsActsForItsState() {
        assertThat(Extracted.from("Japan and the Philippines are drawing closer. Defence Minister Gen Nakatani met his "
                + "Philippine counterpart on Tuesday.").links()).contains("nakatani dialogue phl", "jpn dialogue phl");
        assertThat(Extracted.from("Japan's Defence Minister met his Philippine counterpart in Manila.").links())
                .contains("jpn dialogue phl");
    }

    @Test
    void aPronounRightAfterAConflictTriggerOwnsItsTargetAndTheSpeakerMayBeThatOwner() {
        assertThat(Extracted.from("The Philippine coast guard said Chinese vessels had fired water cannon at two of its "
                + "ships near Scarborough Shoal.").links()).contains("chn coercion phl-pcg");
    }

    @Test
    void aVerbJoinedByAndTakesItsOwnObjectAndAQuotedVerbKeepsItsObjectAfterTheQuotation() {
        assertThat(Extracted.from("Japan deployed missiles on Yonaguni. China's foreign ministry said it \"firmly opposes\" "
                + "the deployment and urged Tokyo to stop \"provoking trouble.\"").links())
                .contains("chn-foreign-ministry condemnation jpn").doesNotContain("chn-foreign-ministry support jpn");
    }

    @Test
    void aHedgeDoesNotReachPastAnotherVerbJoinedByAnd() {
        assertThat(Extracted.from("Iran's foreign ministry denied directing the militia and accused Israel of "
                + "\"manufacturing a pretext for a wider war\".").links()).contains("irn-foreign-ministry condemnation isr");
    }

    @Test
    void aQuotedFigureMayStandInATriggersGap() {
        assertThat(Extracted.from("Kataib Hezbollah said it had launched \"more than 20\" drones at Israel.").links())
                .contains("kataib-hezbollah attack isr");
    }

    @Test
    void aSumNamedAsOnesOwnAndGivenForAnotherIsSupport() {
        assertThat(Extracted.from("And Canada's C$30 million for the Haitian National Police is exactly the kind of help "
                + "that makes their work last.").links()).contains("can support hti-national-police");
        assertThat(Extracted.from("The UAE's $2 billion in aid to Egypt was announced in Cairo.").links())
                .containsExactly("are support egy");
        assertThat(Extracted.from("Russia's 40% share of India's arms imports has fallen.").links())
                .doesNotContain("rus support ind");
    }

    @Test
    void theCounterpartNamedAfterHisRoleIsTheOneMet() {
        assertThat(Extracted.byRules("Kenya's President William Ruto met his Somali counterpart, Hassan Sheikh Mohamud, in "
                + "Nairobi.").links()).contains("ruto dialogue mohamud").doesNotContain("ruto dialogue som");
    }
}
