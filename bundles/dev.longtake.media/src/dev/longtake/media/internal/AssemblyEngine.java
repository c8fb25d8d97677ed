package dev.longtake.media.internal;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV422P10LE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import dev.longtake.media.AssemblyMetadata;
import dev.longtake.media.AssemblyPlan;
import dev.longtake.media.AssemblyPlan.Segment;
import dev.longtake.media.AssemblyResult;
import dev.longtake.media.AssemblyWarning;
import dev.longtake.media.ClipFormat;
import dev.longtake.media.FFmpegBuild;
import dev.longtake.media.MediaCanceledException;
import dev.longtake.media.MediaException;
import dev.longtake.media.MediaInfo;
import dev.longtake.media.MediaProgress;

/**
 * Makes a video from an {@link AssemblyPlan} in one pass, on two threads: the calling thread
 * decodes the takes, scales them (Lanczos) and mixes transitions into output pictures; an
 * encoder thread encodes them with the song's audio. A bounded queue of pictures sits
 * between the two, so neither runs ahead of the other by more than a few frames.
 *
 * <p>Everything that can be checked before encoding is checked first (every take and the song
 * probed, the encoder present, the output folder writable), so that a bad file fails in a
 * second, not after minutes of work. Outputs are written beside their targets, verified by
 * probing, and renamed over them only when all of them are complete.
 */
public final class AssemblyEngine {

    /** Pictures waiting between the threads: enough to ride over a take being opened. */
    private static final int QUEUE = 6;
    /** Audio of the assembled video: 48 kHz stereo AAC, the usual for video. */
    private static final int SAMPLE_RATE = 48_000;
    private static final int CHANNELS = 2;
    private static final int AUDIO_BITRATE = 192_000;

    /** What differs between an assembly and an upscale. */
    record Job(AssemblyPlan plan, Path target, AssemblyMetadata metadata, boolean writeManifest, int sampleRate,
            int channels, int audioBitrate, String task) {
    }

    private final Job job;
    private final AssemblyPlan plan;
    private final MediaProgress progress;
    private final List<AssemblyWarning> warnings = Collections.synchronizedList(new ArrayList<>());

    private AssemblyEngine(Job job, MediaProgress progress) {
        this.job = job;
        this.plan = job.plan();
        this.progress = progress;
    }

    /** Assembles {@code plan} into {@code target}, with a provenance sidecar. */
    public static AssemblyResult assemble(AssemblyPlan plan, Path target, AssemblyMetadata metadata,
            MediaProgress progress) throws MediaException {
        return new AssemblyEngine(new Job(plan, target, metadata, true, SAMPLE_RATE, CHANNELS, AUDIO_BITRATE,
                "Assembling " + target.getFileName()), progress).run();
    }

    /**
     * Scales {@code source} to {@code width} x {@code height}: a plan of one segment, the whole
     * clip at its own frame rate, with its own sound as the "song" (no fades) and no sidecar.
     */
    public static AssemblyResult upscale(Path source, Path target, int width, int height, String encoder, int bitrate,
            MediaProgress progress) throws MediaException {
        AtomicFiles.writableTarget(target);
        MediaInfo info = Prober.probe(source);
        MediaInfo.VideoStream stream = info.video().orElseThrow(() -> new MediaException(source, "has no video stream"));
        if (!(stream.fps() > 0 && stream.fps() <= 240)) {
            throw new MediaException(source, "has no usable frame rate (" + stream.fps() + " fps)");
        }
        long frames = stream.frameCount().orElse(Math.round(info.seconds() * stream.fps()));
        if (frames < 1) {
            throw new MediaException(source, "has no frames");
        }
        double length = frames / stream.fps();
        AssemblyPlan.Builder plan = AssemblyPlan.builder(width, height, stream.fps()).length(length).songFades(0, 0)
                .add(Segment.of(source, 0, length, 0)).videoBitrate(bitrate);
        if (encoder != null) {
            plan.videoEncoder(encoder);
        }
        int sampleRate = SAMPLE_RATE;
        int channels = CHANNELS;
        if (info.audio().isPresent()) {
            plan.song(source);
            sampleRate = Math.max(8000, Math.min(96_000, info.audio().get().sampleRate()));
            channels = Math.max(1, Math.min(8, info.audio().get().channels()));
        }
        String title = info.tags().getOrDefault("title", source.getFileName().toString());
        AssemblyMetadata metadata = AssemblyMetadata.titled(title).withComment(String.format(Locale.ROOT,
                "%s upscaled from %dx%d to %dx%d (Lanczos) by %s", source.getFileName(), stream.width(), stream.height(),
                width, height, BuildInfo.generator()));
        Job job = new Job(plan.build(), target, metadata, false, sampleRate, channels, 0,
                "Upscaling " + source.getFileName());
        return new AssemblyEngine(job, progress).run();
    }

