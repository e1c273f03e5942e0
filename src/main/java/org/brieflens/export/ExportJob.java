package org.brieflens.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.stage.Window;

import org.brieflens.export.ExportTimings.Phase;
import org.brieflens.export.data.GexfWriter;
import org.brieflens.export.data.GraphMlWriter;
import org.brieflens.export.data.ModelTables;
import org.brieflens.export.image.PngEncoder;
import org.brieflens.export.pdf.PdfDeckWriter;
import org.brieflens.export.svg.SvgWriter;
import org.brieflens.files.StagedFiles;
import org.brieflens.format.BriefJsonWriter;
import org.brieflens.model.BriefModel;
import org.brieflens.tasks.FxThread;
import org.brieflens.view.BriefView;

/**
 * Runs one export, the same for the window and the command line: views are laid out and
 * captured on the JavaFX thread one at a time, encoded on worker threads meanwhile, and every
 * file is staged beside its destination; only when all are written are they moved into place
 * together. A failure or a cancellation leaves the destination as it was.
 *
 * <p>Run it on a thread other than the JavaFX thread (a task's, the command line's main
 * thread), so that the window stays responsive and the captures can interleave with encoding.
 */
public final class ExportJob {
    /** Captures waiting to be encoded at most: each full-size image holds megabytes. */
    private static final int CAPTURES_AHEAD = 2;

    /** How far an export has come, for a progress bar. */
    @FunctionalInterface
    public interface Progress {
        void update(double fractionDone, String message);

        Progress NONE = (fractionDone, message) -> { };
    }

    private final ExportSubject subject;
    private final ExportTimings timings;
    private final Window owner;
    /** What was asked; a request for every view names them once the views are made. */
    private ExportRequest request;

    /** An export from the command line: views are drawn in stages of their own. */
    public ExportJob(ExportSubject subject, ExportRequest request, ExportTimings timings) {
        this(subject, request, timings, null);
    }

    /** An export from the window {@code owner}: views are drawn in popups of it, off screen. */
    public ExportJob(ExportSubject subject, ExportRequest request, ExportTimings timings, Window owner) {
        this.subject = subject;
        this.request = request;
        this.timings = timings;
        this.owner = owner;
    }

    /**
     * Writes every file of the request. A job runs once.
     *
     * @throws FileAlreadyExistsException if a file exists and the request does not replace files
     * @throws UnknownViewException if the request names a view that does not exist
     * @throws IOException if a file cannot be written; nothing is then left behind
     */
    public ExportResult run(Progress progress) throws IOException, UnknownViewException {
        OffscreenViews views = null;
        if (request.drawsViews()) {
            views = FxThread.call(() -> timings.time(Phase.RENDER, () -> owner == null ? OffscreenViews.of(subject)
                    : OffscreenViews.of(subject, owner)));
            request = request.naming(views.ids());
        }
        List<Path> targets = request.targets();
        if (!request.replaceExisting()) {
            refuseExisting(targets);
        }
        Steps steps = new Steps(progress, stepCount(targets));
        try (StagedFiles files = StagedFiles.into(request.folder())) {
            if (views != null) {
                try {
                    exportViews(views, files, steps);
                } finally {
                    OffscreenViews drawn = views;
                    FxThread.call(() -> {
                        drawn.close();
                        return null;
                    });
                }
            }
            exportData(files, steps);
            steps.next("Moving the files into " + request.folder());
            timings.time(Phase.WRITE, () -> files.commit(request.replaceExisting()));
            return new ExportResult(targets, timings);
        }
    }

    /** A step per view drawn, per document or data file written, and one to move them in place. */
    private int stepCount(List<Path> targets) {
        int perView = (request.includes(ExportFormat.PNG) ? 1 : 0) + (request.includes(ExportFormat.SVG) ? 1 : 0);
        int views = request.drawsViews() ? request.viewIds().size() : 0;
        return views + targets.size() - views * perView + 1;
    }

