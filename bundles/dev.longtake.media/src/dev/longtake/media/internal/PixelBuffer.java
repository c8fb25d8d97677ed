package dev.longtake.media.internal;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_ABGR;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR0;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB0;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

import org.bytedeco.javacpp.BytePointer;

/**
 * One frame's worth of native memory that Java pixels are copied into for the encoder. The
 * memory is allocated once per clip and freed on {@link #close()}, not left to the garbage
 * collector. Packed-int pixels are laid out little-endian, so 0xAARRGGBB lands in memory as
 * B, G, R, A: FFmpeg's bgr0 (alpha ignored).
 */
final class PixelBuffer implements AutoCloseable {

    private final int width;
    private final int height;
    private final BytePointer memory;
    private final ByteBuffer bytes;
    private final IntBuffer ints;
    private BufferedImage scratch;

    private int channels;
    private int pixelFormat;

    PixelBuffer(int width, int height) {
        this.width = width;
        this.height = height;
        long size = (long) width * height * 4;
        this.memory = new BytePointer(size);
        this.bytes = memory.capacity(size).asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        this.ints = bytes.asIntBuffer();
    }

    ByteBuffer bytes() {
        return bytes;
    }

    /** Bytes per pixel of what was loaded last: 3 or 4. */
    int channels() {
        return channels;
    }

    /** The FFmpeg pixel format of what was loaded last. */
    int pixelFormat() {
        return pixelFormat;
    }

    /** Copies packed 0xAARRGGBB pixels, {@code width * height} of them. */
    void loadArgb(int[] pixels) {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException(pixels.length + " pixels given for a " + width + "x" + height
                    + " frame, which needs " + width * height);
        }
        ints.clear();
        ints.put(pixels);
        channels = 4;
        pixelFormat = AV_PIX_FMT_BGR0;
    }

    /** Copies {@code image}, straight from its raster when its layout allows. */
    void load(BufferedImage image) {
        if (image.getWidth() != width || image.getHeight() != height) {
            throw new IllegalArgumentException("frame is " + image.getWidth() + "x" + image.getHeight()
                    + " but the clip is " + width + "x" + height);
        }
        WritableRaster raster = image.getRaster();
        boolean plain = raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                && raster.getDataBuffer().getNumBanks() == 1;
        int type = image.getType();
        if (plain && (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB
                || type == BufferedImage.TYPE_INT_ARGB_PRE || type == BufferedImage.TYPE_INT_BGR)) {
            DataBufferInt buffer = (DataBufferInt) raster.getDataBuffer();
            int stride = ((SinglePixelPackedSampleModel) raster.getSampleModel()).getScanlineStride();
            copyInts(buffer.getData(), buffer.getOffset(), stride);
            channels = 4;
            // INT_BGR is 0x00BBGGRR: R, G, B, x in little-endian memory.
            pixelFormat = type == BufferedImage.TYPE_INT_BGR ? AV_PIX_FMT_RGB0 : AV_PIX_FMT_BGR0;
        } else if (plain && (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_4BYTE_ABGR)) {
            DataBufferByte buffer = (DataBufferByte) raster.getDataBuffer();
            int pixelBytes = type == BufferedImage.TYPE_3BYTE_BGR ? 3 : 4;
            int stride = ((ComponentSampleModel) raster.getSampleModel()).getScanlineStride();
            copyBytes(buffer.getData(), buffer.getOffset(), stride, width * pixelBytes);
            channels = pixelBytes;
            pixelFormat = pixelBytes == 3 ? AV_PIX_FMT_BGR24 : AV_PIX_FMT_ABGR;
        } else {
            // Indexed, grey, custom or sub-images: let Java2D convert them once.
            if (scratch == null) {
                scratch = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            }
            Graphics2D g = scratch.createGraphics();
            try {
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
            DataBufferInt buffer = (DataBufferInt) scratch.getRaster().getDataBuffer();
            copyInts(buffer.getData(), 0, width);
            channels = 4;
            pixelFormat = AV_PIX_FMT_BGR0;
        }
    }

    private void copyInts(int[] data, int offset, int stride) {
        ints.clear();
        if (stride == width) {
            ints.put(data, offset, width * height);
        } else {
            for (int y = 0; y < height; y++) {
                ints.put(data, offset + y * stride, width);
            }
        }
    }

    private void copyBytes(byte[] data, int offset, int stride, int rowBytes) {
        bytes.clear();
        if (stride == rowBytes) {
            bytes.put(data, offset, rowBytes * height);
        } else {
            for (int y = 0; y < height; y++) {
                bytes.put(data, offset + y * stride, rowBytes);
            }
        }
        bytes.clear();
    }

    @Override
    public void close() {
        memory.close();
    }
}
