package org.brieflens.extract.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.brieflens.model.Actor;
import org.brieflens.model.ActorKind;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Evidence;
import org.brieflens.model.Exercise;
import org.brieflens.model.ExerciseDomain;
import org.brieflens.model.Figure;
import org.brieflens.model.Link;
import org.brieflens.model.LinkKind;
import org.brieflens.model.Provenance;
import org.brieflens.model.Unit;
import org.brieflens.testing.Briefs;

/** The matching that precision and recall are counted with, as the report documents it. */
class ModelComparisonTest {
    private static final String TEXT = "Tokyo and the Japanese coast guard drilled with Hanoi; Vietnam grew 18% in 2020.";

    private static Actor actor(String id, String name, ActorKind kind, String iso3, String mention) {
        int start = TEXT.indexOf(mention);
        return new Actor(id, name, kind, iso3, List.of(), List.of(), List.of(), null,
                List.of(new Evidence(0, start, start + mention.length())), Provenance.HAND_CHECKED);
    }

    private static Evidence at(String words) {
        int start = TEXT.indexOf(words);
        return new Evidence(0, start, start + words.length());
    }

    private static BriefModel model(List<Actor> actors, List<Link> links, List<Figure> figures, List<Exercise> exercises) {
        return new BriefModel(Briefs.brief(TEXT), actors, links, figures, exercises);
    }

    @Test
    void statesMatchByIsoCodeWhateverTheirIdsAndNames() {
        BriefModel key = model(List.of(actor("jpn", "Japan", ActorKind.STATE, "JPN", "Tokyo")), List.of(), List.of(), List.of());
        BriefModel found = model(List.of(actor("japan", "Nippon", ActorKind.STATE, "JPN", "Japanese")), List.of(), List.of(), List.of());

        assertThat(ModelComparison.of(key, found).actors().matched()).isEqualTo(1);
    }

    @Test
    void aStateWrittenWithNoCodeMatchesByNameButStatesWithCodesOnlyByCode() {
        BriefModel key = model(List.of(actor("kos", "Vietnam", ActorKind.STATE, null, "Hanoi")), List.of(), List.of(), List.of());
        BriefModel found = model(List.of(actor("vnm", "Vietnam", ActorKind.STATE, "VNM", "Vietnam")), List.of(), List.of(), List.of());
        BriefModel otherCode = model(List.of(actor("jpn", "Japan", ActorKind.STATE, "JPN", "Tokyo")), List.of(), List.of(), List.of());
        BriefModel sameNameOtherCode = model(List.of(actor("x", "Japan", ActorKind.STATE, "VNM", "Japanese")), List.of(), List.of(),
                List.of());

        assertThat(ModelComparison.of(key, found).actors().matched()).isEqualTo(1);
        assertThat(ModelComparison.of(otherCode, sameNameOtherCode).actors().matched()).isZero();
    }

    @Test
    void otherActorsMatchByNameOrByOverlappingMentionWhenTheirKindsAgree() {
        BriefModel key = model(List.of(actor("jcg", "Japan Coast Guard", ActorKind.ORGANISATION, null, "coast guard")),
                List.of(), List.of(), List.of());
        BriefModel sameMention = model(List.of(actor("x", "Japanese Coast Guard", ActorKind.ORGANISATION, null,
                "Japanese coast guard")), List.of(), List.of(), List.of());
        BriefModel otherKind = model(List.of(actor("x", "Japan Coast Guard", ActorKind.PERSON, null, "Tokyo")),
                List.of(), List.of(), List.of());

        assertThat(ModelComparison.of(key, sameMention).actors().matched()).isEqualTo(1);
        assertThat(ModelComparison.of(key, otherKind).actors().matched()).isZero();
    }

    @Test
    void figuresMatchByValueUnitAndOverlappingEvidence() {
        Figure wanted = new Figure("f", "18%", 18, Unit.PERCENT, "growth", List.of(), null, null, null, null, null,
                List.of(at("grew 18%")), Provenance.HAND_CHECKED);
        Figure same = new Figure("g", "18%", 18, Unit.PERCENT, "other words", List.of(), null, null, null, null, null,
                List.of(at("18% in 2020")), Provenance.HAND_CHECKED);
        Figure elsewhere = new Figure("g", "18%", 18, Unit.PERCENT, "growth", List.of(), null, null, null, null, null,
                List.of(at("Tokyo")), Provenance.HAND_CHECKED);

        assertThat(ModelComparison.of(model(List.of(), List.of(), List.of(wanted), List.of()),
                model(List.of(), List.of(), List.of(same), List.of())).figures().matched()).isEqualTo(1);
        assertThat(ModelComparison.of(model(List.of(), List.of(), List.of(wanted), List.of()),
                model(List.of(), List.of(), List.of(elsewhere), List.of())).figures().matched()).isZero();
    }

    @Test
    void aUnitSpeltAnotherWayIsTheSameUnit() {
        Figure wanted = new Figure("f", "18 foot", 18, new Unit("foot"), "length", List.of(), null, null, null, null, null,
                List.of(at("grew 18%")), Provenance.HAND_CHECKED);
        Figure got = new Figure("g", "18 ft", 18, new Unit("ft"), "length", List.of(), null, null, null, null, null,
                List.of(at("grew 18%")), Provenance.HAND_CHECKED);
        Figure metres = new Figure("g", "18 m", 18, new Unit("m"), "length", List.of(), null, null, null, null, null,
                List.of(at("grew 18%")), Provenance.HAND_CHECKED);

        assertThat(ModelComparison.of(model(List.of(), List.of(), List.of(wanted), List.of()),
                model(List.of(), List.of(), List.of(got), List.of())).figures().matched()).isEqualTo(1);
        assertThat(ModelComparison.of(model(List.of(), List.of(), List.of(wanted), List.of()),
                model(List.of(), List.of(), List.of(metres), List.of())).figures().matched()).isZero();
    }

