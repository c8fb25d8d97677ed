package dev.longtake.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.longtake.model.TakeState;
import dev.longtake.render.RenderResult.Outcome;
import dev.longtake.render.RenderResult.TakeOutcome;
import dev.longtake.render.internal.Digests;
import dev.longtake.render.internal.JobControl;
import dev.longtake.render.internal.JournalEntry;
import dev.longtake.render.internal.JournalRecord;
import dev.longtake.render.internal.JournalRecords;
import dev.longtake.render.internal.JournalState;
import dev.longtake.render.internal.LedgerWriter;
import dev.longtake.render.internal.RenderJournal;
import dev.longtake.render.internal.RenderRun;
import dev.longtake.render.internal.TakeJob;
import dev.longtake.render.internal.TakeNumbers;
import dev.longtake.render.internal.TakeRecords;

/**
 * Renders a project's takes, crash-safely.
 * <p>
 * Opening a project takes its render lock and finishes what an earlier render that was killed
 * left: finished takes are written into the ledger, submitted ones are kept to be polled by
 * their remote id. Then {@link #plan} says what is still needed and {@link #render} runs it:
 * each backend's jobs run concurrently within its limit; the journal records each step before
 * it is taken, so a kill at any point loses no finished take and never submits a paid
 * generation twice (see README.md for the rules).
 *
 * <pre>
 * try (RenderEngine engine = RenderEngine.open(projectFolder, BackendRegistry.installed(), RenderOptions.defaults())) {
 *     RenderPlan plan = engine.plan(requests, budget);
 *     RenderResult result = engine.render(plan, listener);
 * }
 * </pre>
 */
public final class RenderEngine implements AutoCloseable {

    private final ProjectLayout layout;
    private final BackendRegistry backends;
    private final RenderOptions options;
    private final LedgerStore ledger;
    private final LedgerWriter ledgerWriter;
    private final RenderJournal journal;
    private final JournalState state;
    private final RecoveryReport recovery;
    private final Set<JobControl> running = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean rendering = new AtomicBoolean();
    private volatile boolean cancelled;

    private RenderEngine(ProjectLayout layout, BackendRegistry backends, RenderOptions options, RenderJournal journal) {
        this.layout = layout;
        this.backends = backends;
        this.options = options;
        this.ledger = LedgerStore.of(layout);
        this.ledgerWriter = new LedgerWriter(ledger);
        this.journal = journal;
        this.state = JournalState.of(journal.recovered());
        this.recovery = recover();
    }

    /**
     * Opens a project (its folder or its script) for rendering.
     *
     * @throws RenderException when another render holds the project, or its ledger or journal
     *                         cannot be read
     */
    public static RenderEngine open(Path projectOrScript, BackendRegistry backends, RenderOptions options) {
        ProjectLayout layout = ProjectLayout.of(projectOrScript);
        RenderJournal journal;
        try {
            journal = RenderJournal.open(layout.journalFolder());
        } catch (IOException e) {
            throw new RenderException(layout.journalFolder() + ": cannot open the render journal: " + e.getMessage(), e);
        }
        try {
            return new RenderEngine(layout, backends, options, journal);
        } catch (RuntimeException e) {
            try {
                journal.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    public ProjectLayout layout() {
        return layout;
    }

    public LedgerStore ledger() {
        return ledger;
    }

    /** What opening the project found and finished. */
    public RecoveryReport recovery() {
        return recovery;
    }

    /** The plan for these requests against the ledger, the journal and the budget (null for none). */
    public RenderPlan plan(List<? extends RenderRequest> requests, Money budget) {
        return RenderPlanner.plan(requests, ledger.read(), state, backends, budget);
    }

    /**
     * Runs a plan made by this engine and returns when every take has ended (or was cancelled).
     *
     * @throws RenderException           when the plan has problems
     * @throws BudgetExceededException   when the plan is above the budget
     */
    public RenderResult render(RenderPlan plan, RenderListener listener) {
        plan.requireRenderable();
        if (!rendering.compareAndSet(false, true)) {
            throw new IllegalStateException("this engine is already rendering");
        }
        cancelled = false;
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "longtake render timeouts");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<PlannedTake> work = new ArrayList<>(plan.takes());
            work.addAll(plan.uncertain());
            for (PlannedTake take : work) {
                if (take.kind() != PlannedTake.Kind.NEW && state.entry(take.takeId()) == null) {
                    throw new RenderException("the plan continues take " + take.takeId()
                            + ", which this project's journal does not hold: make the plan again");
                }
            }
            abandonUnplannedFreeIntents(work);
            RenderRun run = new RenderRun(layout, options, journal, state, ledgerWriter, timer, listener,
                    () -> cancelled);
            TakeNumbers numbers = new TakeNumbers(ledger.read(), state);
            TakeOutcome[] outcomes = new TakeOutcome[work.size()];
            try (ExecutorService jobs = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < work.size(); i++) {
                    int index = i;
                    PlannedTake take = work.get(i);
                    Backend backend = backends.get(take.backendName());
                    int number = take.kind() == PlannedTake.Kind.NEW ? numbers.next(take.shotName()) : 0;
                    JobControl control = new JobControl();
                    running.add(control);
                    if (cancelled) {
                        control.cancel();
                    }
                    jobs.submit(() -> {
                        try {
                            outcomes[index] = new TakeJob(run, take, number, backend, control).call();
                        } catch (Throwable fault) {
                            // A fault of a backend's code (a missing native library, say) fails
                            // this take, named, instead of vanishing with its thread.
                            outcomes[index] = new TakeOutcome(take, Outcome.FAILED, null, null,
                                    take.shotName() + ": " + fault);
                        } finally {
                            running.remove(control);
                        }
                    });
                }
            } // waits for every job
            ledgerWriter.flush();
            return new RenderResult(Arrays.asList(outcomes));
        } finally {
            timer.shutdownNow();
            rendering.set(false);
        }
    }

