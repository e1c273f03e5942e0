package org.brieflens.cli;

import java.io.PrintWriter;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.brieflens.Version;

/**
 * The command line: the same jar as the app, without a window. Bad input ends with exit code 2
 * and one line on standard error, "brieflens: FILE:LINE:COL: message", never a stack trace.
 */
@Command(name = "brieflens",
        mixinStandardHelpOptions = true,
        versionProvider = BriefLensCommand.VersionProvider.class,
        description = {"Turns a security brief into a model of actors, links, figures and exercises.",
                "Without a command, opens the BriefLens window (on FILE if given)."},
        subcommands = {ValidateCommand.class, ExtractCommand.class, ExportCommand.class, CommandLine.HelpCommand.class},
        exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:an unexpected failure", "2:bad input (unreadable or invalid file, wrong arguments)"})
public final class BriefLensCommand implements Runnable {
    /** The first arguments that mean the command line rather than the window. */
    private static final Set<String> COMMAND_WORDS = Set.of("validate", "extract", "export", "help",
            "-h", "--help", "-V", "--version");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && COMMAND_WORDS.contains(args[0]);
    }

    /**
     * Whether {@code args} ask for a short batch of drawing, which {@link TunedJvm} runs
     * faster: an export that draws views. Help, data alone and arguments that do not parse run
     * here, where the last are reported.
     */
    public static boolean isShortBatch(String[] args) {
        if (args.length < 2 || !args[0].equals("export")) {
            return false;
        }
        try {
            CommandLine.ParseResult export = new CommandLine(new BriefLensCommand()).parseArgs(args).subcommand();
            return export != null && !export.isUsageHelpRequested() && !export.isVersionHelpRequested()
                    && export.commandSpec().userObject() instanceof ExportCommand command && command.drawsViews();
        } catch (CommandLine.ParameterException e) {
            return false;
        }
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new BriefLensCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println("brieflens: " + exception.getMessage() + " (see brieflens --help)");
            err.flush();
            return ExitCodes.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            err.println("brieflens: unexpected failure: " + exception);
            err.flush();
            return ExitCodes.FAILURE;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version Maven stamped into the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"BriefLens " + Version.get()};
        }
    }
}
