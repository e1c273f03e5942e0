package org.brieflens.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actors recognised so far and their mentions, in text order. A token belongs to at most
 * one mention, except where a mention is part of another actor's name ("U.S." in "U.S. Navy").
 */
public final class ActorTable {
    private final TokenizedBrief tokens;
    private final Map<String, ActorDraft> actors = new LinkedHashMap<>();
    private final Mention[] mentionAt;
    private List<List<Mention>> bySentence;

    public ActorTable(TokenizedBrief tokens) {
        this.tokens = tokens;
        this.mentionAt = new Mention[tokens.size()];
    }

    public TokenizedBrief tokens() {
        return tokens;
    }

    public Optional<ActorDraft> actor(String key) {
        return Optional.ofNullable(actors.get(key));
    }

    public Collection<ActorDraft> actors() {
        return actors.values();
    }

    public ActorDraft add(ActorDraft draft) {
        return actors.computeIfAbsent(draft.key(), key -> draft);
    }

    /** Whether any of tokens {@code [first, end)} already belongs to a mention. */
    public boolean isTaken(int first, int end) {
        for (int i = first; i < end; i++) {
            if (mentionAt[i] != null) {
                return true;
            }
        }
        return false;
    }

    public Mention mentionAt(int token) {
        return token >= 0 && token < mentionAt.length ? mentionAt[token] : null;
    }

    /** Records a mention of {@code actor}; the tokens must be free. */
    public Mention mention(ActorDraft actor, int first, int end, SurfaceForm form) {
        Mention mention = new Mention(actor.key(), first, end, tokens.token(first).sentence(), form);
        for (int i = first; i < end; i++) {
            mentionAt[i] = mention;
        }
        actor.mentions().add(mention);
        if (end < tokens.size() && tokens.token(end).is("'s")) {
            mention.markPossessive();
        }
        bySentence = null;
        return mention;
    }

    /** A mention sharing its tokens with another: two services written with one head noun. */
    public Mention mentionAlongside(ActorDraft actor, int first, int end, SurfaceForm form) {
        Mention mention = new Mention(actor.key(), first, end, tokens.token(first).sentence(), form);
        actor.mentions().add(mention);
        bySentence = null;
        return mention;
    }

    /** Every mention in a sentence, in text order. */
    public List<Mention> mentionsIn(int sentence) {
        if (bySentence == null) {
            List<List<Mention>> lists = new ArrayList<>();
            for (int s = 0; s < tokens.sentenceCount(); s++) {
                lists.add(new ArrayList<>());
            }
            for (ActorDraft actor : actors.values()) {
                for (Mention mention : actor.mentions()) {
                    lists.get(mention.sentence()).add(mention);
                }
            }
            Comparator<Mention> order = Comparator.comparingInt(Mention::first).thenComparingInt(Mention::end);
            lists.forEach(list -> list.sort(order));
            bySentence = lists;
        }
        return bySentence.get(sentence);
    }
}
