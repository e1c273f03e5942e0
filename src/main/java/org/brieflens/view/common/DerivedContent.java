package org.brieflens.view.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.brieflens.model.ModelIndex;
import org.brieflens.state.Workspace;

/**
 * What a view draws, derived from the open model and derived again whenever another model is
 * opened, as a property the view observes. The derivation is a plain function of the model, so
 * view models can be tested without a window.
 *
 * @param <C> the content, immutable
 */
public final class DerivedContent<C> {
    private final ReadOnlyObjectWrapper<C> content;

    public DerivedContent(Workspace workspace, Function<ModelIndex, C> derive) {
        content = new ReadOnlyObjectWrapper<>(derive.apply(workspace.index()));
        workspace.indexProperty().addListener((observable, old, index) -> content.set(derive.apply(index)));
    }

    public ReadOnlyObjectProperty<C> property() {
        return content.getReadOnlyProperty();
    }

    public C get() {
        return content.get();
    }
}
