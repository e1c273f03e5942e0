package org.brieflens.view;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.scene.Node;

import org.brieflens.model.Evidence;
import org.brieflens.model.ModelIndex;

/**
 * A view made the first time it is shown: the window opens with only its first tab built, so
 * the first frame does not wait for views nobody has looked at yet.
 */
public final class LazyView implements BriefView {
    private final String id;
    private final String title;
    private final Supplier<? extends BriefView> factory;
    private BriefView view;

    public LazyView(String id, String title, Supplier<? extends BriefView> factory) {
        this.id = id;
        this.title = title;
        this.factory = factory;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Node node() {
        return realized().node();
    }

    @Override
    public List<Evidence> evidenceShown(ModelIndex index) {
        return realized().evidenceShown(index);
    }

    @Override
    public boolean needsAWindowOfItsOwn() {
        return realized().needsAWindowOfItsOwn();
    }

    public boolean isRealized() {
        return view != null;
    }

    /** The view itself, made now if it has not been yet. */
    public BriefView realized() {
        if (view == null) {
            view = Objects.requireNonNull(factory.get(), "factory");
            if (!view.id().equals(id) || !view.title().equals(title)) {
                throw new IllegalStateException("view " + view.id() + " (" + view.title() + ") was made for the tab "
                        + id + " (" + title + ")");
            }
        }
        return view;
    }
}
