package dev.longtake.render.http;

import java.util.Objects;

/**
 * A secret: an API key. It prints as {@code ****} everywhere ({@link #toString()}), so that a
 * key passed through settings, exceptions or logs never shows; only {@link Auth} reads it, to
 * put it in a request header.
 */
public final class ApiKey {

    private final String value;
    private final String source;

    /**
     * @param value  the key
     * @param source where it came from, for messages: the environment variable's name
     */
    public ApiKey(String value, String source) {
        this.value = Objects.requireNonNull(value, "value").strip();
        this.source = Objects.requireNonNull(source, "source");
        if (this.value.isEmpty()) {
            throw new IllegalArgumentException("an empty API key");
        }
    }

    /** Where the key is set ("LONGTAKE_RUNWAY_API_KEY"), never the key. */
    public String source() {
        return source;
    }

    /** Replaces every occurrence of the key in a text (a service's error message) by {@code ****}. */
    public String scrub(String text) {
        return text == null ? null : text.replace(value, "****");
    }

    String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "****";
    }
}
