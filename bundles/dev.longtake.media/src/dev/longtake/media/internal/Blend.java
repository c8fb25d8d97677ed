package dev.longtake.media.internal;

import java.nio.ByteBuffer;

/**
 * Mixes two pictures byte by byte: crossfades, and fades to and from black (a mix with a
 * black picture). YUV is linear in the RGB it encodes, so mixing the planes mixes the colours.
 * Works in chunks that stay in the CPU cache, on plain arrays the JIT can vectorise.
 */
final class Blend {

    private static final int CHUNK = 64 * 1024;

    private final byte[] first = new byte[CHUNK];
    private final byte[] second = new byte[CHUNK];

    /**
     * {@code out = a * (1 - weight) + b * weight}, rounded, with {@code weight} in 1/256ths.
     * The pictures have one size, hence one layout; the padding at the end of rows is mixed
     * along with the pixels, which is harmless and keeps the loop flat.
     */
    void mix(Picture a, Picture b, int weight, Picture out) {
        for (int plane = 0; plane < 3; plane++) {
            mix(a.plane(plane), b.plane(plane), weight, out.plane(plane));
        }
    }

    private void mix(ByteBuffer a, ByteBuffer b, int weight, ByteBuffer out) {
        int keep = 256 - weight;
        int size = out.capacity();
        for (int start = 0; start < size; start += CHUNK) {
            int length = Math.min(CHUNK, size - start);
            a.get(start, first, 0, length);
            b.get(start, second, 0, length);
            for (int i = 0; i < length; i++) {
                first[i] = (byte) (((first[i] & 0xff) * keep + (second[i] & 0xff) * weight + 128) >> 8);
            }
            out.put(start, first, 0, length);
        }
    }

    /** A weight in 1/256ths from a fraction, kept inside 0..256. */
    static int weight(double fraction) {
        return (int) Math.max(0, Math.min(256, Math.round(fraction * 256)));
    }
}
