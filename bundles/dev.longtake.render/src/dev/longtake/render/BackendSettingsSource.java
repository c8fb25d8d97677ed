package dev.longtake.render;

import java.util.Optional;

/**
 * Where an application keeps its backends' settings, contributed through the
 * {@code dev.longtake.render.settingsSources} extension point: the workbench contributes its
 * preferences and secure storage. {@link BackendRegistry#installed()} asks the contributed
 * sources, highest priority first, and falls back to the environment
 * ({@link BackendSettings#fromEnvironment}) when none answers; so every plan and render of an
 * application uses the same settings without each caller choosing them.
 */
public interface BackendSettingsSource {

    /**
     * The backend's settings, or empty when this source does not apply right now (a workbench
     * source in a headless command).
     */
    Optional<BackendSettings> settings(String backend);
}
