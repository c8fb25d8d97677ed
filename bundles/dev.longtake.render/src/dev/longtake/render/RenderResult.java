package dev.longtake.render;

import java.util.List;

/** How each take of a rendered plan ended. */
public record RenderResult(List<TakeOutcome> outcomes) {

    public RenderResult {
        outcomes = List.copyOf(outcomes);
    }

    /** How one take's job ended. */
    public enum Outcome {
        /** The file is in place and in the ledger. */
        DONE,
        /** The service failed it, refused it, or it timed out; in the ledger as failed. */
        FAILED,
        /** Cancelled by the user; in the ledger as cancelled if it had been submitted. */
        CANCELLED,
        /** Its paid submission may have happened; left for the user to decide. */
        UNCERTAIN,
        /** Submitted, but the service could not be reached to finish it; the next render resumes it. */
        LEFT_OPEN,
        /** Cancelled before it started: nothing was sent. */
        NOT_STARTED
    }

    /**
     * @param planned the take of the plan
     * @param outcome how it ended
     * @param takeId  its ledger id, or null when it never got one
     * @param file    the take's file relative to the project, for DONE
     * @param message the reason, for the other outcomes
     */
    public record TakeOutcome(PlannedTake planned, Outcome outcome, String takeId, String file, String message) {
    }

    public long count(Outcome outcome) {
        return outcomes.stream().filter(o -> o.outcome() == outcome).count();
    }

    public boolean allDone() {
        return outcomes.stream().allMatch(o -> o.outcome() == Outcome.DONE);
    }
}
