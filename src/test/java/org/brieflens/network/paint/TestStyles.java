package org.brieflens.network.paint;

import java.util.Map;

import org.brieflens.model.ActorKind;
import org.brieflens.model.LinkFamily;

/** A light style built without JavaFX, for painting in plain tests and benchmarks. */
public final class TestStyles {
    public static final NetworkStyle LIGHT = new NetworkStyle(Rgba.hex("#ffffff"), Rgba.hex("#1f2328"),
            Rgba.hex("#59636e"), Rgba.hex("#d1d9e0"), Rgba.hex("#1f2328"),
            Map.of(ActorKind.STATE, Rgba.hex("#0072B2"), ActorKind.ALLIANCE, Rgba.hex("#E69F00"),
                    ActorKind.GROUPING, Rgba.hex("#009E73"), ActorKind.ORGANISATION, Rgba.hex("#56B4E9"),
                    ActorKind.PERSON, Rgba.hex("#CC79A7"), ActorKind.COMPANY, Rgba.hex("#F0E442")),
            Map.of(LinkFamily.COOPERATION, Rgba.hex("#009E73"), LinkFamily.CONFLICT, Rgba.hex("#D55E00")),
            0.18, "Noto Sans", 1);

    private TestStyles() {
    }
}
