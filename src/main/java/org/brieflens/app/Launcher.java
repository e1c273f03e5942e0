package org.brieflens.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import javafx.application.Application;

import org.brieflens.cli.BriefLensCommand;
import org.brieflens.cli.TunedJvm;

/**
 * The jar's entry point. It is not an {@link Application}, so that JavaFX can start from the
 * class path; with a command ("validate", "extract", "export", "--help") it runs the command
 * line and never opens a window. An export runs in a second JVM tuned for it ({@link TunedJvm}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (BriefLensCommand.isCommandLine(args)) {
            if (BriefLensCommand.isShortBatch(args) && TunedJvm.wanted()) {
                Optional<Integer> code = TunedJvm.likeThisOne().run(Launcher.class.getName(), args);
                code.ifPresent(System::exit);
            }
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            System.exit(BriefLensCommand.run(args, out, err));
        }
        Application.launch(BriefLensApp.class, args);
    }
}
