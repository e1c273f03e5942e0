package org.brieflens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.brieflens.extract.BriefExtractor;
import org.brieflens.files.InputException;
import org.brieflens.files.TextFiles;
import org.brieflens.format.BriefJsonWriter;
import org.brieflens.ingest.Extraction;
import org.brieflens.ingest.TextBriefReader;
import org.brieflens.model.Brief;
import org.brieflens.model.BriefModel;

/** {@code brieflens extract BRIEF.txt [-o MODEL.json]}: reads a plain-text brief into a model. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        // One paragraph: picocli wraps it to the terminal; lines of our own would break twice.
        description = "Reads a plain-text brief into a model of actors, links, figures and exercises and prints "
                + "it as BriefLens JSON, or writes it to a file (atomically: the file is whole or "
                + "untouched). An empty brief gives an empty model and a notice on standard error. A file "
                + "that is not UTF-8 text, or is over 20 MB, gives exit code 2 and one line naming it.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BRIEF", description = "the brief: UTF-8 text (.txt or .md)")
    private Path brief;

    @Option(names = {"-o", "--output"}, paramLabel = "MODEL.json", description = "write the model here instead of printing it")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Brief text;
        try {
            String content = TextFiles.read(brief, TextFiles.DEFAULT_LIMIT_BYTES);
            text = TextBriefReader.read(String.valueOf(brief.getFileName()), content);
        } catch (InputException e) {
            spec.commandLine().getErr().println("brieflens: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        BriefModel model;
        if (text.text().isBlank()) {
            spec.commandLine().getErr().println("brieflens: " + brief + ": the brief is empty: the model is empty too");
            model = BriefModel.textOnly(text);
        } else {
            model = new BriefExtractor().extract(text, Extraction.Progress.NONE);
        }
        if (output == null) {
            spec.commandLine().getOut().print(BriefJsonWriter.toJson(model));
            return ExitCodes.OK;
        }
        try {
            BriefJsonWriter.write(model, output);
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("brieflens: " + output + ": cannot be written: " + e.getMessage()
                    + " (nothing was changed on disk)");
            return ExitCodes.BAD_INPUT;
        }
    }
}
