package dev.longtake.render;

/**
 * One generation of a render plan.
 *
 * @param request  what to render
 * @param kind     new, or the continuation of a take a previous render left open
 * @param estimate the estimated cost, or null when the backend has no price for it
 * @param takeId   the ledger id of a take that is continued; null for a new take (its id is
 *                 given when its job starts)
 * @param remoteId the service's job id of a take that is resumed; else null
 */
public record PlannedTake(RenderRequest request, Kind kind, Money estimate, String takeId, String remoteId) {

    /** Why the take is in the plan. */
    public enum Kind {
        /** Not yet rendered: submitted when its turn comes. */
        NEW,
        /** Submitted by an earlier render that ended: polled by its remote id, never submitted again. */
        RESUME,
        /**
         * An earlier render meant to submit it and may have, but its answer was lost; the backend
         * is free, or deduplicates by idempotency key, so it is sent again under the same take id
         * and key.
         */
        RESUBMIT,
        /**
         * As RESUBMIT, but the backend is paid and cannot deduplicate: it may have been charged.
         * Not sent again unless the render's options say so.
         */
        UNCERTAIN
    }

    public String shotName() {
        return request.shotName();
    }

    public String backendName() {
        return request.backendName();
    }
}
