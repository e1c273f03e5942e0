package org.brieflens.extract;

/**
 * Where the text names an actor: tokens {@code [first, end)} of one sentence. A possessive
 * mention is followed by "'s". A mention {@code partOf} another actor's name or title ("U.S." in
 * "U.S. Navy", "South Korean" in "South Korean President Yoon") counts as a mention of its actor
 * but is not an argument of a link on its own.
 */
public final class Mention {
    private final String actorKey;
    private final int first;
    private final int end;
    private final int sentence;
    private final SurfaceForm form;
    private boolean possessive;
    private String partOf;

    public Mention(String actorKey, int first, int end, int sentence, SurfaceForm form) {
        this.actorKey = actorKey;
        this.first = first;
        this.end = end;
        this.sentence = sentence;
        this.form = form;
    }

    public String actorKey() {
        return actorKey;
    }

    public int first() {
        return first;
    }

    public int end() {
        return end;
    }

    public int sentence() {
        return sentence;
    }

    public SurfaceForm form() {
        return form;
    }

    public boolean possessive() {
        return possessive;
    }

    public void markPossessive() {
        possessive = true;
    }

    public String partOf() {
        return partOf;
    }

    public boolean isPartOfAnother() {
        return partOf != null;
    }

    public void makePartOf(String actorKey) {
        if (!actorKey.equals(this.actorKey)) {
            partOf = actorKey;
        }
    }

    @Override
    public String toString() {
        return actorKey + "@" + first + "-" + end;
    }
}
