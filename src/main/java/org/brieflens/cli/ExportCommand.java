package org.brieflens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.brieflens.extract.BriefExtractor;
import org.brieflens.export.ExportFormat;
import org.brieflens.export.ExportJob;
import org.brieflens.export.ExportRequest;
import org.brieflens.export.ExportResult;
import org.brieflens.export.ExportSubject;
import org.brieflens.export.ExportTimings;
import org.brieflens.export.ExportTimings.Phase;
import org.brieflens.export.HeadlessToolkit;
import org.brieflens.export.ImageSize;
import org.brieflens.export.UnknownViewException;
import org.brieflens.files.InputException;
import org.brieflens.ingest.BriefFileLoader;
import org.brieflens.ingest.Extraction;
import org.brieflens.ingest.LoadedBrief;
import org.brieflens.model.ModelIndex;
import org.brieflens.state.Selection;
import org.brieflens.view.theme.Theme;

/**
 * {@code brieflens export BRIEF -o DIR}: draws the views of a brief (or writes its data)
 * without a display. Every file is named after its view or its content; nothing is replaced
 * without {@code --force}, and a failed export writes nothing.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        // One paragraph: picocli wraps it to the terminal; lines of our own would break twice.
        description = "Exports a brief's views as PNG, SVG and a PDF (one page per view), or its model as JSON, "
                + "CSV, GEXF or GraphML, into a folder, without a display. Files are named after their view "
                + "(overview.png, network.svg), the PDF of several views brief.pdf.")
final class ExportCommand implements Callable<Integer> {
    private static final Pattern PIXELS = Pattern.compile("(\\d{1,5})x(\\d{1,5})");

    @Parameters(index = "0", paramLabel = "BRIEF", description = "a model (.json) or a text brief (.txt, .md)")
    private Path brief;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "the folder to write into (created if missing)")
    private Path folder;

    @Option(names = "--views", split = ",", paramLabel = "VIEW",
            description = "the views to draw, in order (default: all, as the window's tabs)")
    private List<String> views;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "png,svg,pdf",
            description = "png, svg, pdf, json, csv, gexf, graphml (default: ${DEFAULT-VALUE})")
    private List<String> formats;

    @Option(names = "--scale", paramLabel = "FACTOR", description = "PNG pixels per point: 1, 2, 4 (default 1)")
    private Double scale;

    @Option(names = "--size", paramLabel = "WxH", description = "PNG size in pixels instead of a scale: 1920x1080")
    private String size;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light",
            description = "light, dark or presentation (default: ${DEFAULT-VALUE})")
    private String theme;

    @Option(names = "--select", paramLabel = "ACTOR", description = "an actor's id (jpn, nato) to emphasise, as "
            + "selecting it in the window does")
    private String select;

    @Option(names = "--transparent", description = "PNG and SVG without the view's background")
    private boolean transparent;

    @Option(names = "--force", description = "replace files that already exist")
    private boolean force;

    @Option(names = "--timings", description = "print the time of each phase on standard error")
    private boolean showTimings;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        LibraryLogs.quiet();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Set<ExportFormat> chosenFormats = formats();
            ImageSize imageSize = imageSize();
            Theme chosenTheme = Theme.byName(theme).orElseThrow(() -> new BadArgument("unknown theme '" + theme
                    + "': the themes are " + Arrays.stream(Theme.values()).map(Theme::name)
                            .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
            ExportTimings timings = new ExportTimings();
            boolean drawing = chosenFormats.stream().anyMatch(ExportFormat::drawsViews);
            // JavaFX starts while the brief is read: each takes a few hundred milliseconds.
            CompletableFuture<Void> toolkit = drawing ? CompletableFuture.runAsync(() -> startToolkit(timings))
                    : CompletableFuture.completedFuture(null);
            // A text brief is read as the window reads it, so its views show what the extractor found.
            LoadedBrief loaded = timings.time(Phase.LOAD, () -> new BriefFileLoader(new BriefExtractor())
                    .load(brief, Extraction.Progress.NONE));
            ExportSubject subject = new ExportSubject(loaded, selection(loaded), chosenTheme);
            toolkit.join();
            long exportStart = System.nanoTime();
            ExportRequest request = new ExportRequest(views != null ? views : List.of(), chosenFormats, imageSize,
                    transparent, ExportRequest.DEFAULT_VIEW_WIDTH, ExportRequest.DEFAULT_VIEW_HEIGHT, folder, force);
            ExportResult result = new ExportJob(subject, request, timings).run(ExportJob.Progress.NONE);
            long now = System.nanoTime();
            result.files().forEach(spec.commandLine().getOut()::println);
            if (showTimings) {
                err.println("brieflens: timings: " + timings.summary((now - exportStart) / 1_000_000,
                        (now - started) / 1_000_000) + " (JVM: " + TunedJvm.describeThisJvm() + ")");
            }
            return ExitCodes.OK;
        } catch (BadArgument | UnknownViewException e) {
            err.println("brieflens: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (InputException e) {
            err.println("brieflens: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (FileAlreadyExistsException e) {
            err.println("brieflens: " + e.getFile() + ": already exists (use --force to replace it)");
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("brieflens: " + folder + ": cannot write the export: " + e.getMessage()
                    + "; nothing was written");
            return ExitCodes.FAILURE;
        }
    }

    /** Whether the formats asked for draw views (images, vectors, a deck) rather than write data alone. */
    boolean drawsViews() {
        try {
            return formats().stream().anyMatch(ExportFormat::drawsViews);
        } catch (BadArgument e) {
            return false;
        }
    }

    private Set<ExportFormat> formats() throws BadArgument {
        Set<ExportFormat> chosen = EnumSet.noneOf(ExportFormat.class);
        for (String name : formats) {
            Optional<ExportFormat> format = ExportFormat.byId(name);
            if (format.isEmpty()) {
                throw new BadArgument("unknown format '" + name + "': the formats are " + ExportFormat.ids());
            }
            chosen.add(format.get());
        }
        return chosen;
    }

    private ImageSize imageSize() throws BadArgument {
        if (scale != null && size != null) {
            throw new BadArgument("--scale and --size cannot be used together: choose one");
        }
        try {
            if (size != null) {
                Matcher pixels = PIXELS.matcher(size.toLowerCase(Locale.ROOT));
                if (!pixels.matches()) {
                    throw new BadArgument("--size must be WIDTHxHEIGHT in pixels, such as 1920x1080, not '"
                            + size + "'");
                }
                return ImageSize.pixels(Integer.parseInt(pixels.group(1)), Integer.parseInt(pixels.group(2)));
            }
            return ImageSize.scale(scale == null ? 1 : scale);
        } catch (IllegalArgumentException e) {
            throw new BadArgument(e.getMessage());
        }
    }

    private static void startToolkit(ExportTimings timings) {
        timings.time(Phase.TOOLKIT, () -> {
            HeadlessToolkit.start();
            return null;
        });
    }

    private Selection selection(LoadedBrief loaded) throws BadArgument {
        if (select == null) {
            return Selection.NONE;
        }
        if (ModelIndex.of(loaded.model()).actor(select).isEmpty()) {
            throw new BadArgument(brief + ": no actor has the id '" + select + "'");
        }
        return Selection.actor(select);
    }

    /** A wrong argument, reported as one line with exit code 2. */
    private static final class BadArgument extends Exception {
        private static final long serialVersionUID = 1L;

        BadArgument(String message) {
            super(message);
        }
    }
}
