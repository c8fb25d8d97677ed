package dev.longtake.render.http;

import java.net.http.HttpRequest;

/**
 * How a service wants its key: {@code Authorization: Bearer <key>} or a header of its own
 * ({@code x-goog-api-key}). The key is only ever sent to the service's own origin.
 */
public final class Auth {

    private final String header;
    private final String prefix;
    private final ApiKey key;

    private Auth(String header, String prefix, ApiKey key) {
        this.header = header;
        this.prefix = prefix;
        this.key = key;
    }

    public static Auth bearer(ApiKey key) {
        return new Auth("Authorization", "Bearer ", key);
    }

    /** The key as the whole value of a header of the service's choosing. */
    public static Auth header(String name, ApiKey key) {
        return new Auth(name, "", key);
    }

    /** No key (a local ComfyUI). */
    public static Auth none() {
        return new Auth(null, null, null);
    }

    public boolean hasKey() {
        return key != null;
    }

    /** The key's setting, for messages ("set LONGTAKE_LUMA_API_KEY"); null without a key. */
    public String keySource() {
        return key == null ? null : key.source();
    }

    String scrub(String text) {
        return key == null ? text : key.scrub(text);
    }

    void apply(HttpRequest.Builder request) {
        if (key != null) {
            request.header(header, prefix + key.reveal());
        }
    }

    /** Puts the key on a websocket's opening handshake (a ComfyUI behind a proxy); nothing without a key. */
    public void apply(java.net.http.WebSocket.Builder websocket) {
        if (key != null) {
            websocket.header(header, prefix + key.reveal());
        }
    }

    @Override
    public String toString() {
        return key == null ? "no key" : header + ": " + prefix + key;
    }
}
