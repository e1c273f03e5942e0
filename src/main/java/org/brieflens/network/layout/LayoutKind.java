package org.brieflens.network.layout;

/** The layouts a user can choose, with the names the view shows. */
public enum LayoutKind {
    FORCE("Force-directed"),
    CIRCULAR("Circular"),
    BY_KIND("Grouped by kind");

    private final String displayName;

    LayoutKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public NetworkLayout create() {
        return switch (this) {
            case FORCE -> new ForceAtlas2Layout();
            case CIRCULAR -> new CircularLayout();
            case BY_KIND -> new KindGroupLayout();
        };
    }
}
