package org.brieflens.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.brieflens.model.Actor;
import org.brieflens.model.BriefModel;
import org.brieflens.model.Evidence;
import org.brieflens.model.Figure;
import org.brieflens.model.ModelChecker;
import org.brieflens.testing.Briefs;
import org.brieflens.testing.GoldModels;

/**
 * The hand-checked models (the bundled brief's and the dev briefs' answer keys) are valid and
 * internally consistent: they are what the extractor is measured against.
 */
class AnswerKeysTest {

    @Test
    void theBundledKeyHoldsEveryItemTheBriefStates() throws Exception {
        BriefModel model = Briefs.bundledFromAssets();

        assertThat(model.actors()).hasSize(23);
        assertThat(model.links()).hasSize(35);
        assertThat(model.figures()).hasSize(9);
        assertThat(model.exercises()).hasSize(5);
        assertThat(model.figures()).extracting(Figure::label)
                .contains("18%", "$5 billion", "73%", "tripled", "42%", "28%", "60%", "$3.4 trillion");
        assertThat(model.actors()).extracting(Actor::id)
                .contains("nato", "jpn", "chn", "rus", "vnm", "ip4", "kor", "aus", "nzl", "rutte", "ishiba", "mhi");
    }

    @Test
    void theBundledKeyIsTheBriefVerbatim() throws Exception {
        String text = java.nio.file.Files.readString(Briefs.BUNDLED_TEXT);

        assertThat(Briefs.bundledFromAssets().brief().text()).isEqualTo(text);
    }

    static List<String> keys() {
        return GoldModels.NAMES;
    }

    @ParameterizedTest
    @MethodSource("keys")
    void eachDevKeyLoadsAgainstItsBrief(String name) throws Exception {
        BriefModel model = GoldModels.load(name);

        assertThat(ModelChecker.check(model)).isEmpty();
        assertThat(model.actors()).isNotEmpty();
        assertThat(model.brief().source()).startsWith("https://");
    }

    @ParameterizedTest
    @MethodSource("keys")
    void everyMentionInADevKeyIsTheActorsNameAnAliasOrAnAcceptedReference(String name) throws Exception {
        assertMentionsAreNamed(GoldModels.load(name));
    }

    @Test
    void everyMentionInTheBundledKeyIsTheActorsNameAnAliasOrAnAcceptedReference() throws Exception {
        assertMentionsAreNamed(Briefs.bundledFromAssets());
    }

    @Test
    void everyFigureLabelAppearsInItsEvidence() throws Exception {
        BriefModel model = Briefs.bundledFromAssets();
        for (Figure figure : model.figures()) {
            for (Evidence evidence : figure.evidence()) {
                assertThat(model.brief().textOf(evidence)).as(figure.id()).contains(figure.label());
            }
        }
    }

    /**
     * Common nouns the keys accept as a reference to an actor named nearby ("the alliance" for
     * NATO, "commander" in apposition to a named officer), per the conventions of the keys.
     */
    private static final Set<String> REFERENCES = Set.of("alliance", "ally", "chief", "commander", "companies");

    /**
     * A mention's text is the actor's name, one of its aliases, a word of either, or an accepted
     * reference; the check catches offsets that point at the wrong words.
     */
    private static void assertMentionsAreNamed(BriefModel model) {
        for (Actor actor : model.actors()) {
            Set<String> words = new HashSet<>(REFERENCES);
            for (String name : concat(actor.name(), actor.aliases())) {
                words.add(name.toLowerCase(Locale.ROOT));
                for (String word : name.split("[\\s.'’-]+")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
            for (Evidence mention : actor.mentions()) {
                String text = model.brief().textOf(mention).toLowerCase(Locale.ROOT);
                boolean named = words.contains(text) || words.stream().anyMatch(word -> word.length() > 2 && text.contains(word));
                assertThat(named).as("mention '%s' of %s (%s)", text, actor.id(), words).isTrue();
            }
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(rest);
        all.add(first);
        return all;
    }
}
