package org.brieflens.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.brieflens.model.ActorKind;

/** An actor as the recognisers build it up, before ids are fixed and the model is assembled. */
public final class ActorDraft {
    private final String key;
    private final String name;
    private final ActorKind kind;
    private final String iso3;
    private final List<String> memberIso3;
    private final String rule;
    private final double confidence;
    private final Set<String> aliases = new LinkedHashSet<>();
    private final List<Mention> mentions = new ArrayList<>();
    private String affiliationKey;
    private String title;
    private boolean affiliatedToHomeState;
    private int introducedIn = -1;

    public ActorDraft(String key, String name, ActorKind kind, String iso3, List<String> memberIso3, String rule,
            double confidence) {
        this.key = key;
        this.name = name;
        this.kind = kind;
        this.iso3 = iso3;
        this.memberIso3 = List.copyOf(memberIso3);
        this.rule = rule;
        this.confidence = confidence;
    }

    public static ActorDraft of(KnownActor known, String rule, double confidence) {
        ActorDraft draft = new ActorDraft(known.key(), known.name(), known.kind(), known.iso3(), known.memberIso3(),
                rule, confidence);
        if (known.homeIso3() != null) {
            draft.affiliateTo(KnownActor.keyOfState(known.homeIso3()));
        }
        return draft;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public ActorKind kind() {
        return kind;
    }

    public String iso3() {
        return iso3;
    }

    public List<String> memberIso3() {
        return memberIso3;
    }

    public String rule() {
        return rule;
    }

    public double confidence() {
        return confidence;
    }

    public Set<String> aliases() {
        return aliases;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public String affiliationKey() {
        return affiliationKey;
    }

    public void affiliateTo(String key) {
        if (key != null && !key.equals(this.key)) {
            affiliationKey = key;
            affiliatedToHomeState = false;
        }
    }

    /**
     * Affiliates to a state once all actors are known: the title, in sentence {@code sentence},
     * names no state.
     */
    public void affiliateToHomeStateLater(int sentence) {
        if (affiliationKey == null) {
            affiliatedToHomeState = true;
            introducedIn = sentence;
        }
    }

    /** The sentence where a person waiting for a state was introduced. */
    public int introducedIn() {
        return introducedIn;
    }

    public boolean waitsForHomeState() {
        return affiliatedToHomeState && affiliationKey == null;
    }

    /** The title a person was introduced with ("President"), or null. */
    public String title() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void addAlias(String alias) {
        if (!alias.equals(name)) {
            aliases.add(alias);
        }
    }
}
