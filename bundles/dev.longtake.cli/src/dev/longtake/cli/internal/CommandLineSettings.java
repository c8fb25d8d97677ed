package dev.longtake.cli.internal;

import java.util.Map;
import java.util.Optional;

import dev.longtake.render.BackendRegistry;
import dev.longtake.render.BackendSettings;
import dev.longtake.secrets.ApiKeys;

/**
 * A backend's settings on the command line: {@code LONGTAKE_<NAME>_*} from the environment,
 * and the API key from the user's secure storage (where the workbench's preferences and
 * {@code longtake backends --set-key} put it) when the environment has none. The environment
 * wins, so a key exported for one run overrides the stored one.
 */
final class CommandLineSettings {

    static final String API_KEY = "api_key";

    private CommandLineSettings() {
    }

    static BackendSettings of(String backend, Map<String, String> environment) {
        BackendSettings variables = BackendSettings.fromMap(backend, environment);
        return key -> {
            Optional<String> value = variables.get(key);
            return value.isPresent() || !API_KEY.equals(key) ? value : ApiKeys.get(backend);
        };
    }

    /** The installed backends, made with these settings from the process's environment. */
    static BackendRegistry installedBackends() {
        Map<String, String> environment = System.getenv();
        return BackendRegistry.installed(backend -> of(backend, environment));
    }
}
