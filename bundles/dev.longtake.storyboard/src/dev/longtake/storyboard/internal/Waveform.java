package dev.longtake.storyboard.internal;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import dev.longtake.media.MediaException;
import dev.longtake.media.Probe;

/**
 * The song's waveform: peak amplitudes per slice of time, decoded by FFmpeg (through JavaCV)
 * down-mixed to mono at a low rate, normalised to the loudest slice.
 *
 * @param seconds the song's length
 * @param peaks   peaks 0..1, {@code perSecond} of them per second
 */
public record Waveform(double seconds, float[] peaks, int perSecond) {

    /** Decoding rate: enough for peaks drawn a few pixels per second. */
    private static final int SAMPLE_RATE = 8000;

    public static Waveform of(Path song, int perSecond, IProgressMonitor monitor) throws MediaException {
        if (!Files.isRegularFile(song)) {
            throw new MediaException(song, "is missing");
        }
        double length = Probe.of(song).seconds(); // also loads FFmpeg, or says why it cannot
        int slices = Math.max(1, (int) Math.ceil(length * perSecond));
        float[] peaks = new float[slices];
        int perSlice = Math.max(1, SAMPLE_RATE / perSecond);
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(song.toAbsolutePath().toString())) {
            grabber.setSampleMode(FrameGrabber.SampleMode.FLOAT);
            grabber.setSampleRate(SAMPLE_RATE);
            grabber.setAudioChannels(1);
            grabber.start();
            if (!grabber.hasAudio()) {
                throw new MediaException(song, "has no audio stream");
            }
            long sample = 0;
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                if (frame.samples == null) {
                    continue;
                }
                FloatBuffer buffer = (FloatBuffer) frame.samples[0];
                while (buffer.hasRemaining()) {
                    float value = Math.abs(buffer.get());
                    int slice = (int) Math.min(slices - 1, sample / perSlice);
                    if (value > peaks[slice]) {
                        peaks[slice] = value;
                    }
                    sample++;
                }
            }
        } catch (FrameGrabber.Exception e) {
            throw new MediaException(song, "cannot be decoded for its waveform (" + e.getMessage() + ")", e);
        }
        float loudest = 0;
        for (float peak : peaks) {
            loudest = Math.max(loudest, peak);
        }
        if (loudest > 0) {
            for (int i = 0; i < peaks.length; i++) {
                peaks[i] /= loudest;
            }
        }
        return new Waveform(length, peaks, perSecond);
    }
}
