package dev.longtake.media.internal;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV422P10LE;

import java.awt.image.BufferedImage;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.util.OptionalLong;

import org.bytedeco.javacpp.ShortPointer;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import dev.longtake.media.ClipFormat;
import dev.longtake.media.ClipWriter;
import dev.longtake.media.FFmpegBuild;
import dev.longtake.media.MediaCanceledException;
import dev.longtake.media.MediaException;
import dev.longtake.media.MediaInfo;
import dev.longtake.media.MediaProgress;

/**
 * {@link ClipWriter} on JavaCV's FFmpegFrameRecorder. The recorder writes a hidden temporary
 * file; {@link #finish()} stops it (flushing the encoders and writing the index), reads the
 * result back, and renames it over the target. Any failure releases the recorder without
 * writing a trailer and deletes the temporary file.
 */
public final class FFmpegClipWriter implements ClipWriter {

    private final Path target;
    private final Path temp;
    private final ClipFormat format;
    private final MediaProgress progress;
    private final String encoder;
    private FFmpegFrameRecorder recorder;
    private PixelBuffer pixels;
    private ShortPointer samples;
    private int frames;
    private boolean finished;

    private FFmpegClipWriter(Path target, Path temp, ClipFormat format, MediaProgress progress, String encoder,
            FFmpegFrameRecorder recorder) {
        this.target = target;
        this.temp = temp;
        this.format = format;
        this.progress = progress;
        this.encoder = encoder;
        this.recorder = recorder;
        this.pixels = new PixelBuffer(format.width(), format.height());
    }

    public static ClipWriter open(Path target, ClipFormat format, MediaProgress progress) throws MediaException {
        Path absolute = AtomicFiles.writableTarget(target);
        String muxer = Containers.muxerFor(absolute);
        FFmpegBuild build = FFmpegBuild.current();
        String video = chooseVideoEncoder(build, format, muxer);
        String audio = null;
        if (format.hasAudio()) {
            audio = build.requireAudioEncoder(format.audioEncoder().orElse(Containers.defaultAudioEncoder(muxer)));
        }
        if (progress.isCanceled()) {
            throw new MediaCanceledException(target);
        }
        Path temp = AtomicFiles.createTempBeside(absolute);
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(temp.toString(), format.width(), format.height(),
                format.channels());
        try {
            configure(recorder, format, muxer, video, audio);
            FFmpegRuntime.clearErrors();
            recorder.start();
        } catch (Exception e) {
            releaseQuietly(recorder);
            AtomicFiles.deleteQuietly(temp);
            throw new MediaException(target, "cannot start writing " + format + " with " + video + " ("
                    + reason(e) + ")", e);
        }
        try {
            return new FFmpegClipWriter(absolute, temp, format, progress, video, recorder);
        } catch (RuntimeException | Error e) {
            // Allocating the frame buffer failed: the started recorder must not outlive it.
            releaseQuietly(recorder);
            AtomicFiles.deleteQuietly(temp);
            throw e;
        }
    }

    private static String chooseVideoEncoder(FFmpegBuild build, ClipFormat format, String muxer) throws MediaException {
        if (format.videoEncoder().isPresent()) {
            return build.requireVideoEncoder(format.videoEncoder().get());
        }
        if (muxer.equals("webm")) {
            for (String name : Containers.WEBM_VIDEO_ENCODERS) {
                if (build.videoEncoders().contains(name)) {
                    return name;
                }
            }
            return build.requireVideoEncoder(Containers.WEBM_VIDEO_ENCODERS.get(0));
        }
        return build.defaultVideoEncoder();
    }

    private static void configure(FFmpegFrameRecorder recorder, ClipFormat format, String muxer, String video,
            String audio) {
        recorder.setFormat(muxer);
        recorder.setVideoCodecName(video);
        recorder.setPixelFormat(pixelFormatFor(video));
        recorder.setFrameRate(format.fps());
        recorder.setVideoBitrate(format.videoBitrate());
        // A keyframe every second keeps trimming and seeking in the assembly cheap.
        recorder.setGopSize(Math.max(1, (int) Math.round(format.fps())));
        if (video.equals("libopenh264")) {
            // openh264 only spreads a frame over threads by slices; one slice per core.
            recorder.setVideoOption("slices", String.valueOf(Runtime.getRuntime().availableProcessors()));
        }
        if (audio != null) {
            recorder.setAudioCodecName(audio);
            recorder.setSampleRate(format.sampleRate());
            recorder.setAudioBitrate(Math.min(320_000, 64_000 * format.channels()));
        }
        if (Containers.isIsoMedia(muxer)) {
            // Without use_metadata_tags MP4 drops every tag but a fixed few (title, comment, ...).
            recorder.setOption("movflags", format.fastStart() ? "use_metadata_tags+faststart" : "use_metadata_tags");
        }
        format.tags().forEach(recorder::setMetadata);
    }

