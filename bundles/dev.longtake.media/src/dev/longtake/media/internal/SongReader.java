package dev.longtake.media.internal;

import java.nio.FloatBuffer;
import java.nio.file.Path;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import dev.longtake.media.MediaException;

/**
 * The audio of a file (the song, or a take's own sound when upscaling), decoded and converted
 * by FFmpeg to interleaved float samples at the rate and channel count asked for.
 */
final class SongReader implements AutoCloseable {

    private final Path file;
    private FFmpegFrameGrabber grabber;
    private FloatBuffer samples;
    private boolean ended;

    private SongReader(Path file, FFmpegFrameGrabber grabber) {
        this.file = file;
        this.grabber = grabber;
    }

    static SongReader open(Path file, int sampleRate, int channels) throws MediaException {
        Prober.checkReadable(file);
        FFmpegRuntime.ensureLoaded();
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toAbsolutePath().toString());
        try {
            FFmpegRuntime.inputOptions().forEach(grabber::setOption);
            grabber.setSampleMode(FrameGrabber.SampleMode.FLOAT); // interleaved float, as the writer takes it
            grabber.setSampleRate(sampleRate);
            grabber.setAudioChannels(channels);
            FFmpegRuntime.clearErrors();
            grabber.start();
            if (!grabber.hasAudio()) {
                throw new MediaException(file, "has no audio stream");
            }
            SongReader reader = new SongReader(file, grabber);
            grabber = null;
            return reader;
        } catch (MediaException e) {
            throw e;
        } catch (Exception e) {
            Prober.probe(file); // the precise reason for almost every unreadable file
            throw new MediaException(file, "cannot be opened for its audio (" + reason(e) + ")", e);
        } finally {
            if (grabber != null) {
                closeQuietly(grabber);
            }
        }
    }

    /**
     * Reads up to {@code count} interleaved samples into {@code into} from {@code offset}.
     *
     * @return how many were read, 0 only when {@code count} is 0, or -1 at the end of the audio
     */
    int read(float[] into, int offset, int count) throws MediaException {
        while (samples == null || !samples.hasRemaining()) {
            if (ended) {
                return -1;
            }
            Frame frame;
            try {
                FFmpegRuntime.clearErrors();
                frame = grabber.grabSamples();
            } catch (Exception e) {
                throw new MediaException(file, "could not be decoded: its audio is damaged or truncated (" + reason(e)
                        + ")", e);
            }
            if (frame == null || frame.samples == null) {
                ended = true;
                samples = null;
            } else {
                samples = (FloatBuffer) frame.samples[0];
            }
        }
        int n = Math.min(count, samples.remaining());
        samples.get(into, offset, n);
        return n;
    }

    private static String reason(Exception e) {
        String logged = FFmpegRuntime.lastErrors();
        return logged.isEmpty() ? String.valueOf(e.getMessage()) : e.getMessage() + ": " + logged;
    }

    private static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (Exception e) {
            // Closing frees the native side even when it reports a problem.
        }
    }

    @Override
    public void close() {
        samples = null;
        if (grabber != null) {
            closeQuietly(grabber);
            grabber = null;
        }
    }
}
