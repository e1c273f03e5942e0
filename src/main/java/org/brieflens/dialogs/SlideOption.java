package org.brieflens.dialogs;

/** A view the presenter can put in a presentation, and whether it is in now. */
public record SlideOption(String viewId, String title, boolean included) {
}