    /** Writes the provenance sidecar of an existing {@code video} made from {@code plan}. */
    public static Path writeManifest(Path video, AssemblyPlan plan, AssemblyMetadata metadata) throws MediaException {
        Path sidecar = AtomicFiles.writableTarget(ProvenanceJson.sidecarFor(video));
        MediaInfo info = Prober.probe(video);
        Map<Path, String> hashes = new LinkedHashMap<>();
        for (Segment segment : plan.segments()) {
            if (!hashes.containsKey(segment.source())) {
                Prober.checkReadable(segment.source());
                hashes.put(segment.source(), Hashing.sha256(segment.source()));
            }
        }
        if (plan.song().isPresent()) {
            Prober.checkReadable(plan.song().get());
            hashes.put(plan.song().get(), Hashing.sha256(plan.song().get()));
        }
        Path master = AssemblyEngine.sibling(video, ".master.mov");
        String json = ProvenanceJson.manifest(plan, metadata, video, Hashing.sha256(video), info, hashes,
                plan.proresMaster() && Files.exists(master) ? master : null);
        Path temp = AtomicFiles.createTempBeside(sidecar);
        write(temp, sidecar, json);
        AtomicFiles.commit(temp, sidecar);
        return sidecar;
    }

    private AssemblyResult run() throws MediaException {
        Path target = AtomicFiles.writableTarget(job.target());
        Path masterTarget = plan.proresMaster() ? AtomicFiles.writableTarget(sibling(target, ".master.mov")) : null;
        Path manifestTarget = job.writeManifest()
                ? AtomicFiles.writableTarget(ProvenanceJson.sidecarFor(target)) : null;
        String muxer = Containers.muxerFor(target);
        if (!Containers.isIsoMedia(muxer) && !muxer.equals("matroska")) {
            throw new MediaException(target,
                    "cannot be written: assembled and upscaled videos are .mp4, .mov or .mkv files");
        }
        FFmpegBuild build = FFmpegBuild.current();
        String encoder = plan.videoEncoder().isPresent() ? build.requireVideoEncoder(plan.videoEncoder().get())
                : build.defaultVideoEncoder();
        build.requireAudioEncoder("aac");
        if (masterTarget != null) {
            build.requireVideoEncoder("prores_ks");
            build.requireAudioEncoder("pcm_s16le");
        }

        // Every input, checked (and hashed for the manifest) before anything is written.
        Map<Path, String> hashes = new LinkedHashMap<>();
        for (Segment segment : plan.segments()) {
            Path source = segment.source();
            if (!hashes.containsKey(source)) {
                MediaInfo info = Prober.probe(source);
                if (info.video().isEmpty()) {
                    throw new MediaException(source, "has no video stream (segment " + number(segment) + ", "
                            + segment.label() + ")");
                }
                hashes.put(source, job.writeManifest() ? Hashing.sha256(source) : "");
            }
            checkCanceled(target);
        }
        double songSeconds = 0;
        Path song = plan.song().orElse(null);
        if (song != null) {
            MediaInfo info = Prober.probe(song);
            if (info.audio().isEmpty()) {
                throw new MediaException(song, "has no audio stream, so it cannot be the song");
            }
            songSeconds = info.seconds();
            if (job.writeManifest()) {
                hashes.put(song, Hashing.sha256(song));
            }
        }
        double length = plan.length().orElse(songSeconds);
        long frames = Timeline.frame(length, plan.fps());
        if (frames < 1) {
            throw new MediaException(song != null ? song : target, String.format(Locale.ROOT,
                    "gives the video a length of %.3f s, less than one frame", length));
        }
        if (frames > Integer.MAX_VALUE / 2) {
            throw new MediaException(target, "would have " + frames + " frames, more than a video can have here");
        }
        if (song != null && songSeconds + 1 / plan.fps() < frames / plan.fps()) {
            warnings.add(new AssemblyWarning(0, song, String.format(Locale.ROOT,
                    "lasts %.2f s, less than the video (%.2f s); the rest is silent", songSeconds, frames / plan.fps())));
        }
        Timeline timeline = Timeline.of(plan, frames);
        warnings.addAll(timeline.warnings());

        Map<String, String> tags = tags();
        long bitrate = ClipFormat.video(plan.width(), plan.height(), plan.fps()).bitrate(plan.videoBitrate()).videoBitrate();
        long audioBitrate = job.audioBitrate() > 0 ? job.audioBitrate() : Math.min(320_000, 64_000L * job.channels());
        checkCanceled(target);
        progress.begin(job.task(), (int) frames);
        OutputFile video = null;
        OutputFile master = null;
        Path manifestTemp = null;
        boolean done = false;
        try {
            video = OutputFile.open(target, new OutputFile.Settings(plan.width(), plan.height(), plan.fps(), encoder,
                    AV_PIX_FMT_YUV420P, bitrate, song != null ? "aac" : null, job.sampleRate(), job.channels(),
                    audioBitrate, Containers.isIsoMedia(muxer), tags));
            if (masterTarget != null) {
                master = OutputFile.open(masterTarget, new OutputFile.Settings(plan.width(), plan.height(), plan.fps(),
                        "prores_ks", AV_PIX_FMT_YUV422P10LE, 0, song != null ? "pcm_s16le" : null, job.sampleRate(),
                        job.channels(), 0, false, tags));
            }
            AssemblyResult.Pipeline pipeline = encode(timeline, song, video, master, target);

            long finishing = System.nanoTime();
            video.complete();
            if (master != null) {
                master.complete();
            }
            checkOutput(video.completedFile(), target, frames, song != null);
            if (master != null) {
                checkOutput(master.completedFile(), masterTarget, frames, song != null);
            }
            if (manifestTarget != null) {
                String json = ProvenanceJson.manifest(plan, job.metadata(), target, Hashing.sha256(video.completedFile()),
                        Prober.probe(video.completedFile()), hashes, masterTarget);
                manifestTemp = AtomicFiles.createTempBeside(manifestTarget);
                write(manifestTemp, manifestTarget, json);
            }
            checkCanceled(target);
            video.commit();
            if (master != null) {
                master.commit();
            }
            if (manifestTemp != null) {
                AtomicFiles.commit(manifestTemp, manifestTarget);
                manifestTemp = null;
            }
            done = true;
            MediaInfo info = Prober.probe(target);
            pipeline = new AssemblyResult.Pipeline(pipeline.decodeBusy(), pipeline.decodeWait(), pipeline.encodeBusy(),
                    pipeline.encodeWait(), (System.nanoTime() - finishing) / 1e9);
            return new AssemblyResult(target, Optional.ofNullable(masterTarget), Optional.ofNullable(manifestTarget), info,
                    (int) frames, video.videoEncoder(), List.copyOf(warnings), pipeline);
        } finally {
            if (video != null) {
                video.close(); // discards the temporary file unless committed
            }
            if (master != null) {
                master.close();
            }
            if (!done) {
                AtomicFiles.deleteQuietly(manifestTemp);
            }
        }
    }

