package org.brieflens.extract;

import org.brieflens.model.LinkKind;

/**
 * A word or phrase that states a link of some kind ("condemns", "joint exercises", "deal").
 * For arms transfers it also says whether the subject is the buyer ("buy") or the seller
 * ("export"), which decides the link's direction, seller to buyer.
 */
public record Trigger(String phrase, LinkKind kind, Role subject) {

    public enum Role {
        EITHER, BUYER, SELLER
    }
}
