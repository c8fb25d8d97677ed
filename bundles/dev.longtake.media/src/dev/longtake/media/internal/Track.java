package dev.longtake.media.internal;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_move_ref;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.swscale.SWS_LANCZOS;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.PointerPointer;

import dev.longtake.media.MediaException;

/**
 * One take being read for its segment: decodes it, picks for each output frame the source
 * frame shown at that time, and scales that frame to the output size with swscale's Lanczos
 * filter (aspect kept; a take of another shape is letterboxed or pillarboxed on black).
 * Only frames that are shown are scaled: frames skipped after a seek or by a frame-rate
 * change are decoded and dropped. When the take ends early its last frame is held, and the
 * held frames are counted for the warning.
 */
final class Track implements AutoCloseable {

    /** The scaler for every take: Lanczos (3 lobes), as the ffmpeg command's scale=...:flags=lanczos. */
    static final int SCALER_FLAGS = SWS_LANCZOS;

    /** swscale's flags for a scaler name of {@link dev.longtake.media.AssemblyPlan#SCALERS}. */
    static int scalerFlags(String name) {
        return switch (name == null ? "lanczos" : name) {
            case "spline" -> org.bytedeco.ffmpeg.global.swscale.SWS_SPLINE;
            case "bicubic" -> org.bytedeco.ffmpeg.global.swscale.SWS_BICUBIC;
            case "bilinear" -> org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
            default -> SWS_LANCZOS;
        };
    }

    private int flags = SCALER_FLAGS;

    private final Path file;
    private final int width;
    private final int height;
    private final double halfOutputFrame;
    private VideoDecoder decoder;
    private AVFrame pending;
    private AVFrame candidate;
    private boolean hasPending;
    private boolean hasCandidate;
    private boolean ended;
    private Picture current;
    private double currentEnd;
    private int decodedFrames;
    private int heldFrames;
    private double heldFrom = -1;

    private SwsContext scaler;
    private PointerPointer<BytePointer> boxPlanes;
    private int sourceWidth;
    private int sourceHeight;
    private int sourceFormat = -1;
    private int boxX;
    private int boxY;
    private int boxWidth;
    private int boxHeight;

    private Track(Path file, int width, int height, double fps, VideoDecoder decoder) {
        this.file = file;
        this.width = width;
        this.height = height;
        this.halfOutputFrame = 0.5 / fps;
        this.decoder = decoder;
    }

    /**
     * Opens {@code file} positioned for showing it from {@code sourceIn} seconds, into
     * pictures of {@code width} x {@code height} at {@code fps}.
     */
    static Track open(Path file, double sourceIn, int width, int height, double fps, String scaler)
            throws MediaException {
        Track track = open(file, sourceIn, width, height, fps);
        track.flags = scalerFlags(scaler);
        return track;
    }

    static Track open(Path file, double sourceIn, int width, int height, double fps) throws MediaException {
        VideoDecoder decoder = VideoDecoder.open(file);
        Track track = new Track(file, width, height, fps, decoder);
        try {
            track.pending = av_frame_alloc();
            track.candidate = av_frame_alloc();
            track.boxPlanes = new PointerPointer<>(3);
            if (track.pending == null || track.candidate == null) {
                throw new MediaException(file, "cannot be decoded: out of memory for frames");
            }
            // Seeking pays only past the first keyframes; our takes have one every second or so.
            if (sourceIn > 1.0) {
                decoder.seekBefore(sourceIn);
            }
            return track;
        } catch (MediaException | RuntimeException | Error e) {
            track.close();
            throw e;
        }
    }

    Path file() {
        return file;
    }

    /** Output frames for which the take had ended and its last frame was shown again. */
    int heldFrames() {
        return heldFrames;
    }

    /** Where in the take its pictures ran out (the end of its last frame), or -1 if they never did. */
    double heldFrom() {
        return heldFrom;
    }

