package dev.example.replicate.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.longtake.render.BackendSettings;
import dev.longtake.render.Resolution;

/**
 * The replicate backend's settings, checked. Messages name the environment variable to set
 * and never repeat a secret.
 *
 * @param base           the API's base URL (no trailing slash)
 * @param apiKey         the API token
 * @param owner          the model's owner
 * @param modelName      the model's name, or null when only a version id is given
 * @param version        the model version id, or null for the model's latest version
 * @param waitSeconds    the {@code Prefer: wait} seconds, or 0 to answer at once
 * @param maxSeconds     the longest generation of the model
 * @param maxSize        the largest frame
 * @param concurrency    predictions run at once
 * @param pricePerSecond price of a second of video
 * @param currency       ISO code of the price
 * @param priceCheckedOn when the price was read from the model's page
 */
public record ReplicateConfig(URI base, String apiKey, String owner, String modelName, String version,
        int waitSeconds, double maxSeconds, Resolution maxSize, int concurrency, BigDecimal pricePerSecond,
        String currency, LocalDate priceCheckedOn) {

    public static final String DEFAULT_URL = "https://api.replicate.com";
    /** A placeholder for planning; set LONGTAKE_REPLICATE_PRICE_PER_SECOND to the model's price. */
    public static final String DEFAULT_PRICE = "0.10";

    private static final Pattern MODEL = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._-]*)/([A-Za-z0-9][A-Za-z0-9._-]*)(?::([A-Za-z0-9]+))?");
    private static final Pattern VERSION = Pattern.compile("[a-f0-9]{32,128}");

    /** Reads and checks the settings; a missing or wrong one is an {@link IllegalStateException}. */
    public static ReplicateConfig from(BackendSettings settings) {
        String key = settings.get("api_key").orElseThrow(
                () -> new IllegalStateException("LONGTAKE_REPLICATE_API_KEY is not set (a Replicate API token)"));
        String model = settings.get("model").orElseThrow(() -> new IllegalStateException(
                "LONGTAKE_REPLICATE_MODEL is not set (owner/name or owner/name:version of a video model)"));
        String owner = null;
        String name = null;
        String version = null;
        Matcher m = MODEL.matcher(model.trim());
        if (m.matches()) {
            owner = m.group(1);
            name = m.group(2);
            version = m.group(3);
        } else if (VERSION.matcher(model.trim()).matches()) {
            version = model.trim();
        } else {
            throw new IllegalStateException("LONGTAKE_REPLICATE_MODEL is not owner/name, owner/name:version or a version id: " + model);
        }
        String url = settings.get("url").orElse(DEFAULT_URL).trim();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        URI base;
        try {
            base = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("LONGTAKE_REPLICATE_URL is not a URL: " + url);
        }
        if (!("https".equals(base.getScheme()) || "http".equals(base.getScheme())) || base.getHost() == null) {
            throw new IllegalStateException("LONGTAKE_REPLICATE_URL must be an http(s) URL: " + url);
        }
        int wait = intSetting(settings, "wait", 0);
        if (wait < 0 || wait > 60) {
            throw new IllegalStateException("LONGTAKE_REPLICATE_WAIT must be 1 to 60 seconds (or unset)");
        }
        double maxSeconds = number(settings, "max_seconds", "10").doubleValue();
        Resolution maxSize;
        try {
            maxSize = Resolution.parse(settings.get("max_size").orElse("1920x1080"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("LONGTAKE_REPLICATE_MAX_SIZE: " + e.getMessage());
        }
        int concurrency = intSetting(settings, "concurrency", 2);
        BigDecimal price = number(settings, "price_per_second", DEFAULT_PRICE);
        String currency = settings.get("currency").orElse("USD");
        LocalDate checked;
        try {
            checked = settings.get("price_checked_on").map(LocalDate::parse).orElse(LocalDate.EPOCH);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("LONGTAKE_REPLICATE_PRICE_CHECKED_ON is not a date like 2026-12-07");
        }
        if (maxSeconds <= 0 || concurrency <= 0 || price.signum() < 0) {
            throw new IllegalStateException("LONGTAKE_REPLICATE_MAX_SECONDS and _CONCURRENCY must be positive, _PRICE_PER_SECOND not negative");
        }
        return new ReplicateConfig(URI.create(url), key, owner, name, version, wait, maxSeconds, maxSize, concurrency,
                price, currency, checked);
    }

    /** "owner/name", "owner/name:version" or the version id, for messages and the ledger. */
    public String model() {
        if (modelName == null) {
            return version;
        }
        return owner + "/" + modelName + (version == null ? "" : ":" + version);
    }

    private static int intSetting(BackendSettings settings, String key, int fallback) {
        try {
            return settings.get(key).map(String::trim).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("LONGTAKE_REPLICATE_" + key.toUpperCase() + " is not a whole number");
        }
    }

    private static BigDecimal number(BackendSettings settings, String key, String fallback) {
        try {
            return new BigDecimal(settings.get(key).orElse(fallback).trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("LONGTAKE_REPLICATE_" + key.toUpperCase() + " is not a number");
        }
    }
}
