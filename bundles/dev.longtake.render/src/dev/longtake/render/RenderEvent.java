package dev.longtake.render;

/**
 * Something happened to one take of a render.
 *
 * @param type     what happened
 * @param planned  the take of the plan
 * @param takeId   its ledger id, once it has one
 * @param progress 0 to 1 for RUNNING and FETCHING when known, else negative
 * @param message  for RETRYING, FAILED, UNCERTAIN, LEFT_OPEN: the reason, readable by the user
 * @param file     for DONE: the take's file, relative to the project folder
 */
public record RenderEvent(Type type, PlannedTake planned, String takeId, double progress, String message, String file) {

    /** The steps of a take's job. DONE, FAILED, CANCELLED, UNCERTAIN and LEFT_OPEN end it. */
    public enum Type {
        STARTED, SUBMITTED, RUNNING, FETCHING, RETRYING, DONE, FAILED, CANCELLED, UNCERTAIN, LEFT_OPEN;

        public boolean isFinal() {
            return ordinal() >= DONE.ordinal();
        }
    }
}
