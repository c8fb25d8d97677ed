package dev.longtake.media.internal;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_buffer_is_writable;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

import org.bytedeco.ffmpeg.avutil.AVBufferRef;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.Pointer;

/**
 * One output frame: planar YUV 4:2:0, 8 bits, in an FFmpeg frame with reference-counted
 * buffers, so that encoders take it by reference instead of copying it. Two counts keep it
 * safe to reuse: ours (a take's current picture may be queued several times, a held frame,
 * while the decoding side still holds it; the last {@link #release()} gives it back to its
 * {@link PicturePool}), and FFmpeg's (an encoder may keep a reference a little longer; the
 * pool hands a picture out again only when no encoder does, see {@link #writable()}).
 * The native frame is freed by the pool, not by the garbage collector.
 */
final class Picture {

    /** Limited-range black: Y 16, U and V 128. */
    static final int BLACK_LUMA = 16;
    static final int NEUTRAL_CHROMA = 128;

    final int width;
    final int height;
    private AVFrame frame;
    private final ByteBuffer[] planes = new ByteBuffer[3];
    private final int[] strides = new int[3];
    private final PicturePool pool;
    private final AtomicInteger references = new AtomicInteger();

    Picture(int width, int height, PicturePool pool) {
        this.width = width;
        this.height = height;
        this.pool = pool;
        frame = av_frame_alloc();
        if (frame == null) {
            throw new OutOfMemoryError("no memory for a " + width + "x" + height + " picture");
        }
        frame.format(AV_PIX_FMT_YUV420P).width(width).height(height);
        // Alignment 0: FFmpeg's own choice for SIMD, the same as the frames of its filters.
        if (av_frame_get_buffer(frame, 0) < 0) {
            av_frame_free(frame);
            frame = null;
            throw new OutOfMemoryError("no memory for a " + width + "x" + height + " picture");
        }
        for (int plane = 0; plane < 3; plane++) {
            strides[plane] = frame.linesize(plane);
            long size = (long) strides[plane] * rows(plane);
            planes[plane] = frame.data(plane).capacity(size).asByteBuffer();
        }
    }

    /** The FFmpeg frame (for swscale and the encoders); its fields belong to the thread that owns the picture. */
    AVFrame frame() {
        return frame;
    }

    /** Plane {@code plane} (0 Y, 1 U, 2 V): {@link #rows} rows of {@link #stride} bytes. Absolute access only. */
    ByteBuffer plane(int plane) {
        return planes[plane];
    }

    int stride(int plane) {
        return strides[plane];
    }

    int rows(int plane) {
        return plane == 0 ? height : height / 2;
    }

    int columns(int plane) {
        return plane == 0 ? width : width / 2;
    }

    /** A pointer to {@code plane} at row {@code y}, column {@code x} of that plane. */
    Pointer at(int plane, int x, int y) {
        return frame.data(plane).getPointer((long) y * strides[plane] + x);
    }

    /** Fills the picture with black. */
    void fillBlack() {
        for (int plane = 0; plane < 3; plane++) {
            Pointer.memset(frame.data(plane), plane == 0 ? BLACK_LUMA : NEUTRAL_CHROMA,
                    (long) strides[plane] * rows(plane));
        }
    }

    /** True when no encoder still holds a reference to the pixels, so they may be overwritten. */
    boolean writable() {
        // FFmpeg may put all planes in one buffer or give each its own.
        for (int i = 0; i < 3; i++) {
            AVBufferRef buffer = frame.buf(i);
            if (buffer != null && !buffer.isNull() && av_buffer_is_writable(buffer) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Takes one more reference; returns this. */
    Picture retain() {
        references.incrementAndGet();
        return this;
    }

    /** Drops a reference; the last one gives the picture back to its pool. Any thread may call this. */
    void release() {
        int left = references.decrementAndGet();
        if (left == 0 && pool != null) {
            pool.giveBack(this);
        } else if (left < 0) {
            throw new IllegalStateException("a picture was released more often than it was retained");
        }
    }

    /** Frees the frame; FFmpeg frees the pixels once the last encoder reference is gone too. */
    void free() {
        if (frame != null) {
            av_frame_free(frame);
            frame = null;
        }
    }
}
