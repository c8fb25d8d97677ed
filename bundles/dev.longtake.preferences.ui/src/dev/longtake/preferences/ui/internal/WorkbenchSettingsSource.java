package dev.longtake.preferences.ui.internal;

import java.util.Optional;

import org.eclipse.ui.PlatformUI;

import dev.longtake.preferences.ui.BackendPreferences;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.BackendSettingsSource;

/**
 * The workbench's preferences as the settings of every backend made in it (plans, renders,
 * previews, estimates on panels), while the workbench runs; the headless command line, in the
 * same installation, keeps reading its environment.
 */
public final class WorkbenchSettingsSource implements BackendSettingsSource {

    @Override
    public Optional<BackendSettings> settings(String backend) {
        return PlatformUI.isWorkbenchRunning() ? Optional.of(BackendPreferences.settings(backend)) : Optional.empty();
    }
}
