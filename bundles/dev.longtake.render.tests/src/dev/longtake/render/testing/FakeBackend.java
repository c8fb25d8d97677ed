package dev.longtake.render.testing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.function.Predicate;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendCapabilities;
import dev.longtake.render.BackendException;
import dev.longtake.render.JobState;
import dev.longtake.render.JobStatus;
import dev.longtake.render.RenderRequest;

/**
 * An in-memory generation service with a job lifecycle, scripted failures and counters of
 * every call, for tests of the engine.
 */
public final class FakeBackend implements Backend {

    private final String name;
    private final BackendCapabilities capabilities;
    private volatile Duration jobTime = Duration.ZERO;
    private volatile boolean neverFinish;
    private volatile Predicate<RenderRequest> failing = request -> false;
    private volatile boolean lookUpByKey;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<String, String> byKey = new ConcurrentHashMap<>();
    private final Deque<BackendException> submitFailures = new ArrayDeque<>();
    private final Deque<BackendException> pollFailures = new ArrayDeque<>();
    private final Deque<BackendException> fetchFailures = new ArrayDeque<>();

    public final AtomicInteger submits = new AtomicInteger();
    public final AtomicInteger accepted = new AtomicInteger();
    public final AtomicInteger polls = new AtomicInteger();
    public final AtomicInteger fetches = new AtomicInteger();
    public final List<String> cancelled = Collections.synchronizedList(new ArrayList<>());
    public final List<Long> submitTimes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger inFlight = new AtomicInteger();
    public final AtomicInteger maxInFlight = new AtomicInteger();

    private final class Job {
        final RenderRequest request;
        final long submittedAt = System.nanoTime();
        volatile boolean cancelledHere;
        volatile boolean ended;

        Job(RenderRequest request) {
            this.request = request;
        }
    }

    public FakeBackend(String name, BackendCapabilities capabilities) {
        this.name = name;
        this.capabilities = capabilities;
    }

    /** A free backend with any size, 8 jobs at once. */
    public static FakeBackend free(String name) {
        return new FakeBackend(name, BackendCapabilities.builder("fake").maxSeconds(60).anySizeUpTo(3840, 2160, "0")
                .concurrency(8).maxPromptLength(5000).fileExtension("mp4").build());
    }

    /** A paid backend, 0.05 USD a second at 1280x720. */
    public static FakeBackend paid(String name, boolean idempotent, int concurrency) {
        return new FakeBackend(name, BackendCapabilities.builder("fake-paid").maxSeconds(20).size(1280, 720, "0.05")
                .size(1920, 1080, "0.10").concurrency(concurrency).maxPromptLength(5000).seed(true)
                .currency("USD", java.time.LocalDate.of(2026, 11, 1)).idempotentSubmit(idempotent).build());
    }

    public FakeBackend jobTime(Duration value) {
        jobTime = value;
        return this;
    }

    public FakeBackend neverFinish() {
        neverFinish = true;
        return this;
    }

    public FakeBackend failJobs(Predicate<RenderRequest> which) {
        failing = which;
        return this;
    }

    /** The service can tell the job of an idempotency key. */
    public FakeBackend lookUpByKey() {
        lookUpByKey = true;
        return this;
    }

    public synchronized FakeBackend failNextSubmit(BackendException e) {
        submitFailures.add(e);
        return this;
    }

    public synchronized FakeBackend failNextPoll(BackendException e) {
        pollFailures.add(e);
        return this;
    }

    public synchronized FakeBackend failNextFetch(BackendException e) {
        fetchFailures.add(e);
        return this;
    }

    /** Accepts a job as if an earlier process had submitted it (and lost the answer). */
    public String acceptEarlier(RenderRequest request, String key) {
        String id = "job-" + accepted.incrementAndGet();
        jobs.put(id, new Job(request));
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        if (key != null) {
            byKey.put(key, id);
        }
        return id;
    }

    /** Forgets every job, as a service that lost them (or a restarted in-process renderer). */
    public void forgetJobs() {
        jobs.clear();
        byKey.clear();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public BackendCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public String submit(RenderRequest request, String key) throws BackendException {
        submits.incrementAndGet();
        submitTimes.add(System.nanoTime());
        BackendException failure = next(submitFailures);
        if (failure != null) {
            if (failure.kind() == BackendException.Kind.OUTCOME_UNKNOWN) {
                acceptEarlier(request, key); // accepted, but the answer is lost
            }
            throw failure;
        }
        if (capabilities.idempotentSubmit() && byKey.containsKey(key)) {
            return byKey.get(key);
        }
        return acceptEarlier(request, key);
    }

    @Override
    public JobStatus poll(String remoteId) throws BackendException {
        polls.incrementAndGet();
        BackendException failure = next(pollFailures);
        if (failure != null) {
            throw failure;
        }
        Job job = jobs.get(remoteId);
        if (job == null) {
            return JobStatus.unknown();
        }
        if (job.cancelledHere) {
            end(job);
            return new JobStatus(JobState.CANCELLED, -1, null, null, null, null);
        }
        if (failing.test(job.request)) {
            end(job);
            return JobStatus.failed("the content filter refused the prompt");
        }
        long elapsed = System.nanoTime() - job.submittedAt;
        if (neverFinish || elapsed < jobTime.toNanos()) {
            return JobStatus.running(jobTime.isZero() ? 0 : Math.min(0.99, elapsed / (double) jobTime.toNanos()));
        }
        return new JobStatus(JobState.SUCCEEDED, 1, "mem:" + remoteId, null,
                capabilities.isFree() ? null : new BigDecimal("0.05").multiply(BigDecimal.valueOf(job.request.durationSeconds())),
                null);
    }

    @Override
    public void fetch(String remoteId, JobStatus finished, Path target, DoubleConsumer progress)
            throws BackendException {
        fetches.incrementAndGet();
        BackendException failure = next(fetchFailures);
        if (failure != null) {
            throw failure;
        }
        Job job = jobs.get(remoteId);
        if (job == null) {
            throw BackendException.permanent("no result for " + remoteId);
        }
        try {
            Files.write(target, contentOf(job.request));
        } catch (IOException e) {
            throw BackendException.retryable("cannot write " + target.getFileName() + ": " + e.getMessage());
        }
        progress.accept(1);
        end(job);
    }

    /** The bytes a take of this request has. */
    public static byte[] contentOf(RenderRequest request) {
        return ("take of " + request.shotName() + " " + request.takeNumber() + " " + request.hash())
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void cancel(String remoteId) {
        cancelled.add(remoteId);
        Job job = jobs.get(remoteId);
        if (job != null) {
            job.cancelledHere = true;
            end(job);
        }
    }

    @Override
    public Optional<String> findSubmitted(String key) {
        return lookUpByKey ? Optional.ofNullable(byKey.get(key)) : Optional.empty();
    }

    private synchronized void end(Job job) {
        if (!job.ended) {
            job.ended = true;
            inFlight.decrementAndGet();
        }
    }

    private synchronized BackendException next(Deque<BackendException> failures) {
        return failures.poll();
    }
}