    /**
     * The picture to show at {@code sourceTime} seconds into the take: the last frame that
     * starts no later than half an output frame after it (the nearest frame when rates
     * match). The picture belongs to the track; retain it to keep it.
     *
     * @param pool where new pictures come from
     * @param stop polled while waiting for a free picture
     * @return the picture, or null when {@code stop} answered true while waiting
     */
    Picture pictureAt(double sourceTime, PicturePool pool, BooleanSupplier stop) throws MediaException,
            InterruptedException {
        double limit = sourceTime + halfOutputFrame;
        while (!ended) {
            if (!hasPending) {
                hasPending = decoder.next(pending);
                if (!hasPending) {
                    ended = true;
                    break;
                }
                decodedFrames++;
            }
            double time = decoder.timeOf(pending);
            boolean nothingYet = current == null && !hasCandidate;
            if (time > limit && !nothingYet) {
                break;
            }
            // A later frame that is due replaces the one waiting to be scaled, unscaled.
            av_frame_unref(candidate);
            av_frame_move_ref(candidate, pending);
            hasCandidate = true;
            hasPending = false;
            currentEnd = time + decoder.durationOf(candidate);
            if (time > limit) {
                break; // the take starts late: show its first frame until it is due
            }
        }
        if (hasCandidate) {
            Picture scaled = pool.take(stop);
            if (scaled == null) {
                return null;
            }
            try {
                scale(candidate, scaled);
            } catch (MediaException | RuntimeException e) {
                scaled.release();
                throw e;
            }
            av_frame_unref(candidate);
            hasCandidate = false;
            if (current != null) {
                current.release();
            }
            current = scaled;
        }
        if (current == null) {
            throw new MediaException(file, decodedFrames == 0 ? "has no picture that can be decoded"
                    : "has no picture at that time");
        }
        if (ended && sourceTime + halfOutputFrame >= currentEnd) {
            if (heldFrom < 0) {
                heldFrom = currentEnd;
            }
            heldFrames++;
        }
        return current;
    }

    /** Scales a decoded frame into {@code target}, fitted and centred. */
    private void scale(AVFrame frame, Picture target) throws MediaException {
        if (frame.width() != sourceWidth || frame.height() != sourceHeight || frame.format() != sourceFormat) {
            fit(frame.width(), frame.height(), frame.format());
        }
        scaler = sws_getCachedContext(scaler, sourceWidth, sourceHeight, sourceFormat, boxWidth, boxHeight,
                AV_PIX_FMT_YUV420P, flags, null, null, (DoublePointer) null);
        if (scaler == null) {
            throw new MediaException(file, "cannot be scaled from " + sourceWidth + "x" + sourceHeight + " to "
                    + boxWidth + "x" + boxHeight + " (its pixel format " + sourceFormat + " is not supported)");
        }
        AVFrame out = target.frame();
        int rows;
        if (boxWidth != width || boxHeight != height) {
            target.fillBlack();
            for (int plane = 0; plane < 3; plane++) {
                int shift = plane == 0 ? 0 : 1;
                boxPlanes.put(plane, target.at(plane, boxX >> shift, boxY >> shift));
            }
            rows = sws_scale(scaler, frame.data(), frame.linesize(), 0, sourceHeight, boxPlanes, out.linesize());
        } else {
            rows = sws_scale(scaler, frame.data(), frame.linesize(), 0, sourceHeight, out.data(), out.linesize());
        }
        if (rows <= 0) {
            throw new MediaException(file, "a frame could not be scaled to " + width + "x" + height);
        }
    }

    /** The largest even-sized box of the source's shape inside the output, centred on even pixels. */
    private void fit(int w, int h, int format) {
        sourceWidth = w;
        sourceHeight = h;
        sourceFormat = format;
        double scale = Math.min(width / (double) w, height / (double) h);
        boxWidth = Math.min(width, Math.max(2, (int) Math.round(w * scale / 2) * 2));
        boxHeight = Math.min(height, Math.max(2, (int) Math.round(h * scale / 2) * 2));
        boxX = (width - boxWidth) / 4 * 2;
        boxY = (height - boxHeight) / 4 * 2;
    }

    @Override
    public void close() {
        if (current != null) {
            current.release();
            current = null;
        }
        if (pending != null) {
            av_frame_free(pending);
            pending = null;
        }
        if (candidate != null) {
            av_frame_free(candidate);
            candidate = null;
        }
        if (scaler != null) {
            sws_freeContext(scaler);
            scaler = null;
        }
        if (boxPlanes != null) {
            boxPlanes.close();
            boxPlanes = null;
        }
        if (decoder != null) {
            decoder.close();
            decoder = null;
        }
    }
}
