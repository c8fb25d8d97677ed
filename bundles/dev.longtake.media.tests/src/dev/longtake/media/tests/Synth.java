package dev.longtake.media.tests;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

import dev.longtake.media.ClipFormat;
import dev.longtake.media.ClipWriter;
import dev.longtake.media.Frames;
import dev.longtake.media.MediaException;
import dev.longtake.media.MediaProgress;

/**
 * Test media whose content can be checked after a round trip through the encoder: clips whose
 * every frame is one uniform grey (its level a function of the frame index), a WAV with a
 * known tone, and the mean grey level of each frame of a video.
 */
final class Synth {

    private Synth() {
    }

    /** A clip of {@code frames} uniform grey frames, frame i at level {@code level(i)} (0..255). */
    static Path greys(Path target, ClipFormat format, int frames, IntUnaryOperator level) throws MediaException {
        try (ClipWriter clip = ClipWriter.open(target, format)) {
            int[] pixels = new int[format.width() * format.height()];
            for (int i = 0; i < frames; i++) {
                int l = Math.max(0, Math.min(255, level.applyAsInt(i)));
                Arrays.fill(pixels, 0xff000000 | l << 16 | l << 8 | l);
                clip.writeArgb(pixels);
            }
            return clip.finish();
        }
    }

    /** A 16-bit PCM WAV: a sine of {@code hz} at half scale on every channel. */
    static Path tone(Path target, double seconds, double hz, int rate, int channels) throws IOException {
        int samples = (int) Math.round(seconds * rate);
        int bytes = samples * channels * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + bytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + bytes).put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) channels)
                .putInt(rate).putInt(rate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(bytes);
        for (int i = 0; i < samples; i++) {
            short value = (short) Math.round(16384 * Math.sin(2 * Math.PI * hz * i / rate));
            for (int c = 0; c < channels; c++) {
                b.putShort(value);
            }
        }
        return Files.write(target, b.array());
    }

    /** The mean grey level (mean of R, G and B over all pixels) of each of the first {@code count} frames. */
    static double[] levels(Path video, int count) throws MediaException {
        List<BufferedImage> frames = Frames.first(video, count, 160, 160, MediaProgress.NONE);
        double[] levels = new double[frames.size()];
        for (int f = 0; f < levels.length; f++) {
            byte[] data = ((DataBufferByte) frames.get(f).getRaster().getDataBuffer()).getData();
            long sum = 0;
            for (byte value : data) {
                sum += value & 0xff;
            }
            levels[f] = sum / (double) data.length;
        }
        return levels;
    }

    /** Lower-case hex SHA-256 of a file. */
    static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }

    /** Files in {@code folder} whose names end like the writers' temporary files. */
    static List<Path> leftovers(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
