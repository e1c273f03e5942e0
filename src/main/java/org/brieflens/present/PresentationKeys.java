package org.brieflens.present;

import javafx.scene.input.KeyCode;

/**
 * The keys of a presentation: Right, Page Down and Space go on; Left and Page Up go back; Home
 * and End go to the ends; a digit jumps to that slide; B blanks the screen; L toggles the
 * pointer halo; Escape leaves.
 */
public final class PresentationKeys {

    private PresentationKeys() {
    }

    /** Acts on {@code key}; returns false for a key a presentation does not use. */
    public static boolean handle(KeyCode key, SlideDeck deck, Runnable leave) {
        switch (key) {
            case RIGHT, PAGE_DOWN, SPACE, DOWN -> deck.next();
            case LEFT, PAGE_UP, UP -> deck.previous();
            case HOME -> deck.first();
            case END -> deck.last();
            case B, PERIOD -> deck.toggleBlank();
            case L -> deck.toggleHalo();
            case ESCAPE -> leave.run();
            default -> {
                if (key.isDigitKey()) {
                    deck.jumpTo(digit(key));
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    private static int digit(KeyCode key) {
        String name = key.getName();
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }
}
