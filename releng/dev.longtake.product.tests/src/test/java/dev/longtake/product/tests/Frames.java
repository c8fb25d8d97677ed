package dev.longtake.product.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Pictures of a video measured with Debian's ffmpeg command line, independently of the product. */
final class Frames {

    static final int WIDTH = 64, HEIGHT = 36;

    private Frames() {
    }

    /** The frame at {@code seconds}, scaled to 64x36 grey levels. */
    static byte[] gray(Path video, double seconds) throws IOException, InterruptedException {
        Process ffmpeg = new ProcessBuilder(List.of("ffmpeg", "-v", "error", "-ss", String.format(Locale.ROOT, "%.3f", seconds),
                "-i", video.toString(), "-frames:v", "1", "-vf", "scale=" + WIDTH + ":" + HEIGHT + ",format=gray",
                "-f", "rawvideo", "-")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] picture = ffmpeg.getInputStream().readAllBytes();
        if (!ffmpeg.waitFor(60, TimeUnit.SECONDS) || picture.length != WIDTH * HEIGHT) {
            throw new AssertionError("ffmpeg gave no frame of " + video + " at " + seconds + " s (is Debian's ffmpeg installed?)");
        }
        return picture;
    }

    /** Mean absolute difference of two pictures, in grey levels. */
    static double difference(byte[] a, byte[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs((a[i] & 0xff) - (b[i] & 0xff));
        }
        return sum / (double) a.length;
    }

    static double mean(byte[] picture) {
        long sum = 0;
        for (byte value : picture) {
            sum += value & 0xff;
        }
        return sum / (double) picture.length;
    }
}
