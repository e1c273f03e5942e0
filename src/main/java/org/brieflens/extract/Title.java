package org.brieflens.extract;

import java.util.Locale;

/**
 * A title written before a person's name ("Prime Minister", "Rear Adm.") and where it affiliates
 * the person: to the state named beside it, the armed force, the organisation, or nowhere (an
 * honorific). A title that fixes its body ("NATO Secretary General") names it in {@code target}.
 */
public record Title(String text, Scope scope, String target) {

    public enum Scope {
        STATE, MILITARY, ORG, HONORIFIC
    }

    public static Title parse(String text, String scopeCell) {
        String[] parts = scopeCell.split("=", 2);
        Scope scope = Scope.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
        String target = parts.length > 1 ? parts[1].strip() : null;
        return new Title(text, scope, target);
    }
}
