package dev.longtake.render.animatic.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The container, read back byte by byte; ffprobe checks it in AnimaticBackendTest. */
class MjpegAviWriterTest {

    @TempDir
    Path folder;

    @Test
    void theHeaderCountsTheFramesAndTheIndexPointsAtEachOne() throws Exception {
        Path file = folder.resolve("three.avi");
        MjpegAviWriter writer = new MjpegAviWriter(file, 64, 48, 25, 0.8f);
        for (int i = 0; i < 3; i++) {
            BufferedImage frame = new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR);
            frame.getGraphics().fillRect(0, 0, 10 * (i + 1), 48);
            writer.write(frame);
        }
        writer.close();
        ByteBuffer avi = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", ascii(avi, 0));
        assertEquals(avi.capacity() - 8, avi.getInt(4));
        assertEquals("AVI ", ascii(avi, 8));
        assertEquals(40_000, avi.getInt(32), "microseconds per frame");
        assertEquals(3, avi.getInt(48), "frames in avih");
        assertEquals(64, avi.getInt(64));
        assertEquals(48, avi.getInt(68));
        assertEquals("MJPG", ascii(avi, 112));
        assertEquals(1, avi.getInt(128), "scale");
        assertEquals(25, avi.getInt(132), "rate");
        assertEquals(3, avi.getInt(140), "frames in strh");
        assertEquals("movi", ascii(avi, 220));
        int moviEnd = 220 + avi.getInt(216);
        assertEquals("idx1", ascii(avi, moviEnd));
        assertEquals(48, avi.getInt(moviEnd + 4));
        for (int i = 0; i < 3; i++) {
            int entry = moviEnd + 8 + 16 * i;
            assertEquals("00dc", ascii(avi, entry));
            int chunk = 220 + avi.getInt(entry + 8);
            assertEquals("00dc", ascii(avi, chunk));
            assertEquals(avi.getInt(entry + 12), avi.getInt(chunk + 4));
            assertArrayEquals(new byte[] { (byte) 0xFF, (byte) 0xD8 }, new byte[] { avi.get(chunk + 8), avi.get(chunk + 9) },
                    "a JPEG starts there");
        }
    }

    @Test
    void frameRatesBecomeExactFractions() {
        assertArrayEquals(new int[] { 24, 1 }, MjpegAviWriter.rational(24));
        assertArrayEquals(new int[] { 24000, 1001 }, MjpegAviWriter.rational(23.976));
        assertArrayEquals(new int[] { 30000, 1001 }, MjpegAviWriter.rational(29.97));
        assertArrayEquals(new int[] { 12500, 1000 }, MjpegAviWriter.rational(12.5));
    }

    @Test
    void aFrameOfAnotherSizeIsRefused() throws Exception {
        MjpegAviWriter writer = new MjpegAviWriter(folder.resolve("x.avi"), 64, 48, 24, 0.8f);
        assertThrows(IllegalArgumentException.class,
                () -> writer.write(new BufferedImage(32, 48, BufferedImage.TYPE_3BYTE_BGR)));
        writer.abort();
    }

    private static String ascii(ByteBuffer buffer, int at) {
        byte[] four = new byte[4];
        buffer.get(at, four);
        return new String(four, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
