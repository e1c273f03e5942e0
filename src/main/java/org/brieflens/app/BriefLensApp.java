package org.brieflens.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.brieflens.dialogs.FxDialogService;
import org.brieflens.ingest.BriefFileLoader;
import org.brieflens.extract.BriefExtractor;
import org.brieflens.settings.PreferencesSettings;
import org.brieflens.settings.Settings;
import org.brieflens.tasks.BackgroundTaskRunner;
import org.brieflens.view.theme.Fonts;
import org.brieflens.view.theme.Theme;
import org.brieflens.view.theme.ThemeManager;
import org.brieflens.state.Workspace;

/**
 * The desktop application: opens the bundled brief (or the file named on the command line)
 * in the main window.
 */
public final class BriefLensApp extends Application {
    private BackgroundTaskRunner tasks;

    @Override
    public void start(Stage stage) {
        StartupTimer.mark("JavaFX started");
        Fonts.loadBundled();
        Settings settings = PreferencesSettings.forUser();
        // The presentation theme is for presenting only; the window opens light or dark.
        Theme theme = settings.theme().flatMap(Theme::byName).filter(chosen -> chosen != Theme.PRESENTATION)
                .orElse(Theme.LIGHT);
        ThemeManager themes = new ThemeManager(theme);
        tasks = new BackgroundTaskRunner();
        BriefFileLoader loader = new BriefFileLoader(new BriefExtractor());
        StartupTimer.mark("fonts, settings and theme");
        Workspace workspace = new Workspace(BriefFileLoader.loadBundled());
        StartupTimer.mark("bundled brief read");
        AppServices services = new AppServices(loader, tasks, new FxDialogService(stage), settings, themes);
        MainWindow window = new MainWindow(stage, workspace, services);
        StartupTimer.mark("window built");
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        StartupTimer.reportFirstFrame(window.scene());
        stage.show();
        StartupTimer.mark("window shown");
        // The window shows the bundled brief at once; a file named on the command line, or else the
        // brief open when BriefLens last closed, then loads in the background like any other.
        List<String> files = getParameters().getUnnamed();
        Optional<Path> reopen = files.isEmpty()
                ? settings.lastBrief().filter(Files::isRegularFile)
                : Optional.of(Path.of(files.get(0)));
        reopen.ifPresent(file -> Platform.runLater(() -> window.open(file)));
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
    }
}
