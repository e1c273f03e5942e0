package org.brieflens.extract;

import java.util.List;
import java.util.Set;

import org.brieflens.model.ActorKind;

/**
 * Companies the gazetteer does not know, recognised by the description the brief gives them: a
 * company noun before the name ("the Dutch shipbuilder Damen", "Turkish drilling firm TPAO") or
 * after it in apposition ("Ambrey, a British maritime security firm"). A demonym or state in the
 * description is the company's home state. Briefs name most firms only this way, and a company
 * left unrecognised takes its arms deals with it. A name that ends in a corporate word
 * ("Electro Optic Systems", "China Merchants Port Holdings") describes itself; a state in it, or
 * a state's possessive before it ("Norway's"), is its home state.
 */
final class DescribedCompanies {
    private static final Set<String> COMPANY_NOUNS = Set.of("shipbuilder", "shipbuilders", "firm", "company",
            "manufacturer", "maker", "contractor", "producer", "conglomerate", "supplier", "developer", "giant",
            "shipyard", "startup", "start-up", "group", "corporation", "carmaker", "automaker", "planemaker");
    /** Words before "group" that make it an armed group, not a firm: "the militant group Jaish al Adl". */
    private static final Set<String> ARMED_GROUP_WORDS = Set.of("militant", "armed", "rebel", "terrorist", "separatist",
            "jihadist", "insurgent", "extremist", "paramilitary", "islamist");
    /** Lowercase words a description may have between its state and its noun: "state-owned drilling". */
    private static final int DESCRIPTION_WORDS = 4;
    private static final int NAME_WORDS = 5;
    private static final Set<String> NAME_JOINERS = Set.of("&", "-");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> CORPORATE_WORDS = Set.of("Industries", "Systems", "Holdings", "Aerospace",
            "Dynamics", "Technologies", "Shipbuilding", "Shipyards", "Electronics", "Corporation", "Corp", "Inc", "Ltd",
            "Limited", "plc", "PLC", "AG", "GmbH", "Engineering");
    /** Words that make a capitalised name before a corporate word a weapon or a command, not a firm. */
    private static final Set<String> NOT_FIRM_WORDS = Set.of("Missile", "Missiles", "Combat", "Weapon", "Weapons",
            "Air", "Rocket", "Launch", "Radar", "Space", "Surveillance", "Warning", "Control", "Command", "Unmanned",
            "Aircraft", "Strike", "Defense", "Defence", "Integrated", "Ministry", "Department", "Office", "The");

    void recognise(ActorTable table) {
        TokenizedBrief tokens = table.tokens();
        for (int s = 0; s < tokens.sentenceCount(); s++) {
            int first = tokens.firstOf(s);
            int end = tokens.endOf(s);
            // "Navy Plans to Cut Shipbuilding Budget": in a title-case headline every word is capitalised.
            boolean headline = TitleCase.isHeadline(tokens.tokens(), first, end);
            for (int i = first; i < end; i++) {
                if (CORPORATE_WORDS.contains(tokens.token(i).text()) && table.mentionAt(i) == null && !headline) {
                    int nameFirst = corporateNameBefore(table, first, i);
                    if (nameFirst >= 0) {
                        add(table, nameFirst, i + 1, stateInOrBefore(table, first, nameFirst, i + 1));
                    }
                    continue;
                }
                if (!COMPANY_NOUNS.contains(tokens.token(i).text())) {
                    continue;
                }
                boolean armed = i > first && ARMED_GROUP_WORDS.contains(tokens.token(i - 1).lower()) && tokens.token(i).is("group");
                int nameEnd = nameAfter(table, i + 1, end, armed);
                if (nameEnd > i + 1 && armed) {
                    // "the militant group Jaish al Adl": an armed group, no firm, and no state's own.
                    addArmedGroup(table, i + 1, nameEnd);
                    continue;
                }
                if (nameEnd > i + 1) {
                    add(table, i + 1, nameEnd, homeStateBefore(table, first, i));
                    continue;
                }
                int nameFirst = appositionBefore(table, first, i);
                if (nameFirst >= 0) {
                    int comma = commaBefore(tokens, first, i);
                    add(table, nameFirst, comma, homeStateBetween(table, comma, i));
                }
            }
        }
    }

    /**
     * The end of a name of untaken capitalised words (a state's name may be part of it) from
     * {@code from}, or -1; an armed group's name may hold particles ("Jaish al Adl").
     */
    private static int nameAfter(ActorTable table, int from, int end, boolean particles) {
        TokenizedBrief tokens = table.tokens();
        int j = from;
        while (j < end && j - from < NAME_WORDS) {
            Token token = tokens.token(j);
            Mention named = table.mentionAt(j);
            boolean state = named != null && isState(table, named);
            boolean particle = particles && j > from && j + 1 < end && PersonRecogniser.NAME_PARTICLES.contains(token.text())
                    && tokens.token(j + 1).isCapitalised();
            if (!(token.isCapitalised() || token.isAllCaps()) && !(j > from && NAME_JOINERS.contains(token.text())) && !particle
                    || named != null && !state) {
                break;
            }
            j = state ? named.end() : j + 1;
        }
        boolean ownWord = j > from && !(table.mentionAt(from) != null && table.mentionAt(from).end() == j);
        return ownWord ? j : -1;
    }

