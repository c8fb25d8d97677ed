package dev.longtake.render;

import java.time.Duration;
import java.util.Objects;

/**
 * A backend call that failed, with what the engine may do about it. Messages are shown to the
 * user and written to the journal: they name the service and the problem, never a secret.
 */
public class BackendException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What a failed call tells the engine. */
    public enum Kind {
        /** Nothing happened on the service's side; the same call may be made again (429, 5xx, a dropped poll). */
        RETRYABLE,
        /** A submission may or may not have been accepted (the answer was lost). */
        OUTCOME_UNKNOWN,
        /** Making the call again cannot help (401, a rejected request). */
        PERMANENT
    }

    private final Kind kind;
    private final Duration retryAfter;

    public BackendException(Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryAfter = retryAfter;
    }

    public static BackendException retryable(String message) {
        return new BackendException(Kind.RETRYABLE, message, null, null);
    }

    /** A retryable failure where the service said when to come back (Retry-After). */
    public static BackendException retryable(String message, Duration retryAfter) {
        return new BackendException(Kind.RETRYABLE, message, retryAfter, null);
    }

    public static BackendException outcomeUnknown(String message, Throwable cause) {
        return new BackendException(Kind.OUTCOME_UNKNOWN, message, null, cause);
    }

    public static BackendException permanent(String message) {
        return new BackendException(Kind.PERMANENT, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** How long the service asked us to wait, or null when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
