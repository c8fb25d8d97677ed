package dev.longtake.media.internal;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * One output frame in native memory: planar YUV 4:2:0, 8 bits, the three planes back to back
 * without padding (the layout the encoder takes without conversion). Pictures are counted
 * references: a take's current picture may be sent to the encoder several times (a held frame)
 * while the decoding side still holds it; the last {@link #release()} gives it back to its
 * {@link PicturePool}. Native memory is freed by the pool, not by the garbage collector.
 */
final class Picture {

    /** Limited-range black: Y 16, U and V 128. */
    static final byte BLACK_LUMA = 16;
    static final byte NEUTRAL_CHROMA = (byte) 128;

    final int width;
    final int height;
    private final BytePointer memory;
    private final ByteBuffer bytes;
    private final PointerPointer<BytePointer> planes;
    private final IntPointer strides;
    private final PicturePool pool;
    private final AtomicInteger references = new AtomicInteger();

    Picture(int width, int height, PicturePool pool) {
        this.width = width;
        this.height = height;
        this.pool = pool;
        long size = size(width, height);
        this.memory = new BytePointer(size);
        this.bytes = memory.capacity(size).asByteBuffer();
        this.planes = new PointerPointer<>(3);
        this.strides = new IntPointer(3);
        for (int plane = 0; plane < 3; plane++) {
            planes.put(plane, memory.getPointer(offset(plane)));
            strides.put(plane, plane == 0 ? width : width / 2);
        }
    }

    static long size(int width, int height) {
        return (long) width * height * 3 / 2;
    }

    /** Where {@code plane} (0 Y, 1 U, 2 V) starts in the buffer. */
    long offset(int plane) {
        long luma = (long) width * height;
        return plane == 0 ? 0 : plane == 1 ? luma : luma + luma / 4;
    }

    /** The whole picture, all three planes. Absolute access only: its position is never moved. */
    ByteBuffer bytes() {
        return bytes;
    }

    /** The three plane pointers, for swscale. */
    PointerPointer<BytePointer> planes() {
        return planes;
    }

    /** The three line sizes, for swscale. */
    IntPointer strides() {
        return strides;
    }

    /** A pointer to {@code plane} at pixel row {@code y}, column {@code x} of that plane. */
    Pointer at(int plane, int x, int y) {
        long stride = plane == 0 ? width : width / 2;
        return memory.getPointer(offset(plane) + y * stride + x);
    }

    /** Fills the picture with black. */
    void fillBlack() {
        long luma = (long) width * height;
        Pointer.memset(memory, BLACK_LUMA, luma);
        Pointer.memset(memory.getPointer(luma), NEUTRAL_CHROMA & 0xff, luma / 2);
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

    /** Frees the native memory; only the pool calls this, once nothing uses the picture. */
    void free() {
        planes.close();
        strides.close();
        memory.close();
    }
}
