package dev.longtake.render.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import dev.longtake.model.TakeState;
import dev.longtake.render.Backend;
import dev.longtake.render.BackendCapabilities;
import dev.longtake.render.BackendException;
import dev.longtake.render.JobState;
import dev.longtake.render.JobStatus;
import dev.longtake.render.PlannedTake;
import dev.longtake.render.RenderEvent;
import dev.longtake.render.RenderException;
import dev.longtake.render.RenderOptions;
import dev.longtake.render.RenderRequest;
import dev.longtake.render.RenderResult.Outcome;
import dev.longtake.render.RenderResult.TakeOutcome;

/**
 * The job of one take: submit (after journaling the intent), poll by remote id, fetch into a
 * file the engine names, rename it into place, record it in the journal and the ledger, and
 * only then report it done. Retries with backoff that honours Retry-After; stops on cancel or
 * timeout at safe points (see {@link JobControl}).
 */
public final class TakeJob implements Callable<TakeOutcome> {

    /** Ends the job early with an outcome already recorded. */
    private static final class Ended extends Exception {
        private static final long serialVersionUID = 1L;
        final transient TakeOutcome outcome;

        Ended(TakeOutcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    private static final int MAX_RESUBMITS_OF_LOST_JOBS = 2;

    private final RenderRun run;
    private final PlannedTake planned;
    private final JobControl control;
    private final Backend backend;
    private final BackendCapabilities capabilities;
    private final RenderOptions options;

    private RenderRequest request;
    private String takeId;
    private String key;
    private String file;
    private String remoteId;
    private boolean succeededRemotely;
    private boolean submissionMayHaveHappened;
    private long startedNanos;
    private Semaphore permits;
    private boolean holdsPermit;

    private final int newNumber;

    /**
     * @param newNumber for a NEW take, its number among the shot's takes (given in plan order
     *                  before the jobs start, so take files follow the script); else 0
     */
    public TakeJob(RenderRun run, PlannedTake planned, int newNumber, Backend backend, JobControl control) {
        this.run = run;
        this.newNumber = newNumber;
        this.planned = planned;
        this.backend = backend;
        this.capabilities = backend.capabilities();
        this.control = control;
        this.options = run.options;
        this.request = planned.request();
    }

    @Override
    public TakeOutcome call() {
        control.bind(Thread.currentThread());
        permits = run.permits(backend);
        ScheduledFuture<?> timeout = null;
        try {
            permits.acquire();
            holdsPermit = true;
            checkStop();
            startedNanos = System.nanoTime();
            timeout = run.timer.schedule(control::timeOut, options.jobTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return execute();
        } catch (Ended e) {
            return e.outcome;
        } catch (InterruptedException e) {
            return stopped();
        } catch (IOException | RenderException e) {
            // The journal or the ledger cannot be written: what is on disk says what happened,
            // and the next render continues from there.
            String reason = "cannot record take " + (takeId == null ? "of shot " + request.shotName() : takeId) + ": "
                    + e.getMessage();
            Outcome outcome = takeId == null ? Outcome.NOT_STARTED : Outcome.LEFT_OPEN;
            return end(outcome, RenderEvent.Type.LEFT_OPEN, reason);
        } finally {
            if (timeout != null) {
                timeout.cancel(false);
            }
            releasePermit();
            control.unbind();
        }
    }

    private TakeOutcome execute() throws Ended, InterruptedException, IOException {
        switch (planned.kind()) {
            case NEW -> {
                int number = newNumber;
                takeId = TakeNumbers.id(request.shotName(), number);
                file = run.layout.relative(run.layout.takeFile(request.shotName(), number, capabilities.fileExtension()));
                key = request.hash() + "-" + number;
                journalShielded(JournalRecords.intent(takeId, number, file, key, request, backend.name(),
                        capabilities.model(), planned.estimate(), capabilities.currency()));
                emit(RenderEvent.Type.STARTED, -1, null, null);
                remoteId = submit();
            }
            case RESUBMIT, UNCERTAIN -> {
                continueEntry();
                emit(RenderEvent.Type.STARTED, -1, null, null);
                remoteId = lookUpLostSubmission().orElse(null);
                if (remoteId == null) {
                    if (planned.kind() == PlannedTake.Kind.UNCERTAIN) {
                        decideUncertain();
                    }
                    remoteId = submit();
                }
            }
            case RESUME -> {
                continueEntry();
                remoteId = planned.remoteId();
                emit(RenderEvent.Type.STARTED, -1, null, null);
            }
        }
        return follow();
    }

    /** Takes the id, file and key of the take an earlier render began. */
    private void continueEntry() {
        takeId = planned.takeId();
        JournalEntry entry = run.state.entry(takeId);
        file = entry.file();
        key = entry.idempotencyKey();
        request = entry.request();
    }

    /** For an uncertain take, what the options say: ask (stop here), resubmit or forget. */
    private void decideUncertain() throws Ended, IOException {
        switch (options.uncertain()) {
            case RESUBMIT -> {
                // The user checked the service: it was not charged.
            }
            case FORGET -> {
                journalShielded(JournalRecords.abandoned(takeId, "forgotten by the user"));
                throw new Ended(end(Outcome.NOT_STARTED, RenderEvent.Type.CANCELLED, "forgotten by the user"));
            }
            case ASK -> throw new Ended(uncertain("its submission to " + backend.name()
                    + " may have been charged; check the service, then resubmit or forget it"));
        }
    }

    // ------------------------------------------------------------------ submit

    private String submit() throws Ended, InterruptedException, IOException {
        int failures = 0;
        while (true) {
            checkStop();
            BackendException failure;
            control.shield();
            try {
                String id = validId(backend.submit(request, key));
                journal(JournalRecords.submitted(takeId, id, null));
                run.ledger.queue(ledger -> TakeRecords.upsert(ledger, run.state.entry(takeId), TakeState.SUBMITTED));
                emit(RenderEvent.Type.SUBMITTED, -1, null, null);
                return id;
            } catch (BackendException e) {
                failure = e;
            } catch (RuntimeException e) {
                failure = BackendException.outcomeUnknown("backend " + backend.name() + " failed: " + e, e);
            } finally {
                control.unshield();
            }
            switch (failure.kind()) {
                case PERMANENT -> throw new Ended(recordEnded(TakeState.FAILED,
                        backend.name() + " refused the take: " + failure.getMessage(), null));
                case OUTCOME_UNKNOWN -> {
                    submissionMayHaveHappened = true;
                    Optional<String> found = lookUpLostSubmission();
                    if (found.isPresent()) {
                        return found.get();
                    }
                    if (!capabilities.isFree() && !capabilities.idempotentSubmit()) {
                        throw new Ended(uncertain("the answer of its submission to " + backend.name()
                                + " was lost (" + failure.getMessage() + "); it may have been charged"));
                    }
                }
                case RETRYABLE -> {
                    // below
                }
            }
            failures++;
            if (failures >= options.maxAttempts()) {
                String reason = "gave up after " + failures + " attempts to submit to " + backend.name() + ": "
                        + failure.getMessage();
                if (submissionMayHaveHappened && !capabilities.isFree()) {
                    throw new Ended(uncertain(reason)); // an idempotent resubmission next time is safe
                }
                throw new Ended(recordEnded(TakeState.FAILED, reason, null));
            }
            backOff(failures, failure);
        }
    }

    /** A job submitted earlier under this take's key, if the service can look it up. */
    private Optional<String> lookUpLostSubmission() throws IOException {
        control.shield();
        try {
            Optional<String> found = backend.findSubmitted(key).map(TakeJob::validId);
            if (found.isPresent()) {
                journal(JournalRecords.submitted(takeId, found.get(), "by key"));
                run.ledger.queue(ledger -> TakeRecords.upsert(ledger, run.state.entry(takeId), TakeState.SUBMITTED));
                emit(RenderEvent.Type.SUBMITTED, -1, "found by its idempotency key", null);
            }
            return found;
        } catch (BackendException | RuntimeException | InterruptedException e) {
            return Optional.empty();
        } finally {
            control.unshield();
        }
    }

    private static String validId(String id) {
        if (id == null || id.isBlank() || id.length() > 500 || id.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalStateException("the service answered an unusable job id");
        }
        return id;
    }

    // ------------------------------------------------------------------ poll

    private TakeOutcome follow() throws Ended, InterruptedException, IOException {
        long followedSince = System.nanoTime();
        int failures = 0;
        int resubmits = 0;
        JobState lastState = null;
        double lastProgress = -2;
        while (true) {
            checkStop();
            JobStatus status;
            try {
                status = backend.poll(remoteId);
                failures = 0;
            } catch (BackendException | RuntimeException e) {
                BackendException failure = asBackendException(e);
                failures++;
                if (failures >= options.maxAttempts() || failure.kind() == BackendException.Kind.PERMANENT) {
                    return leftOpen("cannot poll job " + remoteId + " at " + backend.name() + ": " + failure.getMessage()
                            + "; the next render polls it again");
                }
                backOff(failures, failure);
                continue;
            }
            switch (status.state()) {
                case QUEUED, RUNNING -> {
                    if (status.state() != lastState || Math.abs(status.progress() - lastProgress) >= 0.01) {
                        emit(RenderEvent.Type.RUNNING, status.progress(), null, null);
                        lastState = status.state();
                        lastProgress = status.progress();
                    }
                    Thread.sleep(pollDelay(followedSince, status).toMillis());
                }
                case SUCCEEDED -> {
                    succeededRemotely = true;
                    return fetchAndRecord(status);
                }
                case FAILED -> {
                    return recordEnded(TakeState.FAILED, backend.name() + " failed the take"
                            + (status.message() == null ? "" : ": " + status.message()), status.cost());
                }
                case CANCELLED -> {
                    return recordEnded(TakeState.CANCELLED, "cancelled at " + backend.name(), status.cost());
                }
                case UNKNOWN -> {
                    boolean resubmitSafe = capabilities.isFree() || capabilities.idempotentSubmit();
                    if (!resubmitSafe || resubmits >= MAX_RESUBMITS_OF_LOST_JOBS) {
                        return recordEnded(TakeState.FAILED,
                                backend.name() + " no longer knows job " + remoteId + "; nothing to fetch", null);
                    }
                    resubmits++;
                    remoteId = submit(); // free, or deduplicated by key: no second charge
                    followedSince = System.nanoTime();
                }
            }
        }
    }

    /**
     * Where a download goes until it is complete: hidden, beside the take, keeping the take's
     * extension last because writers (FFmpeg's muxers) choose the container by it.
     */
    static Path partialFile(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String partial = dot > 0 ? name.substring(0, dot) + ".part" + name.substring(dot) : name + ".part";
        return target.resolveSibling("." + partial);
    }

    /** Polls come at a fraction of the time waited so far, within the options' bounds, or when the service says. */
    private Duration pollDelay(long followedSince, JobStatus status) {
        if (status.pollAfter() != null) {
            return max(status.pollAfter(), options.pollMin());
        }
        long waited = System.nanoTime() - followedSince;
        Duration proportional = Duration.ofNanos((long) (waited * options.pollFraction()));
        return min(max(proportional, options.pollMin()), options.pollMax());
    }

    // ------------------------------------------------------------------ fetch and record

    private TakeOutcome fetchAndRecord(JobStatus status) throws Ended, InterruptedException, IOException {
        Path target = run.layout.resolve(file);
        Files.createDirectories(target.getParent());
        Path part = partialFile(target);
        int failures = 0;
        while (true) {
            checkStop();
            emit(RenderEvent.Type.FETCHING, 0, null, null);
            try {
                Files.deleteIfExists(part);
                double[] shown = { 0 };
                backend.fetch(remoteId, status, part, fraction -> {
                    if (fraction - shown[0] >= 0.05 || (fraction >= 1 && shown[0] < 1)) {
                        shown[0] = fraction;
                        emit(RenderEvent.Type.FETCHING, Math.min(1, fraction), null, null);
                    }
                });
                if (!Files.isRegularFile(part) || Files.size(part) == 0) {
                    throw BackendException.retryable("the download of job " + remoteId + " is empty");
                }
                break;
            } catch (BackendException | RuntimeException e) {
                Files.deleteIfExists(part);
                BackendException failure = asBackendException(e);
                if (failure.kind() == BackendException.Kind.PERMANENT) {
                    return recordEnded(TakeState.FAILED, "cannot download the take from " + backend.name() + ": "
                            + failure.getMessage(), status.cost() != null ? status.cost() : estimate());
                }
                failures++;
                if (failures >= options.maxAttempts()) {
                    return leftOpen("cannot download job " + remoteId + " from " + backend.name() + ": "
                            + failure.getMessage() + "; the next render tries again");
                }
                backOff(failures, failure);
            }
        }
        control.shield();
        try {
            AtomicFiles.syncFile(part);
            String sha256 = Digests.sha256(part);
            long bytes = Files.size(part);
            AtomicFiles.moveAtomically(part, target);
            // The rename becomes durable with the ledger write that names the file (see
            // LedgerWriter); a rename lost to a power cut is fetched again by the journal's remote id.
            journal(JournalRecords.finished(takeId, file, sha256, bytes, status.cost()));
            recordInLedger(TakeState.DONE, target.getParent());
            return end(Outcome.DONE, RenderEvent.Type.DONE, null);
        } finally {
            control.unshield();
        }
    }

    /**
     * The backend's part is over (its outcome is journaled): the next job may use the service
     * while this one waits for the ledger.
     */
    private void releasePermit() {
        if (holdsPermit) {
            holdsPermit = false;
            permits.release();
        }
    }

    /** Writes the take's outcome into the ledger, waits until it is on disk, closes its journal entry. */
    private void recordInLedger(TakeState state, Path folderToSync) throws IOException {
        releasePermit();
        long change = folderToSync == null
                ? run.ledger.queue(ledger -> TakeRecords.upsert(ledger, run.state.entry(takeId), state))
                : run.ledger.queue(ledger -> TakeRecords.upsert(ledger, run.state.entry(takeId), state), folderToSync);
        run.ledger.awaitWritten(change);
        run.journalWithoutSync(JournalRecords.recorded(takeId));
    }

    private TakeOutcome recordEnded(TakeState state, String reason, BigDecimal cost) throws IOException {
        control.shield();
        try {
            journal(state == TakeState.CANCELLED ? JournalRecords.cancelled(takeId, reason, cost)
                    : JournalRecords.failed(takeId, reason, cost));
            recordInLedger(state, null);
            return state == TakeState.CANCELLED ? end(Outcome.CANCELLED, RenderEvent.Type.CANCELLED, reason)
                    : end(Outcome.FAILED, RenderEvent.Type.FAILED, reason);
        } finally {
            control.unshield();
        }
    }

    private TakeOutcome uncertain(String reason) throws IOException {
        journalShielded(JournalRecords.uncertain(takeId, reason));
        return end(Outcome.UNCERTAIN, RenderEvent.Type.UNCERTAIN, reason);
    }

    private TakeOutcome leftOpen(String reason) {
        return end(Outcome.LEFT_OPEN, RenderEvent.Type.LEFT_OPEN, reason);
    }

    // ------------------------------------------------------------------ stop

    /** After an interrupt: cancelled by the user or out of time. */
    private TakeOutcome stopped() {
        boolean timedOut = control.stop() == JobControl.Stop.TIMED_OUT;
        control.shield();
        try {
            String reason = timedOut ? "timed out after " + human(options.jobTimeout()) : "cancelled";
            if (takeId == null) {
                return end(Outcome.NOT_STARTED, RenderEvent.Type.CANCELLED, reason + " before it started");
            }
            if (remoteId == null) {
                // No submission is ever interrupted: the last attempt was answered, and refused.
                if (submissionMayHaveHappened && !capabilities.isFree()) {
                    return uncertain(reason + " while its submission was in doubt");
                }
                if (timedOut) {
                    return recordEnded(TakeState.FAILED, reason + " before " + backend.name() + " accepted it", null);
                }
                journal(JournalRecords.abandoned(takeId, reason + " before it was sent"));
                return end(Outcome.CANCELLED, RenderEvent.Type.CANCELLED, reason + " before it was sent");
            }
            if (succeededRemotely) {
                // Rendered and paid for: never thrown away. The next render fetches it.
                return leftOpen(reason + " while downloading; the next render fetches it");
            }
            cancelRemotely();
            return recordEnded(timedOut ? TakeState.FAILED : TakeState.CANCELLED,
                    reason + (timedOut ? " (cancelled at " + backend.name() + ")" : ""), null);
        } catch (IOException | RenderException e) {
            return end(Outcome.LEFT_OPEN, RenderEvent.Type.LEFT_OPEN, "cannot record take " + takeId + ": " + e.getMessage());
        } finally {
            control.unshield();
        }
    }

    private void cancelRemotely() {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                backend.cancel(remoteId);
                return;
            } catch (BackendException | RuntimeException | InterruptedException e) {
                // Best effort: the job may end on its own; its outcome is recorded either way.
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private void checkStop() throws InterruptedException {
        if (control.stop() != JobControl.Stop.NONE || run.cancelRequested() || Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
    }

    /** Waits before the next attempt: exponential with jitter, never less than the service asked. */
    private void backOff(int failures, BackendException failure) throws InterruptedException {
        long base = options.backoffBase().toMillis() << Math.min(20, failures - 1);
        long delay = Math.min(options.backoffMax().toMillis(), base);
        delay = delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1);
        if (failure.retryAfter() != null) {
            delay = Math.max(delay, failure.retryAfter().toMillis());
        }
        emit(RenderEvent.Type.RETRYING, -1, failure.getMessage() + "; attempt " + (failures + 1) + " in "
                + human(Duration.ofMillis(delay)), null);
        Thread.sleep(delay);
    }

    private static BackendException asBackendException(Exception e) {
        if (e instanceof BackendException backendException) {
            return backendException;
        }
        return BackendException.retryable(String.valueOf(e));
    }

    private BigDecimal estimate() {
        return planned.estimate() == null ? null : planned.estimate().amount();
    }

    private void journal(JournalRecord record) throws IOException {
        run.journal(record);
    }

    private void journalShielded(JournalRecord record) throws IOException {
        control.shield();
        try {
            run.journal(record);
        } finally {
            control.unshield();
        }
    }

    private TakeOutcome end(Outcome outcome, RenderEvent.Type type, String reason) {
        String shownFile = outcome == Outcome.DONE ? file : null;
        emit(type, outcome == Outcome.DONE ? 1 : -1, reason, shownFile);
        return new TakeOutcome(planned, outcome, takeId, shownFile, reason);
    }

    private void emit(RenderEvent.Type type, double progress, String message, String shownFile) {
        run.emit(new RenderEvent(type, planned, takeId, progress, message, shownFile));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static String human(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 120_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        return (ms / 60_000) + " min";
    }
}
