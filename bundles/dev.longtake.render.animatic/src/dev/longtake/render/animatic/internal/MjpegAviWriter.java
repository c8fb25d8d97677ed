package dev.longtake.render.animatic.internal;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import dev.longtake.render.animatic.ClipSink;
import dev.longtake.render.animatic.ClipSinkFactory;

/**
 * Writes Motion-JPEG video in a RIFF AVI 1.0 container: one JPEG per frame (the JDK's
 * encoder), an {@code idx1} index, and the header's counts and sizes patched in at close.
 * Nothing in the file depends on the time or place it was written, so the same frames give
 * the same bytes.
 * <p>
 * Layout: {@code RIFF 'AVI ' [LIST 'hdrl' [avih] [LIST 'strl' [strh] [strf]]] [LIST 'movi'
 * ['00dc' jpeg]...] [idx1]}. AVI 1.0 is limited to 1 GiB, far above an animatic clip.
 */
public final class MjpegAviWriter implements ClipSink {

    /** The factory of {@link ClipSinkFactory#mjpegAvi()}. */
    public record Factory(float quality) implements ClipSinkFactory {
        @Override
        public String fileExtension() {
            return "avi";
        }

        @Override
        public ClipSink open(Path path, int width, int height, double fps) throws IOException {
            return new MjpegAviWriter(path, width, height, fps, quality);
        }
    }

    private static final long LIMIT = 1L << 30;
    private static final int HEADER = 224; // bytes before the first frame chunk
    private static final int MOVI_FOURCC = 220; // idx1 offsets count from here
    private static final int AVIF_HASINDEX = 0x10;
    private static final int AVIIF_KEYFRAME = 0x10;

    private final Path path;
    private final int width;
    private final int height;
    private final int rate;
    private final int scale;
    private final OutputStream out;
    private final ImageWriter jpeg;
    private final ImageWriteParam jpegParameters;
    private final ByteArrayOutputStream frameBytes = new ByteArrayOutputStream(1 << 17);
    private final ByteArrayOutputStream index = new ByteArrayOutputStream();
    private long written = HEADER;
    private int frames;
    private int largestFrame;
    private boolean closed;

