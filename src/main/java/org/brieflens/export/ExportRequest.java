package org.brieflens.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.brieflens.export.data.ModelTables;

/**
 * One export: which views, in which formats, how large, into which folder. No view named means
 * every view, in the order of the window's tabs. Views are laid out at {@code viewWidth} x
 * {@code viewHeight} (the size they have on screen) before scaling. Without
 * {@code replaceExisting}, an export that would replace a file writes nothing.
 */
public record ExportRequest(List<String> viewIds, Set<ExportFormat> formats, ImageSize size, boolean transparent,
        double viewWidth, double viewHeight, Path folder, boolean replaceExisting) {

    /** The layout size of a view exported from the command line: a 16:9 slide at 1x. */
    public static final double DEFAULT_VIEW_WIDTH = 1280;
    public static final double DEFAULT_VIEW_HEIGHT = 720;
    /** The file of a PDF that holds several views. */
    public static final String DECK_NAME = "brief";
    public static final String MODEL_FILE = "model.brief.json";
    /** The network's data files are named after the view that draws it. */
    public static final String NETWORK_NAME = "network";

    public ExportRequest {
        viewIds = List.copyOf(viewIds);
        formats = Set.copyOf(formats);
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(folder, "folder");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("an export needs at least one format");
        }
        if (!(viewWidth > 0 && viewHeight > 0)) {
            throw new IllegalArgumentException("views need a size to be laid out at, not " + viewWidth + "x"
                    + viewHeight);
        }
    }

    /** This request with its views named: those it names, or else all of {@code every}. */
    public ExportRequest naming(List<String> every) {
        return viewIds.isEmpty() ? new ExportRequest(every, formats, size, transparent, viewWidth, viewHeight,
                folder, replaceExisting) : this;
    }

    public ExportRequest withReplaceExisting(boolean replace) {
        return new ExportRequest(viewIds, formats, size, transparent, viewWidth, viewHeight, folder, replace);
    }

    public boolean includes(ExportFormat format) {
        return formats.contains(format);
    }

    public boolean drawsViews() {
        return formats.stream().anyMatch(ExportFormat::drawsViews);
    }

    /** The name of the PDF: the view's own for one view, the deck's for several. */
    public String pdfName() {
        return (viewIds.size() == 1 ? viewIds.get(0) : DECK_NAME) + ".pdf";
    }

    /** Every file this export writes, in the folder; views must be named (see {@link #naming}). */
    public List<Path> targets() {
        List<String> names = new ArrayList<>();
        for (String view : viewIds) {
            if (includes(ExportFormat.PNG)) {
                names.add(view + ".png");
            }
            if (includes(ExportFormat.SVG)) {
                names.add(view + ".svg");
            }
        }
        if (includes(ExportFormat.PDF)) {
            names.add(pdfName());
        }
        if (includes(ExportFormat.JSON)) {
            names.add(MODEL_FILE);
        }
        if (includes(ExportFormat.CSV)) {
            ModelTables.all().forEach(table -> names.add(table.name() + ".csv"));
        }
        if (includes(ExportFormat.GEXF)) {
            names.add(NETWORK_NAME + ".gexf");
        }
        if (includes(ExportFormat.GRAPHML)) {
            names.add(NETWORK_NAME + ".graphml");
        }
        return names.stream().map(folder::resolve).toList();
    }
}
