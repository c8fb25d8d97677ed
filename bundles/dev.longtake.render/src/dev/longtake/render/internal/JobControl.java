package dev.longtake.render.internal;

/**
 * Stops a job when asked (cancel) or when its time is up, but only where stopping is safe:
 * never inside a submission (whose answer would be lost) nor while its outcome is recorded.
 * There the request waits and the job checks it on leaving.
 */
public final class JobControl {

    /** Why a job stops. */
    public enum Stop {
        NONE, CANCELLED, TIMED_OUT
    }

    private Thread thread;
    private boolean shielded;
    private Stop stop = Stop.NONE;

    public synchronized void bind(Thread worker) {
        thread = worker;
        if (stop != Stop.NONE && !shielded) {
            worker.interrupt();
        }
    }

    public synchronized void unbind() {
        thread = null;
        Thread.interrupted();
    }

    /** Enters a part that must not be interrupted; clears a pending interrupt. */
    public synchronized void shield() {
        shielded = true;
        Thread.interrupted();
    }

    /** Leaves it; a stop asked meanwhile interrupts now. */
    public synchronized void unshield() {
        shielded = false;
        if (stop != Stop.NONE && thread != null) {
            thread.interrupt();
        }
    }

    public void cancel() {
        request(Stop.CANCELLED);
    }

    public void timeOut() {
        request(Stop.TIMED_OUT);
    }

    private synchronized void request(Stop reason) {
        if (stop == Stop.NONE) {
            stop = reason;
        }
        if (!shielded && thread != null) {
            thread.interrupt();
        }
    }

    public synchronized Stop stop() {
        return stop;
    }
}
