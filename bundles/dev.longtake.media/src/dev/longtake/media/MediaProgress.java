package dev.longtake.media;

/**
 * Progress and cancellation for long media operations (frame extraction, contact sheets,
 * writing clips). It has no Eclipse dependency so that the media bundle runs headless; the
 * workbench adapts its progress monitor to it. Calls come on the thread doing the work.
 */
public interface MediaProgress {

    /** Reports nothing and never cancels. */
    MediaProgress NONE = new MediaProgress() {
    };

    /** The operation starts {@code task} and will report {@code totalUnits} units of work. */
    default void begin(String task, int totalUnits) {
    }

    /** {@code units} more units of work are done. */
    default void worked(int units) {
    }

    /**
     * Polled between units of work; once it answers true the operation stops, removes what
     * it was writing and throws {@link MediaCanceledException}.
     */
    default boolean isCanceled() {
        return false;
    }
}
