package org.brieflens.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Ids made from names: lowercase ASCII words joined by hyphens ("Mark Rutte" to "mark-rutte"). */
final class Slug {
    private Slug() {
    }

    static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
