package org.brieflens.view.overview;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectProperty;

import org.brieflens.model.Actor;
import org.brieflens.model.ActorKind;
import org.brieflens.model.Exercise;
import org.brieflens.model.ExerciseDomain;
import org.brieflens.model.Link;
import org.brieflens.model.LinkFamily;
import org.brieflens.model.ModelIndex;
import org.brieflens.state.Workspace;
import org.brieflens.view.common.DerivedContent;
import org.brieflens.view.common.Focus;
import org.brieflens.view.common.ItemDescriptions;
import org.brieflens.view.common.Palette;

/**
 * What the Overview shows, without nodes, chosen from the model: the headline figures, counts of
 * actors by kind, links by family and exercises by domain (each only if the brief has any),
 * and the brief's states for the world map with their roles.
 */
public final class OverviewViewModel {
    /** The most figure tiles the Overview shows; Spending charts them all. */
    public static final int MAX_FIGURE_TILES = 8;

    /** Everything the Overview draws for one model. */
    public record Content(List<FigureTileSpec> figures, int figureCount, List<CountTileSpec> counts,
            List<MapState> states) {
        public Content {
            figures = List.copyOf(figures);
            counts = List.copyOf(counts);
            states = List.copyOf(states);
        }
    }

    private final Workspace workspace;
    private final DerivedContent<Content> content;
    private final ReadOnlyObjectProperty<Focus> focus;

    public OverviewViewModel(Workspace workspace) {
        this.workspace = workspace;
        this.focus = Focus.track(workspace);
        this.content = new DerivedContent<>(workspace, OverviewViewModel::contentOf);
    }

    public ReadOnlyObjectProperty<Content> contentProperty() {
        return content.property();
    }

    public Content content() {
        return content.get();
    }

    public ReadOnlyObjectProperty<Focus> focusProperty() {
        return focus;
    }

    /**
     * The states the map emphasises for {@code focus}: the focus states themselves, the states
     * the focus organisations and people belong to, and the member states of a focus alliance.
     */
    public Set<String> mapFocus(Focus focus) {
        ModelIndex index = workspace.index();
        Set<String> states = new HashSet<>();
        for (String id : focus.actors()) {
            index.stateOf(id).ifPresent(state -> states.add(state.id()));
            index.actor(id).filter(actor -> actor.kind().hasMembers()).ifPresent(group -> group.members().stream()
                    .flatMap(member -> index.stateOf(member).stream()).forEach(state -> states.add(state.id())));
        }
        return states;
    }

    static Content contentOf(ModelIndex index) {
        return new Content(HeadlineFigures.choose(index, MAX_FIGURE_TILES), HeadlineFigures.headlineCount(index),
                counts(index), states(index));
    }

    static List<CountTileSpec> counts(ModelIndex index) {
        List<CountTileSpec> tiles = new ArrayList<>();
        List<Actor> actors = index.model().actors();
        if (!actors.isEmpty()) {
            Map<ActorKind, Integer> byKind = new EnumMap<>(ActorKind.class);
            actors.forEach(actor -> byKind.merge(actor.kind(), 1, Integer::sum));
            List<CountTileSpec.Item> items = new ArrayList<>();
            byKind.forEach((kind, count) -> items.add(new CountTileSpec.Item(kind.displayName(), count, Palette.of(kind))));
            tiles.add(new CountTileSpec(ItemDescriptions.count(actors.size(), "actor"), items));
        }
        List<Link> links = index.model().links();
        if (!links.isEmpty()) {
            Map<LinkFamily, Integer> byFamily = new EnumMap<>(LinkFamily.class);
            links.forEach(link -> byFamily.merge(link.family(), 1, Integer::sum));
            List<CountTileSpec.Item> items = new ArrayList<>();
            byFamily.forEach((family, count) -> items.add(new CountTileSpec.Item(family.displayName(), count,
                    Palette.of(family))));
            tiles.add(new CountTileSpec(ItemDescriptions.count(links.size(), "link"), items));
        }
        List<Exercise> exercises = index.model().exercises();
        if (!exercises.isEmpty()) {
            Map<ExerciseDomain, Integer> byDomain = new EnumMap<>(ExerciseDomain.class);
            exercises.forEach(exercise -> byDomain.merge(exercise.domain(), 1, Integer::sum));
            List<CountTileSpec.Item> items = new ArrayList<>();
            byDomain.forEach((domain, count) -> items.add(new CountTileSpec.Item(domain.displayName(), count, null)));
            tiles.add(new CountTileSpec(ItemDescriptions.count(exercises.size(), "exercise"), items));
        }
        return tiles;
    }

    static List<MapState> states(ModelIndex index) {
        Map<String, StateRole> roles = StateRoles.of(index);
        Map<String, MapState> states = new LinkedHashMap<>();
        for (Actor actor : index.model().actors()) {
            if (actor.kind() == ActorKind.STATE && actor.iso3() != null) {
                states.put(actor.id(), new MapState(actor.id(), actor.name(), actor.iso3(), roles.get(actor.id())));
            }
        }
        return List.copyOf(states.values());
    }
}
