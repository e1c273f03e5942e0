package org.brieflens.view.overview;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

import org.brieflens.view.common.Emphasis;

/**
 * The world with the brief's states coloured by role: every country an outline of its own
 * (scene-graph shapes, so that the map exports as vectors), scaled to fit. What a state does
 * when pointed at is up to the caller. States without an outline (too small for this map) are
 * reported, so the view can list them beside it.
 */
final class WorldMapPane extends Region {
    static final String STYLE = "bl-world-map";
    static final String LAND = "bl-map-land";
    static final String STATE = "bl-map-state";

    private final Group world = new Group();
    private final Scale scale = new Scale(1, 1);
    private final Map<String, SVGPath> statePaths = new LinkedHashMap<>();
    private final List<MapState> unmapped = new ArrayList<>();

    WorldMapPane(List<MapState> states, BiConsumer<Node, MapState> interaction) {
        getStyleClass().add(STYLE);
        WorldMapData data = WorldMapData.get();
        Set<String> briefCountries = new HashSet<>();
        for (MapState state : states) {
            data.alpha2(state.iso3()).ifPresent(briefCountries::add);
        }
        List<Node> land = new ArrayList<>();
        data.outlines().forEach((alpha2, outline) -> {
            if (!briefCountries.contains(alpha2)) {
                SVGPath path = new SVGPath();
                path.setContent(outline);
                path.getStyleClass().add(LAND);
                path.setMouseTransparent(true);
                land.add(path);
            }
        });
        world.getChildren().addAll(land);
        for (MapState state : states) {
            Optional<String> outline = data.outline(state.iso3());
            if (outline.isEmpty()) {
                unmapped.add(state);
                continue;
            }
            SVGPath path = new SVGPath();
            path.setContent(outline.get());
            path.getStyleClass().addAll(STATE, state.role().styleClass());
            path.setId("map-" + state.iso3());
            interaction.accept(path, state);
            statePaths.put(state.actorId(), path);
            world.getChildren().add(path);
        }
        world.getTransforms().add(scale);
        world.setManaged(false);
        getChildren().add(world);
        setMinSize(200, 110);
    }

    /** The brief's states that have no outline on this map. */
    List<MapState> unmapped() {
        return List.copyOf(unmapped);
    }

    /** The shape of a state of the brief, by actor id, if it is on the map. */
    Optional<SVGPath> shapeOf(String actorId) {
        return Optional.ofNullable(statePaths.get(actorId));
    }

    /** Emphasises {@code focusStates}; with a selection but none of them on the map, dims every state. */
    void emphasise(Set<String> focusStates, boolean anythingSelected) {
        statePaths.forEach((id, path) -> {
            Emphasis emphasis = !anythingSelected ? Emphasis.PLAIN
                    : focusStates.contains(id) ? Emphasis.FOCUSED : Emphasis.DIMMED;
            emphasis.applyTo(path);
            if (emphasis == Emphasis.FOCUSED) {
                path.toFront();
            }
        });
    }

    @Override
    protected void layoutChildren() {
        Bounds bounds = world.getLayoutBounds();
        if (bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
            return;
        }
        double factor = Math.min(getWidth() / bounds.getWidth(), getHeight() / bounds.getHeight());
        scale.setX(factor);
        scale.setY(factor);
        world.setLayoutX((getWidth() - bounds.getWidth() * factor) / 2 - bounds.getMinX() * factor);
        world.setLayoutY((getHeight() - bounds.getHeight() * factor) / 2 - bounds.getMinY() * factor);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 340;
    }
}
