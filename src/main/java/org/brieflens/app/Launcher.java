package org.brieflens.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import javafx.application.Application;

import org.brieflens.cli.BriefLensCommand;

/**
 * The jar's entry point. It is not an {@link Application}, so that JavaFX can start from the
 * class path; with a command ("validate", "extract", "export", "--help") it runs the command
 * line and never opens a window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (BriefLensCommand.isCommandLine(args)) {
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            System.exit(BriefLensCommand.run(args, out, err));
        }
        Application.launch(BriefLensApp.class, args);
    }
}
