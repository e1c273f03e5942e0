package org.brieflens.app;

import java.nio.file.Path;
import java.util.List;

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
        Fonts.loadBundled();
        Settings settings = PreferencesSettings.forUser();
        Theme theme = settings.theme().flatMap(Theme::byName).orElse(Theme.LIGHT);
        ThemeManager themes = new ThemeManager(theme);
        tasks = new BackgroundTaskRunner();
        BriefFileLoader loader = new BriefFileLoader(new BriefExtractor());
        Workspace workspace = new Workspace(BriefFileLoader.loadBundled());
        AppServices services = new AppServices(loader, tasks, new FxDialogService(stage), settings, themes);
        MainWindow window = new MainWindow(stage, workspace, services);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();
        List<String> files = getParameters().getUnnamed();
        if (!files.isEmpty()) {
            Platform.runLater(() -> window.open(Path.of(files.get(0))));
        }
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
    }
}
