package org.brieflens.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an export can write: pictures of views, a document of them, or the model as data. */
public enum ExportFormat {
    PNG("PNG", "PNG image", true),
    SVG("SVG", "SVG vector image", true),
    PDF("PDF", "PDF document, one page per view", true),
    JSON("JSON", "BriefLens model (JSON)", false),
    CSV("CSV", "CSV tables: actors, links, figures, exercises", false),
    GEXF("GEXF", "GEXF network (Gephi)", false),
    GRAPHML("GraphML", "GraphML network", false);

    private final String label;
    private final String description;
    private final boolean drawsViews;

    ExportFormat(String label, String description, boolean drawsViews) {
        this.label = label;
        this.description = description;
        this.drawsViews = drawsViews;
    }

    /** The format's usual name: "PNG", "GraphML". */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Whether the format draws views (a file each, or a document of them) rather than writing the model. */
    public boolean drawsViews() {
        return drawsViews;
    }

    /** The lowercase name used on the command line and as the file extension. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> byId(String id) {
        return Arrays.stream(values()).filter(format -> format.id().equalsIgnoreCase(id.strip())).findFirst();
    }

    /** "png, svg, pdf, ...": for messages that list what is accepted. */
    public static String ids() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }
}
