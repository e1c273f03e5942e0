package org.brieflens.app;

import org.brieflens.dialogs.DialogService;
import org.brieflens.ingest.BriefFileLoader;
import org.brieflens.settings.Settings;
import org.brieflens.tasks.TaskRunner;
import org.brieflens.view.theme.ThemeManager;

/** What the main window depends on, gathered so that tests can hand it fakes. */
public record AppServices(BriefFileLoader loader, TaskRunner tasks, DialogService dialogs, Settings settings,
        ThemeManager themes) {
}
