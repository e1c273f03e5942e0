package org.brieflens.view.common;

import org.brieflens.model.ActorKind;
import org.brieflens.model.LinkFamily;

/** Style-class names shared by the stylesheets and the views, in one place. */
public final class Styles {
    public static final String VIEW = "bl-view";
    /** Marks what operates a view (its toolbar, filter fields), which slides and exports leave out. */
    public static final String CONTROLS = "bl-view-controls";
    public static final String NOTICE = "bl-notice";
    public static final String NOTICE_TITLE = "bl-notice-title";
    public static final String SECTION_TITLE = "bl-section-title";
    public static final String MUTED = "bl-muted";
    public static final String MENTION = "bl-mention";
    public static final String MENTION_MARK = "bl-mention-mark";
    public static final String FOCUSED = "bl-focused";
    public static final String DIMMED = "bl-dimmed";
    public static final String EVIDENCE_MARK = "bl-evidence-mark";
    public static final String EVIDENCE_TEXT = "bl-evidence-text";
    public static final String SENTENCE = "bl-sentence";
    public static final String SOURCE_LINK = "bl-source-link";
    public static final String KIND_BADGE = "bl-kind-badge";
    public static final String DETAIL = "bl-detail";
    public static final String DETAIL_TITLE = "bl-detail-title";
    public static final String STATUS_NOTICE = "bl-status-notice";

    private Styles() {
    }

    /** "bl-kind-state": colours a node by actor kind. */
    public static String kind(ActorKind kind) {
        return "bl-kind-" + kind.jsonName();
    }

    /** "bl-family-conflict": colours a node by link family. */
    public static String family(LinkFamily family) {
        return "bl-family-" + family.jsonName();
    }
}
