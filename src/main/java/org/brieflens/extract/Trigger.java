package org.brieflens.extract;

import java.util.Map;

import org.brieflens.model.LinkKind;

/**
 * A word or phrase that states a link of some kind ("condemns", "joint exercises", "deal").
 * {@code subject} says which end of the link the trigger's subject is: the source ("X condemned
 * Y", "X sold Y tanks"), the target ("X bought tanks from Y", "X's reliance on Y"), or either,
 * to be decided by the words around (an arms "contract" runs from the company that signs it), or
 * a mediator, linked to each party it stands between.
 * A {@code verbOnly} trigger counts only where it is read as a verb ("Norinco supply Mali", not
 * "a supply boat"). An {@code evaluative} trigger ("called", "described") states a link only
 * when a word of negative judgement follows it in its clause ("called the purchase a dangerous
 * escalation"). {@code senses} give another kind when the words after it name a class of
 * thing: troops "sent" are support, envoys "sent" a dialogue, weapons in a "deal" an arms transfer.
 */
public record Trigger(String phrase, LinkKind kind, Role subject, boolean verbOnly, boolean evaluative,
        Map<String, LinkKind> senses) {

    /**
     * {@code MEDIATOR}: the subject stands between the parties listed after ("mediated between A
     * and B"); {@code MUTUAL}: the actors of a listed subject act on each other ("A and B, whose
     * border clashes").
     */
    public enum Role {
        SOURCE, TARGET, EITHER, MEDIATOR, MUTUAL
    }

    public Trigger {
        senses = Map.copyOf(senses);
    }

    /** Whether the phrase itself ends in "by" ("built by"): its subject is the one after it. */
    public boolean isPassivePhrase() {
        return phrase.endsWith(" by");
    }
}