    private static void refuseExisting(List<Path> targets) throws FileAlreadyExistsException {
        for (Path target : targets) {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString(), null, "already exists");
            }
        }
    }

    private void exportViews(OffscreenViews views, StagedFiles files, Steps steps)
            throws IOException, UnknownViewException {
        List<String> chosen = request.viewIds();
        for (String id : chosen) {
            if (!views.ids().contains(id)) {
                throw new UnknownViewException(id, views.ids());
            }
        }
        ImageSize.Rendering rendering = request.includes(ExportFormat.PNG)
                ? request.size().resolve(request.viewWidth(), request.viewHeight())
                : ImageSize.scale(1).resolve(request.viewWidth(), request.viewHeight());
        boolean vectors = request.includes(ExportFormat.SVG) || request.includes(ExportFormat.PDF);
        List<PdfDeckWriter.Page> pages = new ArrayList<>();
        ExecutorService encoders = Executors.newFixedThreadPool(encoderThreads(), daemons());
        try {
            List<Future<?>> encodings = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                String id = chosen.get(i);
                steps.next("Drawing " + views.title(id));
                if (i >= CAPTURES_AHEAD) {
                    await(encodings.get(i - CAPTURES_AHEAD));
                }
                // Made only as it is shown, so that an export of some views does not make the others.
                BriefView view = views.lazyView(id).orElseThrow();
                ViewCapture capture = timings.time(Phase.RENDER, () -> ViewCapture.take(views, view, rendering,
                        request.includes(ExportFormat.PNG), vectors, request.transparent()));
                encodings.add(encoders.submit(() -> {
                    encode(capture, rendering, files);
                    return null;
                }));
                if (request.includes(ExportFormat.PDF)) {
                    pages.add(new PdfDeckWriter.Page(capture.title(), capture.drawing(), capture.evidence()));
                }
            }
            for (Future<?> encoding : encodings) {
                await(encoding);
            }
        } finally {
            encoders.shutdownNow();
        }
        if (request.includes(ExportFormat.PDF)) {
            steps.next("Writing the PDF");
            byte[] pdf = timings.time(Phase.ENCODE, () -> PdfDeckWriter.toBytes(model().brief(), pages));
            timings.time(Phase.WRITE, () -> {
                files.write(request.pdfName(), pdf);
                return null;
            });
        }
    }

    private void encode(ViewCapture capture, ImageSize.Rendering rendering, StagedFiles files) throws IOException {
        if (capture.hasImage()) {
            byte[] png = timings.time(Phase.ENCODE, () -> PngEncoder.encode(capture.image(), rendering.scale()));
            write(files, capture.id() + ".png", png);
        }
        if (request.includes(ExportFormat.SVG)) {
            byte[] svg = timings.time(Phase.ENCODE, () -> SvgWriter.toBytes(capture.drawing(), capture.title()));
            write(files, capture.id() + ".svg", svg);
        }
    }

    private void write(StagedFiles files, String name, byte[] bytes) throws IOException {
        timings.time(Phase.WRITE, () -> {
            files.write(name, bytes);
            return null;
        });
    }

    private void exportData(StagedFiles files, Steps steps) throws IOException {
        BriefModel model = model();
        if (request.includes(ExportFormat.JSON)) {
            steps.next("Writing the model");
            timings.time(Phase.WRITE, () -> {
                files.write(ExportRequest.MODEL_FILE, out -> BriefJsonWriter.write(model, out));
                return null;
            });
        }
        if (request.includes(ExportFormat.CSV)) {
            for (ModelTables.Table table : ModelTables.all()) {
                steps.next("Writing the " + table.name() + " table");
                timings.time(Phase.WRITE, () -> {
                    files.write(table.name() + ".csv", out -> table.writer().write(model, out));
                    return null;
                });
            }
        }
        if (request.includes(ExportFormat.GEXF)) {
            steps.next("Writing the network for Gephi");
            timings.time(Phase.WRITE, () -> {
                files.write(ExportRequest.NETWORK_NAME + ".gexf", out -> GexfWriter.write(model, out));
                return null;
            });
        }
        if (request.includes(ExportFormat.GRAPHML)) {
            steps.next("Writing the network as GraphML");
            timings.time(Phase.WRITE, () -> {
                files.write(ExportRequest.NETWORK_NAME + ".graphml", out -> GraphMlWriter.write(model, out));
                return null;
            });
        }
    }

    private BriefModel model() {
        return subject.brief().model();
    }

    private static void await(Future<?> encoding) throws IOException {
        try {
            encoding.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the export was cancelled");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Encoding is the heavy part of an image export: one thread per core, the JavaFX thread's aside. */
    private static int encoderThreads() {
        return Math.max(1, Math.min(CAPTURES_AHEAD, Runtime.getRuntime().availableProcessors()));
    }

    private static ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "brieflens-export-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Counts the steps for the progress bar, and stops the export if its thread was interrupted. */
    private static final class Steps {
        private final Progress progress;
        private final int total;
        private int done;

        Steps(Progress progress, int total) {
            this.progress = progress;
            this.total = total;
        }

        void next(String message) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("the export was cancelled");
            }
            progress.update(Math.min(1, (double) done++ / total), message);
        }
    }
}
