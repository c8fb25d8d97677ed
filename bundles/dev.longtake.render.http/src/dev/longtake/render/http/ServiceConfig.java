package dev.longtake.render.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import dev.longtake.render.BackendSettings;

/**
 * A service backend's settings: base URL, model and API key, read from {@link BackendSettings}
 * ({@code LONGTAKE_<NAME>_URL}, {@code LONGTAKE_<NAME>_MODEL}, {@code LONGTAKE_<NAME>_API_KEY}
 * from the command line; preferences and secure storage in the workbench). Its
 * {@link #toString()} never shows the key.
 */
public final class ServiceConfig {

    private final String backend;
    private final URI baseUrl;
    private final String model;
    private final ApiKey apiKey;
    private final BackendSettings settings;

    private ServiceConfig(String backend, URI baseUrl, String model, ApiKey apiKey, BackendSettings settings) {
        this.backend = backend;
        this.baseUrl = baseUrl;
        this.model = model;
        this.apiKey = apiKey;
        this.settings = settings;
    }

    /**
     * Reads the settings of a backend.
     *
     * @param keyRequired whether a missing API key makes the backend unavailable
     * @throws IllegalStateException with one line naming the setting when the key is required and
     *                               missing, or the URL is not an http(s) URL
     */
    public static ServiceConfig read(String backend, BackendSettings settings, String defaultUrl, String defaultModel,
            boolean keyRequired) {
        String urlText = settings.get("url").orElse(defaultUrl).strip();
        URI url;
        try {
            url = new URI(urlText.endsWith("/") ? urlText.substring(0, urlText.length() - 1) : urlText);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(envVar(backend, "url") + " is not a URL: " + urlText);
        }
        if (url.getScheme() == null || !(url.getScheme().equals("http") || url.getScheme().equals("https"))
                || url.getHost() == null) {
            throw new IllegalStateException(envVar(backend, "url") + " is not an http(s) URL: " + urlText);
        }
        String keySource = envVar(backend, "api_key");
        ApiKey key = settings.get("api_key").map(value -> new ApiKey(value, keySource)).orElse(null);
        if (key == null && keyRequired) {
            throw new IllegalStateException(keySource + " is not set (the " + backend + " API key)");
        }
        return new ServiceConfig(backend, url, settings.get("model").orElse(defaultModel).strip(), key, settings);
    }

    /** {@code LONGTAKE_<BACKEND>_<KEY>}, as {@link BackendSettings#fromEnvironment} reads it. */
    public static String envVar(String backend, String key) {
        return "LONGTAKE_" + backend.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_"
                + key.toUpperCase(Locale.ROOT);
    }

    public String backend() {
        return backend;
    }

    /** The base URL without a trailing slash. */
    public URI baseUrl() {
        return baseUrl;
    }

    public String model() {
        return model;
    }

    /** The API key, if one is set. */
    public Optional<ApiKey> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    /** Another setting of this backend. */
    public Optional<String> setting(String key) {
        return settings.get(key);
    }

    /** A whole-number setting, or the default; a setting that is not a positive number is refused. */
    public int intSetting(String key, int defaultValue) {
        Optional<String> text = settings.get(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.get().strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(envVar(backend, key) + " is not a positive whole number: " + text.get());
    }

    @Override
    public String toString() {
        return backend + " at " + baseUrl + " (model " + model + (apiKey == null ? ", no API key" : ", API key from "
                + apiKey.source()) + ")";
    }
}
