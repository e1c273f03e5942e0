package org.brieflens.extract;

import org.brieflens.model.LinkKind;

/** A link as found in one place: its ends (actor keys), kind, direction and evidence tokens. */
record LinkDraft(String source, String target, LinkKind kind, boolean directed, int sentence, int first, int end,
        String rule, double confidence) {
}
