package org.brieflens.extract;

/** How a gazetteer surface names what it names. */
public enum SurfaceForm {
    /** The actor's name or one of its aliases ("Japan", "the U.S.", "DPRK"). */
    NAME,
    /** A demonym, which names the state as a modifier ("Japanese", "French"). */
    DEMONYM,
    /** A capital or seat of government standing for its state ("Tokyo", "the Kremlin"). */
    CAPITAL,
    /** A place that is not an actor, though it holds an actor's name ("South China Sea"). */
    PLACE,
    /** A named military exercise ("RIMPAC", "Talisman Sabre"), never an actor. */
    EXERCISE
}
