package org.brieflens.extract.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.brieflens.extract.BriefExtractor;
import org.brieflens.format.BriefJsonReader;
import org.brieflens.ingest.Extraction;
import org.brieflens.ingest.TextBriefReader;
import org.brieflens.model.Brief;
import org.brieflens.model.BriefModel;
import org.brieflens.testing.Briefs;
import org.brieflens.testing.GoldModels;
import org.brieflens.text.SentenceSplitter;

/**
 * A brief with an answer key, extracted and compared: the bundled brief, the third-party dev
 * briefs, or the synthetic briefs (a dev set, and a holdout set that is only ever measured).
 */
public record AnswerKeyCase(String name, BriefModel key, BriefModel extracted) {

    public static final String BUNDLED = "nato-indo-pacific (bundled)";

    public ModelComparison comparison() {
        return ModelComparison.of(key, extracted);
    }

    public static AnswerKeyCase bundled() throws Exception {
        BriefModel key = Briefs.bundledFromAssets();
        Brief brief = TextBriefReader.read(Briefs.BUNDLED_TEXT.getFileName().toString(),
                Files.readString(Briefs.BUNDLED_TEXT));
        return new AnswerKeyCase(BUNDLED, key, extract(brief));
    }

    public static AnswerKeyCase dev(String name) throws Exception {
        BriefModel key = GoldModels.load(name);
        Brief brief = TextBriefReader.read(name + ".txt", Files.readString(GoldModels.briefFile(name)));
        return new AnswerKeyCase(name, key, extract(brief));
    }

    /** The synthetic sets no rule was tuned on and no model trained on: measured only. */
    public static final List<String> HELD_OUT_SETS = List.of("holdout-fresh", "holdout-3", "holdout-4", "holdout-5",
            "holdout-9", "holdout-10", "holdout-11", "holdout-12", "holdout-15", "holdout-18", "holdout-21", "holdout-22",
            "holdout-23", "holdout-24");

    /** Every held-out set's briefs, in the order of {@link #HELD_OUT_SETS}. */
    public static List<AnswerKeyCase> heldOut() throws Exception {
        List<AnswerKeyCase> cases = new ArrayList<>();
        for (String set : HELD_OUT_SETS) {
            cases.addAll(synthetic(set));
        }
        return cases;
    }

    /** The synthetic briefs of one folder, "dev" or "holdout-fresh", in name order. */
    public static List<AnswerKeyCase> synthetic(String half) throws Exception {
        return inFolder(Path.of("src/test/resources/org/brieflens/extract/synthetic", half), half);
    }

    /**
     * Every brief of a folder with its key beside it ({@code NAME.gold.json}), in name order: also
     * keyed sets kept outside the repository, such as third-party articles whose text may not be
     * copied in.
     */
    public static List<AnswerKeyCase> inFolder(Path folder, String label) throws Exception {
        List<AnswerKeyCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path key : files.filter(file -> file.toString().endsWith(".gold.json")).sorted().toList()) {
                BriefModel model = BriefJsonReader.read(key).model();
                String name = key.getFileName().toString().replace(".gold.json", "");
                cases.add(new AnswerKeyCase(label + "/" + name, model, extract(asOpened(model.brief()))));
            }
        }
        return cases;
    }

    public static List<AnswerKeyCase> all() throws Exception {
        List<AnswerKeyCase> cases = new ArrayList<>();
        cases.add(bundled());
        for (String name : GoldModels.NAMES) {
            cases.add(dev(name));
        }
        return cases;
    }

    /**
     * The key's brief with the sentences the app gives its text when a user opens it, not those
     * stored in the key: a key written before the splitter changed must not hand the extractor
     * an older splitting.
     */
    private static Brief asOpened(Brief keyed) {
        return new Brief(keyed.title(), keyed.source(), keyed.date(), keyed.text(), SentenceSplitter.split(keyed.text()));
    }

    private static BriefModel extract(Brief brief) {
        return new BriefExtractor().extract(brief, Extraction.Progress.NONE);
    }
}
