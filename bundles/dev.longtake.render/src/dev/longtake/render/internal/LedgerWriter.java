package dev.longtake.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.longtake.model.Ledger;
import dev.longtake.render.LedgerStore;

/**
 * Gathers the ledger changes of concurrent jobs into few writes: a job that must see its
 * change on disk waits for a write that includes it, and one write carries every change
 * queued until then. Changes must be idempotent: a failed write queues them again.
 */
public final class LedgerWriter {

    private final LedgerStore store;
    private final Object flushLock = new Object();
    private final List<Consumer<Ledger>> pending = new ArrayList<>();
    private long queued;
    private long written;

    public LedgerWriter(LedgerStore store) {
        this.store = store;
    }

    /** Queues a change; returns its number for {@link #awaitWritten}. */
    public synchronized long queue(Consumer<Ledger> change) {
        pending.add(change);
        return ++queued;
    }

    /** Returns once the ledger on disk holds change {@code number} (writing it if no one else is). */
    public void awaitWritten(long number) {
        synchronized (flushLock) {
            List<Consumer<Ledger>> batch;
            long last;
            synchronized (this) {
                if (written >= number) {
                    return;
                }
                batch = new ArrayList<>(pending);
                pending.clear();
                last = queued;
            }
            try {
                store.update(ledger -> {
                    batch.forEach(change -> change.accept(ledger));
                    return null;
                });
            } catch (RuntimeException | Error e) {
                synchronized (this) {
                    pending.addAll(0, batch);
                }
                throw e;
            }
            synchronized (this) {
                written = last;
            }
        }
    }

    /** Writes everything queued. */
    public void flush() {
        long last;
        synchronized (this) {
            last = queued;
        }
        awaitWritten(last);
    }
}
