package org.brieflens.view.theme;

import java.util.Arrays;
import java.util.Optional;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/**
 * The window's looks. Each theme is a base user-agent stylesheet (AtlantaFX) plus a small
 * stylesheet of BriefLens variables; the rules that use them are shared by every theme.
 */
public enum Theme {
    LIGHT("Light", new PrimerLight().getUserAgentStylesheetBSS(), "light.css"),
    DARK("Dark", new PrimerDark().getUserAgentStylesheetBSS(), "dark.css"),
    PRESENTATION("Presentation", new PrimerDark().getUserAgentStylesheetBSS(), "presentation.css");

    private final String displayName;
    private final String userAgentStylesheet;
    private final String variablesStylesheet;

    Theme(String displayName, String userAgentStylesheet, String variablesStylesheet) {
        this.displayName = displayName;
        this.userAgentStylesheet = userAgentStylesheet;
        this.variablesStylesheet = variablesStylesheet;
    }

    public String displayName() {
        return displayName;
    }

    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    /**
     * The stylesheets a scene needs, in order: the shared palette, Modena's colours for
     * ControlsFX, the shared rules, then this theme's values.
     */
    public String[] stylesheets() {
        return new String[] {
            resource("palette.css"),
            resource("modena-bridge.css"),
            resource("brieflens.css"),
            resource(variablesStylesheet)
        };
    }

    public static Optional<Theme> byName(String name) {
        return Arrays.stream(values()).filter(theme -> theme.name().equalsIgnoreCase(name)).findFirst();
    }

    private static String resource(String name) {
        return Theme.class.getResource(name).toExternalForm();
    }
}
