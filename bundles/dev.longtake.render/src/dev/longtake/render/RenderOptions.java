package dev.longtake.render;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How a render runs its jobs.
 *
 * @param jobTimeout   longest a take may take from its submission to its file; then it is
 *                     cancelled at the service and recorded as failed
 * @param maxAttempts  calls of one kind (submit, poll, fetch) that may fail in a row before
 *                     the engine gives up on that call
 * @param backoffBase  first wait after a failed call, doubled each time (with jitter)
 * @param backoffMax   longest wait between attempts (a longer Retry-After is still honoured)
 * @param pollMin      shortest wait between polls of one job
 * @param pollMax      longest wait between polls of one job
 * @param pollFraction polls come at this fraction of the time the job has run so far (between
 *                     pollMin and pollMax), so a job is seen done at most that fraction late
 * @param concurrency  per backend, a lower limit than the backend's own (empty: the backend's)
 * @param uncertain    what to do with takes whose paid submission may have happened
 */
public record RenderOptions(Duration jobTimeout, int maxAttempts, Duration backoffBase, Duration backoffMax,
        Duration pollMin, Duration pollMax, double pollFraction, Map<String, Integer> concurrency,
        UncertainPolicy uncertain) {

    /** Takes whose submission to a paid service that cannot deduplicate may or may not have happened. */
    public enum UncertainPolicy {
        /** Leave them, report them: the user checks the service's dashboard (the default). */
        ASK,
        /** Submit them again (the user checked: they were not charged). */
        RESUBMIT,
        /** Close them without a take (the user checked: nothing to fetch). */
        FORGET
    }

    public RenderOptions {
        Objects.requireNonNull(jobTimeout);
        Objects.requireNonNull(backoffBase);
        Objects.requireNonNull(backoffMax);
        Objects.requireNonNull(pollMin);
        Objects.requireNonNull(pollMax);
        concurrency = Map.copyOf(concurrency);
        Objects.requireNonNull(uncertain);
        if (maxAttempts < 1 || !(pollFraction > 0)) {
            throw new IllegalArgumentException("maxAttempts and pollFraction must be positive");
        }
    }

    public static RenderOptions defaults() {
        return new RenderOptions(Duration.ofHours(1), 6, Duration.ofSeconds(1), Duration.ofMinutes(2),
                Duration.ofMillis(50), Duration.ofSeconds(10), 0.1, Map.of(), UncertainPolicy.ASK);
    }

    public RenderOptions withJobTimeout(Duration value) {
        return new RenderOptions(value, maxAttempts, backoffBase, backoffMax, pollMin, pollMax, pollFraction,
                concurrency, uncertain);
    }

    public RenderOptions withRetries(int attempts, Duration base, Duration max) {
        return new RenderOptions(jobTimeout, attempts, base, max, pollMin, pollMax, pollFraction, concurrency,
                uncertain);
    }

    public RenderOptions withPolling(Duration min, Duration max, double fraction) {
        return new RenderOptions(jobTimeout, maxAttempts, backoffBase, backoffMax, min, max, fraction, concurrency,
                uncertain);
    }

    public RenderOptions withConcurrency(String backend, int jobs) {
        var map = new java.util.HashMap<>(concurrency);
        map.put(backend, jobs);
        return new RenderOptions(jobTimeout, maxAttempts, backoffBase, backoffMax, pollMin, pollMax, pollFraction,
                map, uncertain);
    }

    public RenderOptions withUncertain(UncertainPolicy value) {
        return new RenderOptions(jobTimeout, maxAttempts, backoffBase, backoffMax, pollMin, pollMax, pollFraction,
                concurrency, value);
    }

    /** Jobs at once for a backend: its own limit, lowered by these options. */
    public int concurrencyFor(Backend backend) {
        int own = backend.capabilities().concurrency();
        Integer limit = concurrency.get(backend.name());
        return limit == null ? own : Math.max(1, Math.min(own, limit));
    }
}
