package dev.longtake.render;

/** A remote job's state as its service reports it. */
public enum JobState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED,
    /** The service does not know the id (expired, or held only in a process that ended). */
    UNKNOWN;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED || this == UNKNOWN;
    }
}
