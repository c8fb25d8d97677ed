package dev.longtake.preferences.ui;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import dev.longtake.render.BackendRegistry;
import dev.longtake.render.BackendSettings;
import dev.longtake.secrets.ApiKeys;

/**
 * The workbench's settings of each generation backend: {@value #URL}, {@value #MODEL},
 * {@value #CONCURRENCY} and the user's price ({@value #PRICE_PER_SECOND}, {@value #CURRENCY},
 * {@value #PRICES_CHECKED_ON}) in instance-scope preferences (the workspace's
 * {@code .metadata}), the {@value #API_KEY} in Eclipse secure storage and nowhere else. A
 * setting left empty falls back to the environment variable {@code LONGTAKE_<BACKEND>_<KEY>},
 * which is all the command line reads.
 *
 * <p>Nothing is cached: {@link #settings(String)} and {@link #installedBackends()} read the
 * current values on every call, so a change made in Window &gt; Preferences applies to the
 * next plan or render without a restart.
 */
public final class BackendPreferences {

    /** The preference node of Longtake's workbench settings (instance scope). */
    public static final String QUALIFIER = "dev.longtake.preferences.ui";

    public static final String URL = "url";
    public static final String MODEL = "model";
    public static final String API_KEY = "api_key";
    public static final String CONCURRENCY = "concurrency";
    public static final String PRICE_PER_SECOND = "price_per_second";
    public static final String CURRENCY = "currency";
    public static final String PRICES_CHECKED_ON = "prices_checked_on";

    /** The settings kept in plain preferences, in the order the page shows them. */
    public static final List<String> PLAIN_KEYS = List.of(URL, MODEL, CONCURRENCY, PRICE_PER_SECOND, CURRENCY,
            PRICES_CHECKED_ON);

    private BackendPreferences() {
    }

    /** The backend's settings: preferences and secure storage first, then the environment. */
    public static BackendSettings settings(String backend) {
        BackendSettings environment = BackendSettings.fromEnvironment(backend);
        return key -> {
            Optional<String> stored = API_KEY.equals(key) ? apiKey(backend) : get(backend, key);
            return stored.isPresent() ? stored : environment.get(key);
        };
    }

    /** The installed backends made with the workbench's settings, as they are now. */
    public static BackendRegistry installedBackends() {
        return BackendRegistry.installed(BackendPreferences::settings);
    }

    /** A plain setting of the backend, if set (blank counts as unset). */
    public static Optional<String> get(String backend, String key) {
        return Optional.ofNullable(node(backend).get(key, null)).filter(value -> !value.isBlank());
    }

    /** Sets a plain setting; null or blank removes it. Not for the API key. */
    public static void set(String backend, String key, String value) {
        if (API_KEY.equals(key)) {
            throw new IllegalArgumentException("the API key goes to secure storage: use setApiKey");
        }
        if (value == null || value.isBlank()) {
            node(backend).remove(key);
        } else {
            node(backend).put(key, value.strip());
        }
    }

    /** Writes the plain settings to disk. */
    public static void flush() throws BackingStoreException {
        InstanceScope.INSTANCE.getNode(QUALIFIER).flush();
    }

    /** The backend's API key from secure storage ({@link ApiKeys}), if one is stored. */
    public static Optional<String> apiKey(String backend) {
        return ApiKeys.get(backend);
    }

    /** Whether an API key is stored for the backend (without decrypting it). */
    public static boolean hasApiKey(String backend) {
        return ApiKeys.has(backend);
    }

    /**
     * Stores the backend's API key, encrypted, in secure storage and writes the storage; null or
     * blank removes it. The command line finds it there too.
     */
    public static void setApiKey(String backend, String key) throws IOException {
        ApiKeys.set(backend, key);
    }

    private static IEclipsePreferences node(String backend) {
        return (IEclipsePreferences) InstanceScope.INSTANCE.getNode(QUALIFIER).node("backends").node(backend);
    }
}
