package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.brieflens.model.ActorKind;

/**
 * Bodies described rather than named, "Egypt's canal authority", "Seoul's arms procurement
 * agency": a state's possessive, up to three lowercase words and a lowercase body noun. A brief
 * that also names one body in full and gives it no other state ("the Defense Acquisition Program
 * Administration") means that body; otherwise the description is a body of its own. Bodies named
 * in full that no words place belong to the state of the brief's dateline.
 */
final class DescriptiveBodies {
    private static final Set<String> BODY_NOUNS = Set.of("authority", "agency", "administration", "commission",
            "bureau", "directorate", "office", "council", "inspectorate");
    private static final int DESCRIPTION_WORDS = 3;
    /** Words that make a body international, not a state's: "International Maritime Bureau". */
    private static final Set<String> INTERNATIONAL = Set.of("International", "United", "Nations", "European", "World",
            "Global", "Asian", "African", "Arab", "Islamic", "Atlantic", "Pacific", "Regional");

    private record Description(Mention state, int first, int end) {
    }

    void recognise(ActorTable table, Optional<KnownActor> datelineState) {
        datelineState.flatMap(state -> table.actor(state.key())).filter(state -> !state.mentions().isEmpty())
                .ifPresent(state -> placeUnplacedBodies(table, state));
        for (Description description : descriptions(table)) {
            String state = description.state().actorKey();
            List<ActorDraft> named = table.actors().stream().filter(actor -> isNamedBody(actor)
                    && (actor.affiliationKey() == null || actor.affiliationKey().equals(state))).toList();
            ActorDraft body;
            if (named.size() == 1) {
                body = named.get(0);
                body.affiliateTo(state);
            } else {
                String stateName = table.actor(state).map(ActorDraft::name).orElse(state);
                String words = table.tokens().textOf(description.first(), description.end());
                String name = stateName + " " + titleCase(words);
                body = table.add(new ActorDraft(state + "-" + Slug.of(words), name, ActorKind.ORGANISATION, null,
                        List.of(), "descriptive-body", 0.6));
                body.affiliateTo(state);
            }
            table.mention(body, description.first(), description.end(), SurfaceForm.NAME);
            description.state().makePartOf(body.key());
        }
    }

    private static boolean isNamedBody(ActorDraft actor) {
        return actor.kind() == ActorKind.ORGANISATION && actor.rule().equals("capitalised-body-name");
    }

    private static void placeUnplacedBodies(ActorTable table, ActorDraft state) {
        for (ActorDraft actor : table.actors()) {
            boolean international = false;
            for (String word : actor.name().split(" ")) {
                international |= INTERNATIONAL.contains(word);
            }
            if (isNamedBody(actor) && actor.affiliationKey() == null && !international) {
                actor.affiliateTo(state.key());
            }
        }
    }

    private static List<Description> descriptions(ActorTable table) {
        TokenizedBrief tokens = table.tokens();
        List<Description> found = new ArrayList<>();
        for (int i = 2; i < tokens.size(); i++) {
            Mention owner = table.mentionAt(i - 2);
            boolean possessive = tokens.token(i - 1).is("'s") && owner != null && owner.end() == i - 1
                    && table.actor(owner.actorKey()).map(actor -> actor.kind() == ActorKind.STATE).orElse(false);
            if (!possessive) {
                continue;
            }
            int j = i;
            while (j < tokens.size() && j - i <= DESCRIPTION_WORDS && tokens.token(j).isLowerCase()
                    && table.mentionAt(j) == null && tokens.token(j).sentence() == owner.sentence()) {
                if (BODY_NOUNS.contains(tokens.token(j).text())) {
                    found.add(new Description(owner, i, j + 1));
                    break;
                }
                j++;
            }
        }
        return found;
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        // The words as written may be parted by several spaces or a line break.
        for (String word : words.strip().split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
