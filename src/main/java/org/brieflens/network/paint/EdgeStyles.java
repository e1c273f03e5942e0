package org.brieflens.network.paint;

import org.brieflens.model.LinkKind;
import org.brieflens.network.EdgeOrigin;
import org.brieflens.network.NetworkGraph.Edge;

/**
 * How each kind of edge is drawn: the colour of its family (conflict or cooperation) and a
 * dash pattern of its kind, so that kinds stay apart without colour (printed in grey, seen by
 * someone colour-blind); width grows with the number of sentences that state the link, and a
 * link the extractor is less sure of is fainter.
 */
public final class EdgeStyles {
    /** Listed memberships and affiliations come after the link kinds. */
    public static final int LISTED_MEMBER = LinkKind.values().length;
    public static final int AFFILIATION = LISTED_MEMBER + 1;
    public static final int COUNT = AFFILIATION + 1;
    /** How much fainter a link the extractor is less sure of is drawn: still seen, but behind the sure ones. */
    public static final double LESS_SURE_ALPHA = 0.4;

    private static final double[][] DASHES = new double[COUNT][];

    static {
        DASHES[LinkKind.PARTNERSHIP.ordinal()] = Surface.SOLID;
        DASHES[LinkKind.MEMBERSHIP.ordinal()] = new double[] {2, 3};
        DASHES[LinkKind.DIALOGUE.ordinal()] = new double[] {7, 4};
        DASHES[LinkKind.JOINT_EXERCISE.ordinal()] = new double[] {11, 3, 2, 3};
        DASHES[LinkKind.ARMS_TRANSFER.ordinal()] = new double[] {4, 2};
        DASHES[LinkKind.INTELLIGENCE_SHARING.ordinal()] = new double[] {11, 3, 2, 3, 2, 3};
        DASHES[LinkKind.INFRASTRUCTURE.ordinal()] = new double[] {16, 4};
        DASHES[LinkKind.SUPPORT.ordinal()] = Surface.SOLID;
        DASHES[LinkKind.RIVALRY.ordinal()] = Surface.SOLID;
        DASHES[LinkKind.COERCION.ordinal()] = new double[] {8, 3};
        DASHES[LinkKind.CONDEMNATION.ordinal()] = new double[] {2, 3};
        DASHES[LinkKind.ATTACK.ordinal()] = new double[] {14, 3, 3, 3};
        DASHES[LISTED_MEMBER] = new double[] {2, 3};
        DASHES[AFFILIATION] = new double[] {1, 3};
    }

    private EdgeStyles() {
    }

    /** The style number of an edge: its link kind, or one of the two kinds of structure. */
    public static int of(Edge edge) {
        if (edge.origin() == EdgeOrigin.AFFILIATION) {
            return AFFILIATION;
        }
        return edge.origin() == EdgeOrigin.LISTED_MEMBER ? LISTED_MEMBER : edge.kind().ordinal();
    }

    public static double[] dashes(int style) {
        return DASHES[style];
    }

    public static Rgba colour(int style, NetworkStyle theme) {
        if (style >= LinkKind.values().length) {
            return theme.structure();
        }
        return theme.family(LinkKind.values()[style].family());
    }

    /** What the legend calls a style. */
    public static String name(int style) {
        if (style == LISTED_MEMBER) {
            return "Member (listed)";
        }
        if (style == AFFILIATION) {
            return "Belongs to";
        }
        return LinkKind.values()[style].displayName();
    }

    /** 1.2 px for one sentence, thicker for each further one, up to 5 px; structure is thin. */
    public static double width(Edge edge) {
        if (edge.origin().isStructure()) {
            return 1;
        }
        return Math.min(5, 1.2 + 1.1 * (Math.max(1, edge.evidence()) - 1));
    }
}
