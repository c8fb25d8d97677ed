package dev.longtake.render;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a backend finds its configuration: {@code url}, {@code model}, {@code api_key} and
 * the like. From the command line they are environment variables
 * {@code LONGTAKE_<BACKEND>_<KEY>} (for example {@code LONGTAKE_RUNWAY_API_KEY}); the
 * workbench supplies preferences and secure storage. Never project files.
 */
@FunctionalInterface
public interface BackendSettings {

    /** The value of a setting of this backend, if set. */
    Optional<String> get(String key);

    /** Settings read from {@code LONGTAKE_<BACKEND>_<KEY>} environment variables. */
    static BackendSettings fromEnvironment(String backendName) {
        return fromMap(backendName, System.getenv());
    }

    /** Settings read from a map holding {@code LONGTAKE_<BACKEND>_<KEY>} entries. */
    static BackendSettings fromMap(String backendName, Map<String, String> variables) {
        String prefix = "LONGTAKE_" + backendName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_";
        return key -> Optional.ofNullable(variables.get(prefix + key.toUpperCase(Locale.ROOT)))
                .filter(value -> !value.isBlank());
    }

    static BackendSettings none() {
        return key -> Optional.empty();
    }
}
