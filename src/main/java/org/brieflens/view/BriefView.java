package org.brieflens.view;

import javafx.scene.Node;

/**
 * One tab of the window. A view observes the workspace it was made with and draws itself; it
 * never reaches into another view. Its id names it on the command line and in file names.
 */
public interface BriefView {

    /** A stable lowercase name: "overview", "network", "source". */
    String id();

    /** The tab's title. */
    String title();

    /** The node shown in the tab. */
    Node node();
}
