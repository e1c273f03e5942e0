package org.brieflens.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

import org.brieflens.model.Actor;
import org.brieflens.state.Workspace;

/**
 * The toolbar's "Find an actor" box (Ctrl+F): suggests actors by name or alias as you type;
 * Enter or a suggestion selects the actor in every view.
 */
final class FindActorField {
    private final Workspace workspace;
    private final TextField field = TextFields.createClearableTextField();
    /** Bound when the box first takes the focus: ControlsFX's completion costs start-up a tenth of a second. */
    private AutoCompletionBinding<String> completion;

    FindActorField(Workspace workspace) {
        this.workspace = workspace;
        field.setPromptText("Find an actor (Ctrl+F)");
        field.setPrefColumnCount(18);
        field.setTooltip(new Tooltip("Type a name, alias or ISO code; Enter selects the actor everywhere"));
        field.setAccessibleText("Find an actor");
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (focused && completion == null) {
                completion = TextFields.bindAutoCompletion(field, request -> suggestions(request.getUserText()));
                completion.setOnAutoCompleted(event -> select(event.getCompletion()));
            }
        });
        field.setOnAction(event -> select(field.getText()));
    }

    TextField node() {
        return field;
    }

    boolean suggestionsShowing() {
        return completion != null && completion.getAutoCompletionPopup().isShowing();
    }

    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    /** The actor best matching {@code text}: a whole name, alias or code first, then a prefix. */
    Optional<Actor> match(String text) {
        String query = text.strip().toLowerCase(Locale.ROOT);
        if (query.isEmpty()) {
            return Optional.empty();
        }
        List<Actor> actors = workspace.model().actors();
        return actors.stream().filter(actor -> names(actor).contains(query)).findFirst()
                .or(() -> actors.stream().filter(actor -> names(actor).stream().anyMatch(name -> name.startsWith(query)))
                        .findFirst())
                .or(() -> actors.stream().filter(actor -> names(actor).stream().anyMatch(name -> name.contains(query)))
                        .findFirst());
    }

    private Collection<String> suggestions(String text) {
        String query = text.strip().toLowerCase(Locale.ROOT);
        // A whole name needs no suggestions: after a choice the list closes and stays closed.
        if (query.isEmpty() || workspace.model().actors().stream().anyMatch(actor -> names(actor).contains(query))) {
            return List.of();
        }
        return workspace.model().actors().stream()
                .filter(actor -> names(actor).stream().anyMatch(name -> name.contains(query)))
                .map(Actor::name).limit(12).toList();
    }

    private void select(String text) {
        match(text).ifPresent(actor -> workspace.selectActor(actor.id()));
        // The suggestions would otherwise stay on screen, over a presentation too.
        if (completion != null) {
            completion.getAutoCompletionPopup().hide();
        }
    }

    private static List<String> names(Actor actor) {
        List<String> names = new ArrayList<>();
        names.add(actor.name().toLowerCase(Locale.ROOT));
        actor.aliases().forEach(alias -> names.add(alias.toLowerCase(Locale.ROOT)));
        actor.optionalIso3().ifPresent(code -> names.add(code.toLowerCase(Locale.ROOT)));
        return names;
    }
}
