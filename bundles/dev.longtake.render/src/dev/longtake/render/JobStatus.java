package dev.longtake.render;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * One answer to a poll.
 *
 * @param state          the job's state
 * @param progress       0 to 1, or a negative number when the service does not say
 * @param resultLocation where the result can be downloaded from (opaque to the engine, which
 *                       hands it back to {@link Backend#fetch}); null until succeeded
 * @param message        the service's reason for a failure, readable by the user; may be null
 * @param cost           what the service says it billed, or null (the plan's estimate is used)
 * @param pollAfter      the service's hint for the next poll, or null
 */
public record JobStatus(JobState state, double progress, String resultLocation, String message, BigDecimal cost,
        Duration pollAfter) {

    public JobStatus {
        Objects.requireNonNull(state, "state");
    }

    public static JobStatus queued() {
        return new JobStatus(JobState.QUEUED, -1, null, null, null, null);
    }

    public static JobStatus running(double progress) {
        return new JobStatus(JobState.RUNNING, progress, null, null, null, null);
    }

    public static JobStatus succeeded(String resultLocation) {
        return new JobStatus(JobState.SUCCEEDED, 1, resultLocation, null, null, null);
    }

    public static JobStatus failed(String message) {
        return new JobStatus(JobState.FAILED, -1, null, message, null, null);
    }

    public static JobStatus unknown() {
        return new JobStatus(JobState.UNKNOWN, -1, null, null, null, null);
    }
}
