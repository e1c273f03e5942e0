package org.brieflens.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an export can write: pictures of views, a document of them, or the model as data. */
public enum ExportFormat {
    PNG("PNG", "PNG image", Kind.VIEW_PICTURE),
    SVG("SVG", "SVG vector image", Kind.VIEW_PICTURE),
    PDF("PDF", "PDF document, one page per view", Kind.VIEW_DOCUMENT),
    JSON("JSON", "BriefLens model (JSON)", Kind.DATA),
    CSV("CSV", "CSV tables: actors, links, figures, exercises", Kind.DATA),
    GEXF("GEXF", "GEXF network (Gephi)", Kind.DATA),
    GRAPHML("GraphML", "GraphML network", Kind.DATA);

    /** Whether a format draws views (one file each, or one document of them) or writes the model. */
    public enum Kind { VIEW_PICTURE, VIEW_DOCUMENT, DATA }

    private final String label;
    private final String description;
    private final Kind kind;

    ExportFormat(String label, String description, Kind kind) {
        this.label = label;
        this.description = description;
        this.kind = kind;
    }

    /** The format's usual name: "PNG", "GraphML". */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public Kind kind() {
        return kind;
    }

    public boolean drawsViews() {
        return kind != Kind.DATA;
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
