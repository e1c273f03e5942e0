package org.brieflens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.brieflens.model.LinkKind;
import org.brieflens.model.Vocabulary;

/**
 * The words around triggers that the link stage reads, by class, from {@code link-words.tsv}:
 * classes of things a trigger can act on ({@code weapons}, {@code troops}, {@code envoys}, which
 * choose a trigger's sense); nouns that refer back to an earlier event of a kind
 * ({@code reference:attack}: "the strikes", "these sales"); phrases that make a clause
 * hypothetical or contested ({@code hedge}: "ready to", "claimed"); negations; and the words
 * that show the next one is a verb ({@code verb-marker}: "will", "now").
 */
final class LinkWords {
    private static final String REFERENCE = "reference:";

    private final Map<String, Set<String>> classes = new HashMap<>();
    private final List<List<String>> hedges = new ArrayList<>();

    private static final class Holder {
        private static final LinkWords INSTANCE = new LinkWords();
    }

    private LinkWords() {
        for (Map<String, String> row : TsvTable.load("/org/brieflens/extract/link-words.tsv").rows()) {
            String word = row.get("word");
            String type = row.get("class");
            if (type.startsWith(REFERENCE)) {
                Vocabulary.parse(LinkKind.class, type.substring(REFERENCE.length()))
                        .orElseThrow(() -> new IllegalStateException("unknown link kind in link-words.tsv: " + type));
            }
            if (type.equals("hedge")) {
                hedges.add(List.of(word.split(" ")));
            } else {
                classes.computeIfAbsent(word, key -> new HashSet<>()).add(type);
            }
        }
    }

    static LinkWords get() {
        return Holder.INSTANCE;
    }

    boolean is(Token token, String type) {
        return token.isLowerCase() && classes.getOrDefault(token.text(), Set.of()).contains(type);
    }

    /** Whether a word names a weapon, also inside a capitalised system name ("Naval Strike Missiles"). */
    boolean namesWeapon(Token token) {
        return classes.getOrDefault(token.lower(), Set.of()).contains("weapons");
    }

    /** The class of thing a word names, of those a trigger's senses can name, or null. */
    String thingClass(Token token, Set<String> wanted) {
        if (!token.isLowerCase()) {
            return null;
        }
        for (String type : classes.getOrDefault(token.text(), Set.of())) {
            if (wanted.contains(type)) {
                return type;
            }
        }
        return null;
    }

    /** The kind of event a noun refers back to ("strikes": an attack), if it is such a noun. */
    Optional<LinkKind> referenceKind(Token token) {
        if (!token.isLowerCase()) {
            return Optional.empty();
        }
        for (String type : classes.getOrDefault(token.text(), Set.of())) {
            if (type.startsWith(REFERENCE)) {
                return Vocabulary.parse(LinkKind.class, type.substring(REFERENCE.length()));
            }
        }
        return Optional.empty();
    }

    /** Whether a hedge ("ready to", "claimed") starts at token {@code i}. */
    boolean hedgeAt(List<Token> tokens, int i, int limit) {
        for (List<String> hedge : hedges) {
            if (i + hedge.size() > limit) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < hedge.size() && matches; k++) {
                matches = tokens.get(i + k).text().equals(hedge.get(k));
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }
}
