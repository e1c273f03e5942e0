package org.brieflens.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.brieflens.files.InputException;
import org.brieflens.files.InputProblem;
import org.brieflens.format.BriefJsonReader;
import org.brieflens.format.ReadResult;
import org.brieflens.model.BriefModel;

/** {@code brieflens validate FILE.json...}: checks model files against the format. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        // One paragraph: picocli wraps it to the terminal; lines of our own would break twice.
        description = "Checks BriefLens model files (.json): their format, ids, references and evidence "
                + "offsets. Prints one line per file; an invalid file gives exit code 2 and its first "
                + "problem as FILE:LINE:COL: message on standard error.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "model files in the BriefLens JSON format")
    private List<Path> files;

    @Option(names = "--all", description = "list every problem of an invalid file, one per line, not only the first")
    private boolean all;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        int code = ExitCodes.OK;
        for (Path file : files) {
            try {
                ReadResult result = BriefJsonReader.read(file);
                for (InputProblem warning : result.warnings()) {
                    spec.commandLine().getErr().println("brieflens: warning: " + warning.describe());
                }
                BriefModel model = result.model();
                spec.commandLine().getOut().printf("%s: valid (%d actors, %d links, %d figures, %d exercises)%n", file,
                        model.actors().size(), model.links().size(), model.figures().size(), model.exercises().size());
            } catch (InputException e) {
                if (all) {
                    e.problems().forEach(problem -> spec.commandLine().getErr().println("brieflens: " + problem.describe()));
                } else {
                    spec.commandLine().getErr().println("brieflens: " + e.getMessage());
                }
                code = ExitCodes.BAD_INPUT;
            }
        }
        return code;
    }
}
