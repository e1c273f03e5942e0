package org.brieflens.view.common;

import java.util.List;

import javafx.scene.Node;

import org.brieflens.model.Evidence;
import org.brieflens.model.ModelIndex;
import org.brieflens.view.BriefView;

/**
 * The honest stand-in for a tab whose view is not built yet: it says so, and what will come,
 * rather than showing made-up charts.
 */
public final class NotBuiltView implements BriefView {
    private final String id;
    private final String title;
    private final NoticePane notice;

    public NotBuiltView(String id, String title, String whatItWillShow) {
        this.id = id;
        this.title = title;
        this.notice = new NoticePane(title + " is not built yet", whatItWillShow);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Node node() {
        return notice;
    }

    /** It shows none of the model, so an export quotes no sentences for it. */
    @Override
    public List<Evidence> evidenceShown(ModelIndex index) {
        return List.of();
    }
}
