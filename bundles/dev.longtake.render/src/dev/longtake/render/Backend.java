package dev.longtake.render;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.DoubleConsumer;

/**
 * A generation service, seen as every real one works: submit a request, get a job id, poll
 * it, fetch the result, or cancel it.
 * <p>
 * The engine calls a backend from many threads at once, never more than
 * {@link BackendCapabilities#concurrency()} jobs at a time. Methods throw
 * {@link BackendException} to say whether a failed call may be retried; they may throw
 * {@link InterruptedException} when the engine cancels or times out a job (the engine never
 * interrupts {@link #submit}).
 * <p>
 * A backend never chooses where a file is written: {@link #fetch} gets the target path from
 * the engine, and names or URLs in a service's answers are only ever used to download.
 * Secrets (API keys) come from {@link BackendSettings} and must never appear in exception
 * messages, job ids or result locations, which are logged and journaled.
 */
public interface Backend {

    /** The name scripts use ({@code backend runway}); lower case, no spaces. */
    String name();

    BackendCapabilities capabilities();

    /**
     * Starts a job and returns the service's id for it.
     *
     * @param idempotencyKey stable for one take across retries and restarts; a backend whose
     *                       service supports idempotency keys sends it, so that sending the
     *                       same take twice starts (and bills) one job
     * @throws BackendException {@code RETRYABLE} when the service certainly did not accept the
     *                          job (429, 503 before acceptance), {@code OUTCOME_UNKNOWN} when
     *                          it may have (the connection broke after the request was sent),
     *                          {@code PERMANENT} when sending it again cannot help
     */
    String submit(RenderRequest request, String idempotencyKey) throws BackendException, InterruptedException;

    /** The job's state now. A job the service does not know (any more) is {@link JobState#UNKNOWN}. */
    JobStatus poll(String remoteId) throws BackendException, InterruptedException;

    /**
     * Downloads the result of a {@link JobState#SUCCEEDED} job into {@code target}, a file the
     * engine chose (in a folder that exists). A download that ends early must throw (retryable),
     * never leave a short file that looks complete.
     *
     * @param finished the status that reported success (its result location)
     * @param progress receives the fraction done, 0 to 1, when the backend knows it
     */
    void fetch(String remoteId, JobStatus finished, Path target, DoubleConsumer progress)
            throws BackendException, InterruptedException;

    /** Asks the service to stop the job; a job that already ended is not an error. */
    void cancel(String remoteId) throws BackendException, InterruptedException;

    /**
     * The id of a job submitted earlier with this idempotency key, when the service can look
     * it up; empty when it has none or cannot tell. The engine asks after a crash that lost the
     * answer of a submission.
     */
    default Optional<String> findSubmitted(String idempotencyKey) throws BackendException, InterruptedException {
        return Optional.empty();
    }
}
