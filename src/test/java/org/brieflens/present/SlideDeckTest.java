package org.brieflens.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class SlideDeckTest {
    private final SlideDeck deck = new SlideDeck(List.of("overview", "network", "spending", "source"));
    private int left;

    @Test
    void startsOnTheFirstSlide() {
        assertThat(deck.currentViewId()).isEqualTo("overview");
    }

    @Test
    void rightPageDownAndSpaceGoOnAndStopAtTheEnd() {
        press(KeyCode.RIGHT, KeyCode.PAGE_DOWN, KeyCode.SPACE, KeyCode.SPACE);

        assertThat(deck.currentViewId()).isEqualTo("source");
    }

    @Test
    void leftAndPageUpGoBackAndStopAtTheStart() {
        deck.last();

        press(KeyCode.LEFT, KeyCode.PAGE_UP, KeyCode.LEFT, KeyCode.LEFT);

        assertThat(deck.currentViewId()).isEqualTo("overview");
    }

    @Test
    void homeAndEndGoToTheEnds() {
        press(KeyCode.END);
        assertThat(deck.currentViewId()).isEqualTo("source");

        press(KeyCode.HOME);
        assertThat(deck.currentViewId()).isEqualTo("overview");
    }

    @Test
    void aDigitJumpsToThatSlideCountedFromOne() {
        press(KeyCode.DIGIT3);
        assertThat(deck.currentViewId()).isEqualTo("spending");

        press(KeyCode.NUMPAD2);
        assertThat(deck.currentViewId()).isEqualTo("network");

        press(KeyCode.DIGIT9);
        assertThat(deck.currentViewId()).as("a slide that does not exist is ignored").isEqualTo("network");
    }

    @Test
    void bBlanksTheScreenAndMovingOnShowsItAgain() {
        press(KeyCode.B);
        assertThat(deck.blankedProperty().get()).isTrue();

        press(KeyCode.B);
        assertThat(deck.blankedProperty().get()).isFalse();

        press(KeyCode.B, KeyCode.RIGHT);
        assertThat(deck.blankedProperty().get()).isFalse();
    }

    @Test
    void lTogglesThePointerHalo() {
        press(KeyCode.L);
        assertThat(deck.haloProperty().get()).isTrue();

        press(KeyCode.L);
        assertThat(deck.haloProperty().get()).isFalse();
    }

    @Test
    void escapeLeaves() {
        press(KeyCode.ESCAPE);

        assertThat(left).isEqualTo(1);
    }

    @Test
    void otherKeysAreLeftToTheSlide() {
        assertThat(PresentationKeys.handle(KeyCode.A, deck, () -> left++)).isFalse();
        assertThat(deck.currentViewId()).isEqualTo("overview");
    }

    @Test
    void aPresentationNeedsASlide() {
        assertThatThrownBy(() -> new SlideDeck(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private void press(KeyCode... keys) {
        for (KeyCode key : keys) {
            assertThat(PresentationKeys.handle(key, deck, () -> left++)).as(key.getName()).isTrue();
        }
    }
}
