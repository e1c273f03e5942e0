package org.brieflens.testing;

import java.util.List;

import org.brieflens.ingest.BriefFileLoader;
import org.brieflens.ingest.BriefOrigin;
import org.brieflens.ingest.LoadedBrief;
import org.brieflens.model.BriefModel;
import org.brieflens.state.Workspace;

/** Workspaces on the bundled brief or on a hand-checked model of a dev brief. */
public final class Workspaces {

    private Workspaces() {
    }

    public static Workspace bundled() {
        return new Workspace(BriefFileLoader.loadBundled());
    }

    public static LoadedBrief gold(String name) throws Exception {
        return loaded(GoldModels.load(name));
    }

    public static LoadedBrief loaded(BriefModel model) {
        return new LoadedBrief(model, null, BriefOrigin.MODEL_FILE, List.of());
    }
}
