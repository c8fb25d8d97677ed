package dev.longtake.render;

/**
 * Follows a render. Events of all jobs are delivered one at a time (never concurrently),
 * from the jobs' threads: return quickly. DONE comes only once the take's file is in place
 * and the ledger on disk holds it.
 */
@FunctionalInterface
public interface RenderListener {

    RenderListener NONE = event -> {
    };

    void changed(RenderEvent event);
}