    /**
     * Closes takes an earlier render meant to send to a free backend and that this plan does
     * not continue (the script no longer asks for them): nothing was paid, nothing to keep.
     */
    private void abandonUnplannedFreeIntents(List<PlannedTake> work) {
        Set<String> continued = new java.util.HashSet<>();
        work.forEach(take -> continued.add(take.takeId()));
        try {
            for (JournalEntry entry : state.open()) {
                boolean unsent = entry.status() == JournalEntry.Status.INTENT
                        || entry.status() == JournalEntry.Status.UNCERTAIN;
                boolean free = backends.find(entry.backend()).map(b -> b.capabilities().isFree()).orElse(false);
                if (unsent && free && !continued.contains(entry.takeId())) {
                    append(JournalRecords.abandoned(entry.takeId(), "no longer in the script"));
                }
            }
        } catch (IOException e) {
            throw new RenderException(layout.journalFolder() + ": cannot write the render journal: " + e.getMessage(), e);
        }
    }

    /**
     * Stops the running render: jobs not started are dropped, remote jobs still rendering are
     * cancelled at their service and recorded as cancelled; a take already rendered is kept
     * for the next render to fetch. Returns at once; {@link #render} returns when all stopped.
     */
    public void cancel() {
        cancelled = true;
        running.forEach(JobControl::cancel);
    }

    /** Compacts the journal (keeping the takes still open) and releases the project. */
    @Override
    public void close() {
        try {
            try {
                ledgerWriter.flush();
                if (!rendering.get() && state.entries().size() > state.open().size()) {
                    journal.rewrite(state.openRecords());
                }
            } finally {
                journal.close();
            }
        } catch (IOException e) {
            throw new RenderException(layout.journalFolder() + ": cannot close the render journal: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ recovery

    /** Finishes in the ledger what the journal says happened; see {@link RecoveryReport}. */
    private RecoveryReport recover() {
        List<String> recordedDone = new ArrayList<>();
        List<String> recordedEnded = new ArrayList<>();
        List<String> refetch = new ArrayList<>();
        List<String> submitted = new ArrayList<>();
        List<String> unsent = new ArrayList<>();
        List<JournalEntry> toClose = new ArrayList<>();
        try {
            for (JournalEntry entry : state.open()) {
                switch (entry.status()) {
                    case FINISHED -> {
                        if (fileIsIntact(entry)) {
                            ledgerWriter.queue(l -> TakeRecords.upsert(l, entry, TakeState.DONE));
                            toClose.add(entry);
                            recordedDone.add(entry.takeId());
                        } else if (entry.remoteId() != null) {
                            // The file is gone or damaged: the job is polled and fetched again.
                            append(JournalRecords.submitted(entry.takeId(), entry.remoteId(), "refetch"));
                            refetch.add(entry.takeId());
                        } else {
                            append(JournalRecords.abandoned(entry.takeId(), "its file is missing and it has no remote id"));
                        }
                    }
                    case FAILED, CANCELLED -> {
                        TakeState ended = entry.status() == JournalEntry.Status.FAILED ? TakeState.FAILED
                                : TakeState.CANCELLED;
                        ledgerWriter.queue(l -> TakeRecords.upsert(l, entry, ended));
                        toClose.add(entry);
                        recordedEnded.add(entry.takeId());
                    }
                    case SUBMITTED -> {
                        ledgerWriter.queue(l -> TakeRecords.upsert(l, entry, TakeState.SUBMITTED));
                        submitted.add(entry.takeId());
                    }
                    case INTENT, UNCERTAIN -> unsent.add(entry.takeId());
                    default -> {
                        // closed entries are not open
                    }
                }
            }
            ledgerWriter.flush();
            for (JournalEntry entry : toClose) {
                append(JournalRecords.recorded(entry.takeId()));
            }
            if (state.entries().size() > state.open().size()) {
                journal.rewrite(state.openRecords());
            }
        } catch (IOException e) {
            throw new RenderException(layout.journalFolder() + ": cannot write the render journal: " + e.getMessage(), e);
        }
        return new RecoveryReport(recordedDone, recordedEnded, refetch, submitted, unsent, journal.damagedLines());
    }

    private boolean fileIsIntact(JournalEntry entry) {
        JournalRecord finished = entry.outcome();
        try {
            Path file = layout.resolve(finished.get("file"));
            return Files.isRegularFile(file) && Digests.sha256(file).equals(finished.get("sha256"));
        } catch (IOException | RenderException e) {
            return false;
        }
    }

    private void append(JournalRecord record) throws IOException {
        journal.append(record);
        state.apply(record);
    }
}