    public MjpegAviWriter(Path path, int width, int height, double fps, float quality) throws IOException {
        if (width <= 0 || height <= 0 || width > 16384 || height > 16384) {
            throw new IllegalArgumentException("frame size " + width + "x" + height);
        }
        if (!(fps > 0 && fps <= 240)) {
            throw new IllegalArgumentException("frame rate " + fps);
        }
        this.path = path;
        this.width = width;
        this.height = height;
        int[] rational = rational(fps);
        this.rate = rational[0];
        this.scale = rational[1];
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no JPEG encoder");
        }
        this.jpeg = writers.next();
        this.jpegParameters = jpeg.getDefaultWriteParam();
        jpegParameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        jpegParameters.setCompressionQuality(quality);
        this.out = new BufferedOutputStream(new FileOutputStream(path.toFile()), 1 << 16);
        out.write(new byte[HEADER]); // written for real at close, when the counts are known
    }

    /** fps as rate/scale: 24 is 24/1, 23.976 is 24000/1001, 12.5 is 12500/1000. */
    static int[] rational(double fps) {
        if (Math.abs(fps - Math.rint(fps)) < 1e-6) {
            return new int[] { (int) Math.rint(fps), 1 };
        }
        long ntsc = Math.round(fps * 1001);
        if (ntsc % 1000 == 0 && Math.abs(ntsc / 1001.0 - fps) < 1e-3) {
            return new int[] { (int) ntsc, 1001 };
        }
        return new int[] { (int) Math.round(fps * 1000), 1000 };
    }

    @Override
    public void write(BufferedImage frame) throws IOException {
        if (closed) {
            throw new IOException(path.getFileName() + " is closed");
        }
        if (frame.getWidth() != width || frame.getHeight() != height) {
            throw new IllegalArgumentException("frame of " + frame.getWidth() + "x" + frame.getHeight()
                    + " in a clip of " + width + "x" + height);
        }
        frameBytes.reset();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(frameBytes)) {
            jpeg.setOutput(stream);
            jpeg.write(null, new IIOImage(frame, null, null), jpegParameters);
        }
        int size = frameBytes.size();
        int padded = size + (size & 1);
        if (written + 8 + padded + 16L * (frames + 1) + 8 > LIMIT) {
            throw new IOException(path.getFileName() + " would pass the 1 GiB an AVI file can hold");
        }
        writeIndexEntry(written - MOVI_FOURCC, size);
        out.write(fourcc("00dc"));
        out.write(le32(size));
        frameBytes.writeTo(out);
        if ((size & 1) != 0) {
            out.write(0);
        }
        written += 8 + padded;
        frames++;
        largestFrame = Math.max(largestFrame, size);
    }

    private void writeIndexEntry(long offset, int size) throws IOException {
        index.write(fourcc("00dc"));
        index.write(le32(AVIIF_KEYFRAME));
        index.write(le32((int) offset));
        index.write(le32(size));
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        jpeg.dispose();
        long moviEnd = written;
        out.write(fourcc("idx1"));
        out.write(le32(index.size()));
        index.writeTo(out);
        written += 8 + index.size();
        out.close();
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.seek(0);
            file.write(header(moviEnd));
            file.getFD().sync();
        }
    }

    @Override
    public void abort() {
        closed = true;
        jpeg.dispose();
        try {
            out.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // the engine removes what is left
        }
    }

    private byte[] header(long moviEnd) {
        ByteBuffer b = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        int suggested = largestFrame + 8;
        long bytesPerSecond = frames == 0 ? 0 : Math.round((moviEnd - HEADER) * (double) rate / scale / frames);
        b.put(fourcc("RIFF")).putInt((int) (written - 8)).put(fourcc("AVI "));
        b.put(fourcc("LIST")).putInt(192).put(fourcc("hdrl"));
        b.put(fourcc("avih")).putInt(56);
        b.putInt((int) Math.round(1_000_000.0 * scale / rate)); // microseconds per frame
        b.putInt((int) Math.min(Integer.MAX_VALUE, bytesPerSecond));
        b.putInt(0); // padding granularity
        b.putInt(AVIF_HASINDEX);
        b.putInt(frames);
        b.putInt(0); // initial frames
        b.putInt(1); // streams
        b.putInt(suggested);
        b.putInt(width).putInt(height);
        b.putInt(0).putInt(0).putInt(0).putInt(0);
        b.put(fourcc("LIST")).putInt(116).put(fourcc("strl"));
        b.put(fourcc("strh")).putInt(56);
        b.put(fourcc("vids")).put(fourcc("MJPG"));
        b.putInt(0); // flags
        b.putShort((short) 0).putShort((short) 0); // priority, language
        b.putInt(0); // initial frames
        b.putInt(scale).putInt(rate);
        b.putInt(0); // start
        b.putInt(frames); // length
        b.putInt(suggested);
        b.putInt(-1); // quality: default
        b.putInt(0); // sample size: varies
        b.putShort((short) 0).putShort((short) 0).putShort((short) width).putShort((short) height);
        b.put(fourcc("strf")).putInt(40);
        b.putInt(40).putInt(width).putInt(height);
        b.putShort((short) 1).putShort((short) 24);
        b.put(fourcc("MJPG"));
        b.putInt(width * height * 3);
        b.putInt(0).putInt(0).putInt(0).putInt(0);
        b.put(fourcc("LIST")).putInt((int) (moviEnd - MOVI_FOURCC)).put(fourcc("movi"));
        return b.array();
    }

    private static byte[] fourcc(String code) {
        return code.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] le32(int value) {
        return new byte[] { (byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24) };
    }

    public int frames() {
        return frames;
    }
}
