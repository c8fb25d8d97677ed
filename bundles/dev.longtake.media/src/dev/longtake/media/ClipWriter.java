package dev.longtake.media;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import dev.longtake.media.internal.FFmpegClipWriter;

/**
 * Writes a video file frame by frame, all or nothing. Frames go to a temporary file beside
 * the target; {@link #finish()} completes it, checks it reads back, syncs it to disk and
 * renames it over the target in one step. Closing without finishing (an exception, a
 * cancel) deletes the temporary file and leaves any existing target untouched.
 *
 * <pre>
 * try (ClipWriter clip = ClipWriter.open(target, ClipFormat.video(1280, 720, 24))) {
 *     for (BufferedImage frame : frames) {
 *         clip.write(frame);
 *     }
 *     clip.finish();
 * }
 * </pre>
 *
 * Not thread-safe: one thread writes a clip. Every native resource is released on every
 * path, including when a write fails.
 */
public interface ClipWriter extends AutoCloseable {

    /** Opens {@code target} (.mp4, .mov, .mkv, .webm or .avi) for writing in {@code format}. */
    static ClipWriter open(Path target, ClipFormat format) throws MediaException {
        return open(target, format, MediaProgress.NONE);
    }

    /**
     * As {@link #open(Path, ClipFormat)}; every write first polls {@code progress} and, if it
     * is canceled, discards the clip and throws {@link MediaCanceledException}.
     */
    static ClipWriter open(Path target, ClipFormat format, MediaProgress progress) throws MediaException {
        return FFmpegClipWriter.open(target, format, progress);
    }

    /** The file this writer will create or replace on {@link #finish()}. */
    Path target();

    ClipFormat format();

    /**
     * Appends one frame. Any image type is accepted; INT_RGB, INT_ARGB, 3BYTE_BGR and
     * 4BYTE_ABGR go straight to the encoder, others are converted first. Alpha is ignored.
     */
    void write(BufferedImage frame) throws MediaException;

    /** Appends one frame given as packed 0xAARRGGBB (or 0x00RRGGBB) pixels, row by row. */
    void writeArgb(int[] pixels) throws MediaException;

    /** Appends interleaved signed 16-bit audio samples (the format must have audio). */
    void writeSamples(short[] interleaved) throws MediaException;

    /** Frames written so far. */
    int framesWritten();

    /**
     * Completes the file and moves it to {@link #target()}, replacing what was there.
     * Afterwards the writer is closed.
     *
     * @return the target
     */
    Path finish() throws MediaException;

    /** Discards the clip unless {@link #finish()} succeeded. Never throws. */
    @Override
    void close();
}
