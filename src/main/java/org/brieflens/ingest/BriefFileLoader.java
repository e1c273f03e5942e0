package org.brieflens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.brieflens.files.InputException;
import org.brieflens.files.InputProblem;
import org.brieflens.files.TextFiles;
import org.brieflens.format.BriefJsonReader;
import org.brieflens.format.ReadResult;
import org.brieflens.model.Brief;
import org.brieflens.model.BriefModel;

/**
 * Opens any file a user can hand BriefLens: a model in the JSON format, or a plain-text or
 * Markdown brief that the extraction reads into a model. Refuses everything else with one
 * clear line naming the file.
 */
public final class BriefFileLoader {
    /** The brief that ships with BriefLens and opens on first start. */
    public static final String BUNDLED_RESOURCE = "/briefs/nato-indo-pacific.brief.json";

    private final Extraction extraction;
    private final long limitBytes;

    public BriefFileLoader(Extraction extraction) {
        this(extraction, TextFiles.DEFAULT_LIMIT_BYTES);
    }

    public BriefFileLoader(Extraction extraction, long limitBytes) {
        this.extraction = extraction;
        this.limitBytes = limitBytes;
    }

    public static boolean isModelFile(Path file) {
        return lowerName(file).endsWith(".json");
    }

    public static boolean isTextFile(Path file) {
        String name = lowerName(file);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown");
    }

    public static boolean canOpen(Path file) {
        return isModelFile(file) || isTextFile(file);
    }

    public LoadedBrief load(Path file, Extraction.Progress progress) throws InputException {
        if (isModelFile(file)) {
            progress.update(0.1, "Reading " + file.getFileName());
            ReadResult result = BriefJsonReader.read(file);
            progress.update(1.0, "Read " + file.getFileName());
            List<String> notices = result.warnings().stream().map(InputProblem::describe).toList();
            return new LoadedBrief(result.model(), file, BriefOrigin.MODEL_FILE, notices);
        }
        if (isTextFile(file)) {
            progress.update(0.05, "Reading " + file.getFileName());
            String content = TextFiles.read(file, limitBytes);
            Brief brief = TextBriefReader.read(String.valueOf(file.getFileName()), content);
            if (brief.text().isBlank()) {
                return new LoadedBrief(BriefModel.textOnly(brief), file, BriefOrigin.TEXT_FILE,
                        List.of(file.getFileName() + " is empty: there is nothing to read."));
            }
            BriefModel model = extraction.extract(brief, progress);
            return new LoadedBrief(model, file, BriefOrigin.TEXT_FILE, noticesFor(model, file));
        }
        throw InputException.ofFile(file.toString(),
                "not a brief BriefLens can open: expected a .json model or a .txt or .md text");
    }

    /** The bundled brief, read from the application's own resources. */
    public static LoadedBrief loadBundled() {
        try (InputStream in = BriefFileLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled brief " + BUNDLED_RESOURCE + " is missing from the build");
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            ReadResult result = BriefJsonReader.read(BUNDLED_RESOURCE, json);
            return new LoadedBrief(result.model(), null, BriefOrigin.BUNDLED, List.of());
        } catch (IOException | InputException e) {
            throw new IllegalStateException("the bundled brief cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<String> noticesFor(BriefModel model, Path file) {
        List<String> notices = new ArrayList<>();
        if (model.isEmpty()) {
            notices.add("No actors, links, figures or exercises were read from " + file.getFileName()
                    + ": its text is shown as it is.");
        }
        return notices;
    }

    private static String lowerName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }
}