    /** The container tags: title, generator, comment, the compact provenance and the caller's own. */
    private Map<String, String> tags() {
        Map<String, String> tags = new LinkedHashMap<>();
        AssemblyMetadata metadata = job.metadata();
        if (metadata == null) {
            return tags;
        }
        tags.put("title", metadata.title());
        tags.put("generator", metadata.generator());
        String sidecar = ProvenanceJson.sidecarFor(job.target()).getFileName().toString();
        tags.put("comment", metadata.comment() != null ? metadata.comment()
                : String.format(Locale.ROOT, "Made with %s from %d AI-generated takes%s", metadata.generator(),
                        plan.segments().stream().map(Segment::source).distinct().count(),
                        job.writeManifest() ? "; provenance in " + sidecar : ""));
        if (job.writeManifest()) {
            tags.put("longtake_provenance", ProvenanceJson.compactTag(plan));
            tags.put("longtake_manifest", sidecar);
        }
        tags.putAll(metadata.tags());
        return tags;
    }

    // ---- the two threads ------------------------------------------------------------------------

    /** One frame on its way to the encoder; {@link #END} closes the stream. */
    private record Item(long frame, Picture picture) {
    }

    private static final Item END = new Item(-1, null);

    /** A take being shown, with its place on the timeline. */
    private record Showing(Timeline.Placed placed, Track track) {
    }