    /** ProRes takes 4:2:2 10-bit (prores_ks refuses 4:2:0); everything else here is written as 4:2:0. */
    private static int pixelFormatFor(String video) {
        return video.startsWith("prores") ? AV_PIX_FMT_YUV422P10LE : AV_PIX_FMT_YUV420P;
    }

    @Override
    public Path target() {
        return target;
    }

    @Override
    public ClipFormat format() {
        return format;
    }

    @Override
    public int framesWritten() {
        return frames;
    }

    @Override
    public void write(BufferedImage frame) throws MediaException {
        ensureWritable();
        pixels.load(frame);
        recordPixels();
    }

    @Override
    public void writeArgb(int[] argb) throws MediaException {
        ensureWritable();
        pixels.loadArgb(argb);
        recordPixels();
    }

    private void recordPixels() throws MediaException {
        try {
            recorder.recordImage(format.width(), format.height(), Frame.DEPTH_UBYTE, pixels.channels(),
                    format.width() * pixels.channels(), pixels.pixelFormat(), pixels.bytes());
            frames++;
        } catch (Exception e) {
            throw failed("frame " + (frames + 1) + " could not be encoded", e);
        }
    }

    @Override
    public void writeSamples(short[] interleaved) throws MediaException {
        if (!format.hasAudio()) {
            throw new IllegalStateException("the clip format " + format + " has no audio track");
        }
        ensureWritable();
        if (samples == null || samples.capacity() < interleaved.length) {
            if (samples != null) {
                samples.close();
            }
            samples = new ShortPointer(Math.max(interleaved.length, 8192));
        }
        ShortBuffer buffer = samples.position(0).limit(interleaved.length).asBuffer();
        buffer.put(interleaved).flip();
        try {
            recorder.recordSamples(format.sampleRate(), format.channels(), buffer);
        } catch (Exception e) {
            throw failed("audio could not be encoded", e);
        }
    }

    @Override
    public Path finish() throws MediaException {
        ensureWritable();
        if (frames == 0) {
            throw failed("no frames were written", null);
        }
        try {
            FFmpegRuntime.clearErrors();
            recorder.stop();
        } catch (Exception e) {
            throw failed("could not be completed", e);
        } finally {
            releaseResources();
        }
        try {
            verify();
        } catch (MediaException e) {
            AtomicFiles.deleteQuietly(temp);
            throw e;
        }
        AtomicFiles.commit(temp, target);
        finished = true;
        return target;
    }

    /** Reads the new file back before it replaces anything: a bad clip must not replace a good one. */
    private void verify() throws MediaException {
        MediaInfo info;
        try {
            info = Prober.probe(temp);
        } catch (MediaException e) {
            throw new MediaException(target, "was written but does not read back (" + e.problem() + ")", e);
        }
        OptionalLong stored = info.video().map(MediaInfo.VideoStream::frameCount).orElse(OptionalLong.empty());
        if (info.video().isEmpty() || stored.isPresent() && stored.getAsLong() != frames) {
            throw new MediaException(target, "was written with " + frames + " frames but reads back with "
                    + (info.video().isEmpty() ? "no video" : stored.getAsLong() + " frames"));
        }
    }

    @Override
    public void close() {
        if (finished) {
            return;
        }
        releaseResources();
        AtomicFiles.deleteQuietly(temp);
    }

    private void ensureWritable() throws MediaException {
        if (finished || recorder == null) {
            throw new IllegalStateException(target + ": the clip writer is already "
                    + (finished ? "finished" : "closed"));
        }
        if (progress.isCanceled()) {
            close();
            throw new MediaCanceledException(target);
        }
    }

    /** Discards the clip and describes the failure. */
    private MediaException failed(String what, Exception cause) {
        String reason = cause == null ? "" : " (" + reason(cause) + ")";
        close();
        return new MediaException(target, what + " with " + encoder + reason, cause);
    }

    private static String reason(Exception e) {
        String logged = FFmpegRuntime.lastErrors();
        return logged.isEmpty() ? String.valueOf(e.getMessage()) : e.getMessage() + ": " + logged;
    }

    private void releaseResources() {
        if (recorder != null) {
            releaseQuietly(recorder);
            recorder = null;
        }
        if (pixels != null) {
            pixels.close();
            pixels = null;
        }
        if (samples != null) {
            samples.close();
            samples = null;
        }
    }

    /** Frees the recorder without writing a trailer (after stop() it only frees). */
    private static void releaseQuietly(FFmpegFrameRecorder recorder) {
        try {
            recorder.release();
        } catch (Exception e) {
            // Already failing or done; the native memory is freed either way.
        }
    }
}
