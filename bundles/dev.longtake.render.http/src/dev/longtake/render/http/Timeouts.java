package dev.longtake.render.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a service may keep us waiting.
 *
 * @param connect  to open a connection
 * @param response from sending a request to the response's headers
 * @param stall    between two pieces of a response body: a body that stops flowing for this
 *                 long is a failed (retryable) call, however long the whole download takes
 */
public record Timeouts(Duration connect, Duration response, Duration stall) {

    public Timeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(stall, "stall");
    }

    /** 10 s to connect, 60 s for an answer, 30 s of silence in a body. */
    public static Timeouts defaults() {
        return new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(30));
    }
}