    /**
     * Produces every frame on this thread and encodes on another. Returns the time each spent
     * working and waiting. On any failure or cancel the encoder thread is stopped and joined
     * before this returns, and every picture and track is released.
     */
    private AssemblyResult.Pipeline encode(Timeline timeline, Path song, OutputFile video, OutputFile master,
            Path target) throws MediaException {
        BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
        PicturePool pool = new PicturePool(plan.width(), plan.height(), QUEUE + 5);
        Picture black = null;
        Encoder encoder = null;
        Thread thread = null;
        List<Showing> showing = new ArrayList<>(2);
        try {
            black = new Picture(plan.width(), plan.height(), null);
            black.fillBlack();
            encoder = new Encoder(queue, video, master, song, timeline.frames(), plan.fps(), job.sampleRate(),
                    job.channels(), plan.songFadeIn(), plan.songFadeOut());
            thread = new Thread(encoder, "longtake-encode " + target.getFileName());
            thread.setDaemon(true);
            thread.start();
            Encoder running = encoder;
            BooleanSupplier stop = () -> running.failed() || progress.isCanceled();
            Blend blend = new Blend();
            List<Timeline.Placed> placed = timeline.placed();
            int nextToOpen = 0;
            long reported = 0;
            long busy = 0;
            long waiting = 0;
            for (long frame = 0; frame < timeline.frames(); frame++) {
                long started = System.nanoTime();
                checkCanceled(target);
                running.rethrowFailure();
                long encoded = running.encodedFrames();
                if (encoded > reported) {
                    progress.worked((int) (encoded - reported));
                    reported = encoded;
                }
                // Close the takes that are over, open the ones that begin here.
                for (int i = showing.size() - 1; i >= 0; i--) {
                    if (showing.get(i).placed().end() <= frame) {
                        Showing over = showing.remove(i);
                        reportHeld(over);
                        over.track().close();
                    }
                }
                while (nextToOpen < placed.size() && placed.get(nextToOpen).start() <= frame) {
                    Timeline.Placed next = placed.get(nextToOpen++);
                    Segment segment = next.segment();
                    Track track = Track.open(segment.source(), segment.sourceIn(), plan.width(), plan.height(),
                            plan.fps(), plan.scaler());
                    showing.add(new Showing(next, track));
                }
                Picture picture = compose(frame, showing, pool, black, blend, stop);
                if (picture == null) {
                    running.rethrowFailure();
                    throw new MediaCanceledException(target);
                }
                long composed = System.nanoTime();
                busy += composed - started;
                try {
                    while (!queue.offer(new Item(frame, picture), 50, TimeUnit.MILLISECONDS)) {
                        running.rethrowFailure();
                        checkCanceled(target);
                    }
                } catch (MediaException | RuntimeException | InterruptedException e) {
                    picture.release();
                    throw e;
                }
                waiting += System.nanoTime() - composed;
            }
            for (Showing last : showing) {
                reportHeld(last);
            }
            while (!queue.offer(END, 50, TimeUnit.MILLISECONDS)) {
                running.rethrowFailure();
            }
            thread.join();
            running.rethrowFailure();
            progress.worked((int) (timeline.frames() - reported));
            return new AssemblyResult.Pipeline(busy / 1e9, waiting / 1e9, running.busyNanos() / 1e9,
                    running.waitNanos() / 1e9, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaCanceledException(target);
        } finally {
            for (Showing open : showing) {
                open.track().close();
            }
            if (thread != null) {
                encoder.stop();
                joinQuietly(thread);
            }
            // The encoder has stopped: what is still queued can go back, and the memory with it.
            for (Item item = queue.poll(); item != null; item = queue.poll()) {
                if (item.picture() != null) {
                    item.picture().release();
                }
            }
            if (black != null) {
                black.free();
            }
            pool.close();
        }
    }

    /**
     * The picture for {@code frame}, with one reference for the queue: black, a take's picture
     * as it is, faded toward black, or two takes mixed. Null when stopped while waiting.
     */
    private Picture compose(long frame, List<Showing> showing, PicturePool pool, Picture black, Blend blend,
            BooleanSupplier stop) throws MediaException, InterruptedException {
        if (showing.isEmpty()) {
            return black.retain();
        }
        double fps = plan.fps();
        if (showing.size() == 1) {
            Timeline.Placed placed = showing.get(0).placed();
            Picture picture = showing.get(0).track().pictureAt(placed.sourceTime(frame, fps), pool, stop);
            if (picture == null) {
                return null;
            }
            double brightness = placed.brightness(frame);
            if (brightness >= 1) {
                return picture.retain();
            }
            Picture faded = pool.take(stop);
            if (faded != null) {
                blend.mix(picture, black, Blend.weight(1 - brightness), faded);
            }
            return faded;
        }
        // Two takes overlap only in a crossfade; the list is in timeline order.
        Showing outgoing = showing.get(0);
        Showing incoming = showing.get(1);
        Picture a = outgoing.track().pictureAt(outgoing.placed().sourceTime(frame, fps), pool, stop);
        Picture b = a == null ? null : incoming.track().pictureAt(incoming.placed().sourceTime(frame, fps), pool, stop);
        Picture mixed = b == null ? null : pool.take(stop);
        if (mixed != null) {
            blend.mix(a, b, Timeline.crossfadeWeight(outgoing.placed(), incoming.placed(), frame), mixed);
        }
        return mixed;
    }

    /** Reports a take that ran out before its segment did. */
    private void reportHeld(Showing showing) {
        Track track = showing.track();
        Timeline.Placed segment = showing.placed();
        if (track.heldFrames() > 0) {
            Segment planned = segment.segment();
            double shown = track.heldFrom() - planned.sourceIn();
            warnings.add(new AssemblyWarning(segment.number(), track.file(), String.format(Locale.ROOT,
                    "ends %.2f s into segment %d (%s), which lasts %.2f s; its last frame is held for %.2f s (%d frames)",
                    Math.max(0, shown), segment.number(), planned.label(), planned.duration(),
                    track.heldFrames() / plan.fps(), track.heldFrames())));
        }
    }

    /**
     * The encoder thread: takes pictures off the queue, writes the song's samples up to the end
     * of each frame, then the frame, to the video and the master. Its failure is kept for the
     * producing thread to rethrow.
     */
    private static final class Encoder implements Runnable {

        private final BlockingQueue<Item> queue;
        private final OutputFile video;
        private final OutputFile master;
        private final Path song;
        private final long frames;
        private final double fps;
        private final int sampleRate;
        private final int channels;
        private final long fadeIn;
        private final long fadeOut;
        private final long totalSamples;
        private final AtomicLong encoded = new AtomicLong();
        private volatile boolean stopped;
        private volatile Throwable failure;
        private volatile long busy;
        private volatile long waiting;
        private long samplesWritten;
        private float[] chunk;

        Encoder(BlockingQueue<Item> queue, OutputFile video, OutputFile master, Path song, long frames,
                double fps, int sampleRate, int channels, double fadeInSeconds, double fadeOutSeconds) {
            this.queue = queue;
            this.video = video;
            this.master = master;
            this.song = song;
            this.frames = frames;
            this.fps = fps;
            this.sampleRate = sampleRate;
            this.channels = channels;
            this.fadeIn = Math.round(fadeInSeconds * sampleRate);
            this.fadeOut = Math.round(fadeOutSeconds * sampleRate);
            this.totalSamples = samplesAt(frames);
        }

        @Override
        public void run() {
            SongReader audio = null;
            try {
                if (song != null) {
                    audio = SongReader.open(song, sampleRate, channels);
                    chunk = new float[4096 * channels];
                }
                while (!stopped) {
                    long started = System.nanoTime();
                    Item item = queue.poll(50, TimeUnit.MILLISECONDS);
                    long taken = System.nanoTime();
                    waiting += taken - started;
                    if (item == null) {
                        continue;
                    }
                    if (item == END) {
                        if (audio != null) {
                            writeAudio(audio, totalSamples);
                        }
                        busy += System.nanoTime() - taken;
                        return;
                    }
                    try {
                        if (audio != null) {
                            writeAudio(audio, samplesAt(item.frame() + 1));
                        }
                        video.writeVideo(item.picture());
                        if (master != null) {
                            master.writeVideo(item.picture());
                        }
                    } finally {
                        item.picture().release();
                    }
                    encoded.incrementAndGet();
                    busy += System.nanoTime() - taken;
                }
            } catch (Throwable e) {
                failure = e;
            } finally {
                if (audio != null) {
                    audio.close();
                }
            }
        }

        private long samplesAt(long frame) {
            return Math.round(frame / fps * sampleRate);
        }

        /** Writes the song up to sample frame {@code until}, faded, padded with silence past its end. */
        private void writeAudio(SongReader audio, long until) throws MediaException {
            while (samplesWritten < until) {
                int wanted = (int) Math.min(chunk.length / channels, until - samplesWritten);
                int filled = 0;
                while (filled < wanted * channels) {
                    int read = audio.read(chunk, filled, wanted * channels - filled);
                    if (read < 0) {
                        Arrays.fill(chunk, filled, wanted * channels, 0f);
                        break;
                    }
                    filled += read;
                }
                applyFades(wanted);
                video.writeAudio(chunk, wanted);
                if (master != null) {
                    master.writeAudio(chunk, wanted);
                }
                samplesWritten += wanted;
            }
        }

        private void applyFades(int count) {
            for (int i = 0; i < count; i++) {
                long at = samplesWritten + i;
                float gain = 1;
                if (at < fadeIn) {
                    gain = at / (float) fadeIn;
                }
                if (at >= totalSamples - fadeOut) {
                    gain = Math.min(gain, (totalSamples - at) / (float) fadeOut);
                }
                if (gain < 1) {
                    for (int c = 0; c < channels; c++) {
                        chunk[i * channels + c] *= gain;
                    }
                }
            }
        }

        long encodedFrames() {
            return encoded.get();
        }

        long busyNanos() {
            return busy;
        }

        long waitNanos() {
            return waiting;
        }

        boolean failed() {
            return failure != null;
        }

        void stop() {
            stopped = true;
        }

        /** Rethrows the encoder thread's failure on the calling thread, if there was one. */
        void rethrowFailure() throws MediaException {
            Throwable e = failure;
            if (e == null) {
                return;
            }
            if (e instanceof MediaException media) {
                throw media;
            }
            if (e instanceof Error error) {
                throw error;
            }
            throw new MediaException(video.target(), "could not be written (" + e + ")", e);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** The output must read back with every frame, the audio if there is a song, and the planned length. */
    private void checkOutput(Path written, Path target, long frames, boolean audio) throws MediaException {
        MediaInfo info;
        try {
            info = Prober.probe(written);
        } catch (MediaException e) {
            throw new MediaException(target, "was written but does not read back (" + e.problem() + ")", e);
        }
        double expected = frames / plan.fps();
        if (audio && info.audio().isEmpty()) {
            throw new MediaException(target, "was written without its audio");
        }
        if (Math.abs(info.seconds() - expected) > 1 / plan.fps() + 1e-6) {
            throw new MediaException(target, String.format(Locale.ROOT,
                    "was written %.3f s long but should last %.3f s", info.seconds(), expected));
        }
    }

    private void checkCanceled(Path target) throws MediaCanceledException {
        if (progress.isCanceled()) {
            throw new MediaCanceledException(target);
        }
    }

    private int number(Segment segment) {
        return plan.segments().indexOf(segment) + 1;
    }

    private static void write(Path temp, Path target, String text) throws MediaException {
        try {
            Files.write(temp, text.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            AtomicFiles.deleteQuietly(temp);
            throw new MediaException(target, "could not be written (" + e.getMessage() + ")", e);
        }
    }

    /** {@code cut.mp4} with {@code .master.mov} gives {@code cut.master.mov} beside it. */
    static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + suffix);
    }

    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the encoder must be gone before its memory is freed
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
