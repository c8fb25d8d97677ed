package dev.example.replicate.internal;

import dev.example.replicate.ReplicateBackendFactory;
import dev.longtake.dsl.backend.BackendLimits;
import dev.longtake.dsl.backend.BackendRegistry;
import dev.longtake.render.BackendSettings;

/**
 * A declarative-services component (OSGI-INF/limits.xml) that tells the script language what
 * {@code backend replicate} renders while this bundle runs, so scripts that name it validate.
 * The limits come from the same settings as the backend's capabilities; when the settings are
 * incomplete the backend is still known to scripts (with default limits), and the render plan
 * says what is missing.
 */
public final class ScriptLimits {

    private BackendRegistry.Registration registration;

    public void activate() {
        registration = BackendRegistry.shared().register(limits(BackendSettings.fromEnvironment(ReplicateBackendFactory.NAME)));
    }

    public void deactivate() {
        if (registration != null) {
            registration.close();
            registration = null;
        }
    }

    /** The limits scripts are checked against. */
    public static BackendLimits limits(BackendSettings settings) {
        double maxSeconds;
        try {
            maxSeconds = ReplicateConfig.from(settings).maxSeconds();
        } catch (IllegalStateException e) {
            maxSeconds = settings.get("max_seconds").map(ScriptLimits::parseOr10).orElse(10.0);
        }
        return BackendLimits.builder(ReplicateBackendFactory.NAME).maxSeconds(maxSeconds).build();
    }

    private static double parseOr10(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return 10;
        }
    }
}
