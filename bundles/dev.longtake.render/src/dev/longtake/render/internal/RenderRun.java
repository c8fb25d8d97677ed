package dev.longtake.render.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;

import dev.longtake.render.Backend;
import dev.longtake.render.ProjectLayout;
import dev.longtake.render.RenderEvent;
import dev.longtake.render.RenderListener;
import dev.longtake.render.RenderOptions;

/** What the jobs of one render share. */
public final class RenderRun {

    final ProjectLayout layout;
    final RenderOptions options;
    final RenderJournal journal;
    final JournalState state;
    final LedgerWriter ledger;
    final ScheduledExecutorService timer;
    private final RenderListener listener;
    private final BooleanSupplier cancelRequested;
    private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();

    public RenderRun(ProjectLayout layout, RenderOptions options, RenderJournal journal, JournalState state,
            LedgerWriter ledger, ScheduledExecutorService timer, RenderListener listener,
            BooleanSupplier cancelRequested) {
        this.layout = layout;
        this.options = options;
        this.journal = journal;
        this.state = state;
        this.ledger = ledger;
        this.timer = timer;
        this.listener = listener;
        this.cancelRequested = cancelRequested;
    }

    /**
     * Whether the user cancelled the whole render. Jobs check it as well as their own control:
     * a permit freed by a job that was just cancelled must not let a waiting job submit before
     * the cancel reaches that job's control.
     */
    boolean cancelRequested() {
        return cancelRequested.getAsBoolean();
    }

    /** Jobs at once per backend: a fair semaphore keeps the plan's order. */
    Semaphore permits(Backend backend) {
        return permits.computeIfAbsent(backend.name(), name -> new Semaphore(options.concurrencyFor(backend), true));
    }

    /** Appends to the journal (durably) and to the state the jobs read. */
    void journal(JournalRecord record) throws IOException {
        journal.append(record);
        state.apply(record);
    }

    /** As {@link #journal}, for a record whose loss only repeats work (see RenderJournal). */
    void journalWithoutSync(JournalRecord record) throws IOException {
        journal.appendWithoutSync(record);
        state.apply(record);
    }

    /** One event at a time; a failing listener does not stop the render. */
    void emit(RenderEvent event) {
        synchronized (listener) {
            try {
                listener.changed(event);
            } catch (RuntimeException e) {
                // The listener's fault: the render goes on, its outcome is in the result.
            }
        }
    }
}
