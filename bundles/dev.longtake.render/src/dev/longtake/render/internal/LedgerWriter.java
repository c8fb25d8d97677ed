package dev.longtake.render.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import dev.longtake.model.Ledger;
import dev.longtake.render.LedgerStore;
import dev.longtake.render.RenderException;

/**
 * Gathers the ledger changes of concurrent jobs into few writes: a job that must see its
 * change on disk waits for a write that includes it, and one write carries every change
 * queued until then. Changes must be idempotent: a failed write queues them again.
 */
public final class LedgerWriter {

    private final LedgerStore store;
    /** A lock, not a monitor: jobs wait here on virtual threads while one of them writes. */
    private final ReentrantLock flushLock = new ReentrantLock();
    private final List<Consumer<Ledger>> pending = new ArrayList<>();
    /** Folders whose new entries (renamed take files) must be durable before the ledger names them. */
    private final Set<Path> foldersToSync = new LinkedHashSet<>();
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

    /**
     * Queues a change that names a file just renamed into {@code folder}: the folder is synced
     * (once for all the changes written together) before the ledger is.
     */
    public synchronized long queue(Consumer<Ledger> change, Path folder) {
        foldersToSync.add(folder);
        return queue(change);
    }

    /** Returns once the ledger on disk holds change {@code number} (writing it if no one else is). */
    public void awaitWritten(long number) {
        flushLock.lock();
        try {
            List<Consumer<Ledger>> batch;
            List<Path> folders;
            long last;
            synchronized (this) {
                if (written >= number) {
                    return;
                }
                batch = new ArrayList<>(pending);
                pending.clear();
                folders = new ArrayList<>(foldersToSync);
                foldersToSync.clear();
                last = queued;
            }
            try {
                for (Path folder : folders) {
                    AtomicFiles.syncFolder(folder);
                }
                store.update(ledger -> {
                    batch.forEach(change -> change.accept(ledger));
                    return null;
                });
            } catch (IOException e) {
                synchronized (this) {
                    pending.addAll(0, batch);
                    foldersToSync.addAll(folders);
                }
                throw new RenderException("cannot sync the folder of a take: " + e.getMessage(), e);
            } catch (RuntimeException | Error e) {
                synchronized (this) {
                    pending.addAll(0, batch);
                    foldersToSync.addAll(folders);
                }
                throw e;
            }
            synchronized (this) {
                written = last;
            }
        } finally {
            flushLock.unlock();
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
