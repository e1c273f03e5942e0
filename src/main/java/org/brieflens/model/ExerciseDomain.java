package org.brieflens.model;

/** The domain an exercise trains for. */
public enum ExerciseDomain {
    NAVAL("Naval"),
    AIR("Air"),
    LAND("Land"),
    AMPHIBIOUS("Amphibious"),
    CYBER("Cyber"),
    MINE_COUNTERMEASURES("Mine countermeasures"),
    ANTI_SUBMARINE("Anti-submarine"),
    MISSILE_DEFENCE("Missile defence"),
    COAST_GUARD("Coast guard"),
    LIVE_FIRE("Live fire"),
    BLOCKADE("Blockade"),
    HUMANITARIAN("Humanitarian and disaster relief"),
    SPACE("Space"),
    MULTI_DOMAIN("Multi-domain"),
    GENERAL("General");

    private final String displayName;

    ExerciseDomain(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public String jsonName() {
        return Vocabulary.jsonName(this);
    }
}
