package org.brieflens.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Tab;
import javafx.stage.Screen;
import javafx.stage.Window;

import org.brieflens.dialogs.SlideOption;
import org.brieflens.ingest.LoadedBrief;
import org.brieflens.model.Brief;
import org.brieflens.present.PresentationWindow;
import org.brieflens.present.Slide;
import org.brieflens.present.SlideDeck;
import org.brieflens.settings.Settings;
import org.brieflens.state.Workspace;
import org.brieflens.view.BriefView;
import org.brieflens.view.common.ItemDescriptions;
import org.brieflens.view.common.NoticePane;
import org.brieflens.view.common.ViewControls;
import org.brieflens.view.theme.Theme;
import org.brieflens.view.theme.ThemeManager;

/**
 * Starts and ends presentations from the main window: the chosen views (remembered per brief)
 * move onto full-screen slides in the presentation theme, with the selection as the spotlight;
 * dialogs wait until the end; everything returns to the window when the presenter leaves.
 */
final class PresentationMode {
    private final Window owner;
    private final Workspace workspace;
    private final List<BriefView> views;
    private final Map<String, Tab> tabs;
    private final Settings settings;
    private final ThemeManager themes;
    private final QuietDialogs dialogs;
    private PresentationWindow presentation;

    PresentationMode(Window owner, Workspace workspace, List<BriefView> views, Map<String, Tab> tabs,
            Settings settings, ThemeManager themes, QuietDialogs dialogs) {
        this.owner = owner;
        this.workspace = workspace;
        this.views = views;
        this.tabs = tabs;
        this.settings = settings;
        this.themes = themes;
        this.dialogs = dialogs;
    }

    boolean isPresenting() {
        return presentation != null;
    }

    Optional<PresentationWindow> presentation() {
        return Optional.ofNullable(presentation);
    }

    /** The views the presenter chose for the open brief, in order; every view until they choose. */
    List<String> slideOrder() {
        List<String> known = views.stream().map(BriefView::id).toList();
        List<String> chosen = settings.slideOrder(briefKey()).orElse(known).stream().filter(known::contains).toList();
        return chosen.isEmpty() ? known : chosen;
    }

    void chooseSlides() {
        List<String> order = slideOrder();
        List<SlideOption> options = new ArrayList<>();
        for (String id : order) {
            options.add(new SlideOption(id, view(id).title(), true));
        }
        for (BriefView view : views) {
            if (!order.contains(view.id())) {
                options.add(new SlideOption(view.id(), view.title(), false));
            }
        }
        dialogs.chooseSlides(options).ifPresent(ids -> settings.setSlideOrder(briefKey(), ids));
    }

    void start() {
        if (presentation != null) {
            return;
        }
        SlideDeck deck = new SlideDeck(slideOrder());
        for (String id : deck.viewIds()) {
            tabs.get(id).setContent(new NoticePane("Presenting", "This view is on the presentation screen. Press Esc "
                    + "there to come back."));
        }
        Theme before = themes.theme();
        dialogs.setQuiet(true);
        themes.setTheme(Theme.PRESENTATION);
        Map<String, ViewControls.Hidden> hiddenControls = new HashMap<>();
        presentation = new PresentationWindow(deck, id -> {
            hiddenControls.computeIfAbsent(id, shown -> ViewControls.hide(view(shown).node()));
            return new Slide(view(id).title(), view(id).node());
        }, citation(), spotlight(), screen());
        themes.manage(presentation.scene());
        presentation.onClosed(() -> {
            themes.release(presentation.scene());
            presentation = null;
            hiddenControls.values().forEach(ViewControls.Hidden::restore);
            deck.viewIds().forEach(id -> tabs.get(id).setContent(view(id).node()));
            themes.setTheme(before);
            dialogs.setQuiet(false);
        });
        presentation.show();
    }

    private StringBinding spotlight() {
        return Bindings.createStringBinding(() -> ItemDescriptions.shortName(workspace.index(), workspace.selection()),
                workspace.selectionProperty(), workspace.indexProperty());
    }

    private String citation() {
        Brief brief = workspace.model().brief();
        StringBuilder text = new StringBuilder("Source: ").append(brief.title());
        if (!brief.source().isEmpty()) {
            text.append(" — ").append(brief.source());
        }
        brief.optionalDate().ifPresent(date -> text.append(", ").append(date));
        return text.toString();
    }

    private Rectangle2D screen() {
        List<Screen> screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getBounds();
    }

    private BriefView view(String id) {
        return views.stream().filter(view -> view.id().equals(id)).findFirst().orElseThrow();
    }

    /** A brief is remembered by its file, or, for the bundled brief, by its title. */
    private String briefKey() {
        LoadedBrief loaded = workspace.brief();
        return loaded.optionalFile().map(file -> file.toAbsolutePath().normalize().toString())
                .orElse("bundled:" + loaded.model().brief().title());
    }
}
