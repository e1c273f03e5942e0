package org.brieflens.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.brieflens.format.BriefJsonReader;
import org.brieflens.ingest.TextBriefReader;
import org.brieflens.model.BriefModel;

/**
 * The hand-checked models of the third-party briefs in {@code ../shared/briefs/dev/}. Their
 * text is not in this repository: it is read from the shared folder, checked against the
 * SHA-256 the key records, and put into the model.
 */
public final class GoldModels {
    public static final Path DEV_BRIEFS = Path.of("../shared/briefs/dev");
    public static final List<String> NAMES = List.of("freedom_edge_24_2", "japan_defence_budget_fy2025",
            "korea_poland_tanks_howitzers", "rimpac_2024");
    private static final String FOLDER = "/org/brieflens/extract/gold/";

    private GoldModels() {
    }

    public static Path briefFile(String name) {
        return DEV_BRIEFS.resolve(name + ".txt");
    }

    public static BriefModel load(String name) throws Exception {
        ObjectNode root;
        try (InputStream in = GoldModels.class.getResourceAsStream(FOLDER + name + ".gold.json")) {
            if (in == null) {
                throw new IllegalStateException("no answer key " + name + ".gold.json in " + FOLDER);
            }
            root = (ObjectNode) new ObjectMapper().readTree(in);
        }
        ObjectNode brief = (ObjectNode) root.get("brief");
        Path textFile = DEV_BRIEFS.resolve(brief.get("textFile").asText());
        if (!Files.isRegularFile(textFile)) {
            throw new IllegalStateException(textFile.toAbsolutePath() + " is missing: the dev briefs live in "
                    + "../shared/briefs/dev beside the checkout");
        }
        String text = TextBriefReader.read(textFile.getFileName().toString(), Files.readString(textFile)).text();
        String expected = brief.get("textSha256").asText();
        if (!sha256(text).equals(expected)) {
            throw new IllegalStateException(textFile + " changed since its answer key was written");
        }
        brief.remove("textFile");
        brief.remove("textSha256");
        brief.put("text", text);
        return BriefJsonReader.read(name + ".gold.json", new ObjectMapper().writeValueAsString(root)).model();
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

}
