package org.brieflens.view.overview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The outlines of the world's countries as SVG paths, from the low-resolution world map that
 * TilesFX ships (keyed by ISO 3166 alpha-2), looked up by the alpha-3 codes the model uses. Read
 * once; the views make their own shapes from it, so that no two maps share a node.
 */
public final class WorldMapData {
    private static final String RESOURCE = "eu/hansolo/tilesfx/lowres.properties";
    private static WorldMapData instance;

    private final Map<String, String> pathsByAlpha2;
    private final Map<String, String> alpha2ByAlpha3 = new HashMap<>();

    private WorldMapData(Map<String, String> pathsByAlpha2) {
        // In code order, not Map.copyOf's per-run order: countries drawn in the same order every
        // time overlap and anti-alias the same way, so two exports of one brief are identical.
        this.pathsByAlpha2 = Collections.unmodifiableMap(new TreeMap<>(pathsByAlpha2));
        for (String alpha2 : Locale.getISOCountries()) {
            alpha2ByAlpha3.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
    }

    public static synchronized WorldMapData get() {
        if (instance == null) {
            instance = new WorldMapData(read());
        }
        return instance;
    }

    /** The outline of the country with this ISO 3166 alpha-3 code, if the map has it. */
    public Optional<String> outline(String iso3) {
        return Optional.ofNullable(alpha2ByAlpha3.get(iso3)).map(pathsByAlpha2::get);
    }

    /** Every outline, by alpha-2 code: the land the brief's states are drawn on. */
    public Map<String, String> outlines() {
        return pathsByAlpha2;
    }

    /** The alpha-2 code of an alpha-3 code, if it has one. */
    public Optional<String> alpha2(String iso3) {
        return Optional.ofNullable(alpha2ByAlpha3.get(iso3));
    }

    private static Map<String, String> read() {
        Properties properties = new Properties();
        try (InputStream in = WorldMapData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the world map " + RESOURCE + " is not on the class path (TilesFX)");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> paths = new HashMap<>();
        properties.forEach((key, value) -> paths.put(key.toString(), value.toString()));
        return paths;
    }
}