    @Test
    void linksMatchByKindAndTheMatchedPairInEitherOrder() {
        List<Actor> actors = japanAndVietnam();
        Link wanted = new Link("l", "jpn", "vnm", LinkKind.JOINT_EXERCISE, false, List.of(at("drilled")), null,
                Provenance.HAND_CHECKED);
        Link reversed = new Link("m", "vnm", "jpn", LinkKind.JOINT_EXERCISE, false, List.of(at("Vietnam")), null,
                Provenance.HAND_CHECKED);
        Link otherKind = new Link("m", "jpn", "vnm", LinkKind.DIALOGUE, false, List.of(at("drilled")), null,
                Provenance.HAND_CHECKED);

        assertThat(ModelComparison.of(model(actors, List.of(wanted), List.of(), List.of()),
                model(actors, List.of(reversed), List.of(), List.of())).links().matched()).isEqualTo(1);
        assertThat(ModelComparison.of(model(actors, List.of(wanted), List.of(), List.of()),
                model(actors, List.of(otherKind), List.of(), List.of())).links().precision()).isZero();
    }

    @Test
    void anExtractedLinkIsInTheKeyWhenALinkOfItsKindJoinsTheMatchedPair() {
        List<Actor> actors = japanAndVietnam();
        Link wanted = new Link("l", "jpn", "vnm", LinkKind.JOINT_EXERCISE, false, List.of(at("drilled")), null,
                Provenance.HAND_CHECKED);
        Link reversed = new Link("m", "vnm", "jpn", LinkKind.JOINT_EXERCISE, false, List.of(at("Vietnam")), null,
                new Provenance(0.5, "pair model"));
        Link otherKind = new Link("n", "jpn", "vnm", LinkKind.DIALOGUE, false, List.of(at("drilled")), null,
                new Provenance(0.7, "trigger"));
        ModelComparison comparison = ModelComparison.of(model(actors, List.of(wanted), List.of(), List.of()),
                model(actors, List.of(reversed, otherKind), List.of(), List.of()));

        assertThat(comparison.keyHas(reversed)).isTrue();
        assertThat(comparison.keyHas(otherKind)).isFalse();
    }

    @Test
    void theFamilyCountMatchesAPairFoundWithAnotherKindOfTheSameFamily() {
        List<Actor> actors = japanAndVietnam();
        Link wanted = new Link("l", "jpn", "vnm", LinkKind.JOINT_EXERCISE, false, List.of(at("drilled")), null,
                Provenance.HAND_CHECKED);
        Link dialogue = new Link("m", "vnm", "jpn", LinkKind.DIALOGUE, false, List.of(at("drilled")), null,
                Provenance.HAND_CHECKED);
        Link coercion = new Link("m", "jpn", "vnm", LinkKind.COERCION, true, List.of(at("drilled")), null,
                Provenance.HAND_CHECKED);

        ModelComparison sameFamily = ModelComparison.of(model(actors, List.of(wanted), List.of(), List.of()),
                model(actors, List.of(dialogue), List.of(), List.of()));
        ModelComparison otherFamily = ModelComparison.of(model(actors, List.of(wanted), List.of(), List.of()),
                model(actors, List.of(coercion), List.of(), List.of()));

        assertThat(sameFamily.links().matched()).isZero();
        assertThat(sameFamily.linkFamilies().matched()).isEqualTo(1);
        assertThat(otherFamily.linkFamilies().matched()).isZero();
    }

    @Test
    void exercisesMatchByOverlappingEvidenceAndASharedParticipant() {
        List<Actor> actors = japanAndVietnam();
        Exercise wanted = new Exercise("x", null, List.of("jpn", "vnm"), ExerciseDomain.GENERAL, null, null, List.of(),
                List.of(at("drilled with Hanoi")), Provenance.HAND_CHECKED);
        Exercise found = new Exercise("y", "drill", List.of("vnm"), ExerciseDomain.NAVAL, null, null, List.of(),
                List.of(at("drilled")), Provenance.HAND_CHECKED);

        Score score = ModelComparison.of(model(actors, List.of(), List.of(), List.of(wanted)),
                model(actors, List.of(), List.of(), List.of(found))).exercises();

        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.precision()).isEqualTo(1.0);
    }

    @Test
    void eachKeyItemIsMatchedAtMostOnce() {
        List<Actor> key = List.of(actor("jpn", "Japan", ActorKind.STATE, "JPN", "Tokyo"));
        List<Actor> found = List.of(actor("jpn", "Japan", ActorKind.STATE, "JPN", "Tokyo"),
                actor("jpn-2", "Japan", ActorKind.STATE, "JPN", "Japanese"));

        Score score = ModelComparison.of(model(key, List.of(), List.of(), List.of()),
                model(found, List.of(), List.of(), List.of())).actors();

        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.extra()).hasSize(1);
    }

    private static List<Actor> japanAndVietnam() {
        return List.of(actor("jpn", "Japan", ActorKind.STATE, "JPN", "Tokyo"),
                actor("vnm", "Vietnam", ActorKind.STATE, "VNM", "Hanoi"));
    }
}