    /**
     * Where the name ending in the corporate word at {@code word} starts: one to four capitalised
     * words before it (a state's name among them), none of them already a body's name, or -1.
     */
    private static int corporateNameBefore(ActorTable table, int first, int word) {
        TokenizedBrief tokens = table.tokens();
        int start = word;
        while (start > first && word - start < NAME_WORDS - 1) {
            Token token = tokens.token(start - 1);
            Mention named = table.mentionAt(start - 1);
            boolean capitalised = token.isCapitalised() || token.isAllCaps() || NAME_JOINERS.contains(token.text());
            if (!capitalised || NOT_FIRM_WORDS.contains(token.text()) || named != null && !isState(table, named)) {
                break;
            }
            start = named != null ? named.first() : start - 1;
        }
        if (start < word && NAME_JOINERS.contains(tokens.token(start).text())) {
            start++;
        }
        if (start > first && Set.of("of", "for", "de").contains(tokens.token(start - 1).text())) {
            // "General Authority for Military Industries": the name goes on before the lowercase word.
            return -1;
        }
        boolean ownWord = false;
        for (int k = start; k < word; k++) {
            ownWord |= table.mentionAt(k) == null;
        }
        return start < word && ownWord ? start : -1;
    }

    /** The state named inside a company's name ("China Merchants"), or by a possessive right before it ("Norway's"). */
    private static Mention stateInOrBefore(ActorTable table, int first, int nameFirst, int nameEnd) {
        for (int k = nameFirst; k < nameEnd; k++) {
            Mention mention = table.mentionAt(k);
            if (mention != null && isState(table, mention)) {
                return mention;
            }
        }
        if (nameFirst - 2 >= first && table.tokens().token(nameFirst - 1).is("'s")) {
            Mention owner = table.mentionAt(nameFirst - 2);
            return owner != null && isState(table, owner) ? owner : null;
        }
        return null;
    }

    /**
     * "Ambrey, a British maritime security firm": where the name before the comma starts, when
     * only an article, a state and lowercase words stand between the comma and the noun; or -1.
     */
    private static int appositionBefore(ActorTable table, int first, int noun) {
        TokenizedBrief tokens = table.tokens();
        int comma = commaBefore(tokens, first, noun);
        if (comma <= first || !ARTICLES.contains(tokens.token(comma + 1).lower())) {
            return -1;
        }
        int start = comma - 1;
        while (start > first && (tokens.token(start - 1).isCapitalised() || tokens.token(start - 1).isAllCaps())
                && table.mentionAt(start - 1) == null && comma - start < NAME_WORDS) {
            start--;
        }
        Token opening = tokens.token(start);
        boolean name = (opening.isCapitalised() || opening.isAllCaps()) && !table.isTaken(start, comma);
        return name ? start : -1;
    }

    /** The comma before a description of at most a few words ending at {@code noun}, or -1. */
    private static int commaBefore(TokenizedBrief tokens, int first, int noun) {
        for (int k = noun - 1; k >= Math.max(first, noun - DESCRIPTION_WORDS - 3); k--) {
            if (tokens.token(k).is(",")) {
                return k;
            }
        }
        return -1;
    }

    /** "the Dutch shipbuilder", "India's state-owned firm": a state in the few words before the noun. */
    private static Mention homeStateBefore(ActorTable table, int first, int noun) {
        return homeStateBetween(table, Math.max(first, noun - DESCRIPTION_WORDS - 2) - 1, noun);
    }

    private static Mention homeStateBetween(ActorTable table, int from, int noun) {
        Mention state = null;
        for (int k = from + 1; k < noun; k++) {
            Mention mention = table.mentionAt(k);
            if (mention != null && isState(table, mention)) {
                state = mention;
            } else if (mention != null || table.tokens().token(k).is(",")) {
                state = null;
            }
        }
        return state;
    }

    private static void addArmedGroup(ActorTable table, int first, int end) {
        String name = table.tokens().textOf(first, end);
        ActorDraft group = table.actor(Slug.of(name)).orElseGet(() -> table.add(new ActorDraft(Slug.of(name), name,
                ActorKind.ORGANISATION, null, List.of(), "described-armed-group", 0.65)));
        table.mention(group, first, end, SurfaceForm.NAME);
    }

    private static void add(ActorTable table, int first, int end, Mention homeState) {
        TokenizedBrief tokens = table.tokens();
        String name = tokens.textOf(first, end);
        ActorDraft company = table.actor(Slug.of(name)).orElseGet(() -> table.add(new ActorDraft(Slug.of(name), name,
                ActorKind.COMPANY, null, List.of(), "described-company", 0.65)));
        for (int k = first; k < end; k++) {
            Mention inside = table.mentionAt(k);
            if (inside != null) {
                // "Israel Shipyards": the state in the company's name is part of it.
                inside.makePartOf(company.key());
            }
        }
        // As for bodies named around a state ("South Korea's Defense Acquisition Program
        // Administration"), the company's mention covers the state's, which is now part of it.
        table.mention(company, first, end, SurfaceForm.NAME);
        if (homeState != null && company.affiliationKey() == null) {
            company.affiliateTo(homeState.actorKey());
        }
        if (homeState != null) {
            // "from the Dutch shipbuilder Damen": the demonym describes the company; the company is the party.
            homeState.makePartOf(company.key());
        }
    }

    private static boolean isState(ActorTable table, Mention mention) {
        return table.actor(mention.actorKey()).map(actor -> actor.kind() == ActorKind.STATE).orElse(false);
    }
}
