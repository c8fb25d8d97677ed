package dev.longtake.render.animatic;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendCapabilities;
import dev.longtake.render.BackendException;
import dev.longtake.render.JobStatus;
import dev.longtake.render.RenderRequest;
import dev.longtake.render.animatic.internal.AnimaticPainter;

/**
 * The built-in backend: offline, free, deterministic. For each request it draws a real video
 * of the request's length, size and frame rate (title card, one drawn place per beat with a
 * caption, the camera move as motion) and writes it through a {@link ClipSinkFactory}.
 * <p>
 * It follows the job lifecycle of every backend: {@code submit} queues the request in this
 * process, {@code poll} reports it ready, and {@code fetch} draws it straight into the file
 * the engine names (so the work runs within the engine's concurrency limit, one job per core).
 * A job id from a process that ended is {@code UNKNOWN}; as the backend is free the engine
 * simply submits again.
 */
public final class AnimaticBackend implements Backend {

    public static final String NAME = "animatic";

    private final ClipSinkFactory sinks;
    private final BackendCapabilities capabilities;
    private final Map<String, RenderRequest> jobs = new ConcurrentHashMap<>();
    private final AtomicLong submitted = new AtomicLong();

    /** With the built-in Motion-JPEG AVI writer, one job per processor. */
    public AnimaticBackend() {
        this(ClipSinkFactory.mjpegAvi(), Runtime.getRuntime().availableProcessors());
    }

    public AnimaticBackend(ClipSinkFactory sinks, int concurrency) {
        this.sinks = Objects.requireNonNull(sinks, "sinks");
        this.capabilities = BackendCapabilities.builder("animatic 1").maxSeconds(600).anySizeUpTo(3840, 2160, "0")
                .imageInput(true).extend(true).seed(true).maxPromptLength(100_000)
                .concurrency(Math.max(1, concurrency)).currency("USD", LocalDate.of(2026, 11, 22))
                .idempotentSubmit(true).fileExtension(sinks.fileExtension()).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public BackendCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public String submit(RenderRequest request, String idempotencyKey) throws BackendException {
        if (request.width() <= 0 || request.height() <= 0 || request.width() > 3840 || request.height() > 2160
                || !(request.fps() > 0 && request.fps() <= 240) || !(request.durationSeconds() > 0)) {
            throw BackendException.permanent("the animatic cannot render " + request.width() + "x"
                    + request.height() + " at " + request.fps() + " fps for " + request.durationSeconds() + " s");
        }
        String id = "animatic-" + submitted.incrementAndGet() + "-" + Math.abs(Objects.hashCode(idempotencyKey));
        jobs.put(id, request);
        return id;
    }

    @Override
    public JobStatus poll(String remoteId) {
        return jobs.containsKey(remoteId) ? JobStatus.succeeded(remoteId) : JobStatus.unknown();
    }

    @Override
    public void fetch(String remoteId, JobStatus finished, Path target, DoubleConsumer progress)
            throws BackendException, InterruptedException {
        RenderRequest request = jobs.get(remoteId);
        if (request == null) {
            throw BackendException.permanent("animatic job " + remoteId + " is not known to this process");
        }
        render(request, target, progress);
        jobs.remove(remoteId);
    }

    /** Draws the request's video into {@code target}. */
    public void render(RenderRequest request, Path target, DoubleConsumer progress)
            throws BackendException, InterruptedException {
        AnimaticPainter painter = new AnimaticPainter(request);
        int frames = painter.frameCount();
        ClipSink sink;
        try {
            sink = sinks.open(target, request.width(), request.height(), request.fps());
        } catch (IOException e) {
            throw BackendException.retryable("cannot write " + target.getFileName() + ": " + e.getMessage());
        }
        boolean finished = false;
        try {
            for (int i = 0; i < frames; i++) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                sink.write(painter.paint(i));
                if (i % 24 == 23) {
                    progress.accept((i + 1) / (double) frames);
                }
            }
            sink.close();
            finished = true;
            progress.accept(1);
        } catch (IOException e) {
            throw BackendException.retryable("cannot write " + target.getFileName() + ": " + e.getMessage());
        } finally {
            if (!finished) {
                sink.abort();
            }
        }
    }

    @Override
    public void cancel(String remoteId) {
        jobs.remove(remoteId);
    }
}
