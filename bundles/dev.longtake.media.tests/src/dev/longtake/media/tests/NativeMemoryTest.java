package dev.longtake.media.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.media.ClipFormat;
import dev.longtake.media.Frames;
import dev.longtake.media.Probe;

/**
 * Native memory stays flat over many probe and thumbnail cycles: every grabber, context and
 * packet is freed. (An unclosed FFmpegFrameGrabber per cycle grows the process by tens of MB
 * per hundred files.)
 */
class NativeMemoryTest {

    private static final int WARM_UP = 50;
    private static final int CYCLES = 500;
    private static final long ALLOWED_GROWTH_KB = 150 * 1024;

    @TempDir
    Path dir;

    @Test
    void fiveHundredProbeAndThumbnailCyclesKeepTheResidentSetFlat() throws Exception {
        Path clip = Clips.write(dir.resolve("take.mp4"), ClipFormat.video(640, 360, 24).tag("longtake_request", "r1"), 24);
        for (int i = 0; i < WARM_UP; i++) {
            cycle(clip);
        }
        System.gc();
        long before = residentKb();
        long peak = before;
        long started = System.nanoTime();
        for (int i = 0; i < CYCLES; i++) {
            cycle(clip);
            if (i % 50 == 49) {
                peak = Math.max(peak, residentKb());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.gc();
        long after = residentKb();
        System.out.printf("native memory: VmRSS %d MB after %d warm-up cycles, %d MB after %d more (peak %d MB),"
                + " growth %+d MB; %.1f ms per probe + thumbnail%n", before / 1024, WARM_UP, after / 1024, CYCLES,
                peak / 1024, (after - before) / 1024, seconds * 1000 / CYCLES);
        assertTrue(after - before < ALLOWED_GROWTH_KB, "VmRSS grew by " + (after - before) / 1024 + " MB over "
                + CYCLES + " cycles (allowed " + ALLOWED_GROWTH_KB / 1024 + " MB)");
    }

    private static void cycle(Path clip) throws Exception {
        Probe.of(clip);
        Frames.thumbnail(clip, 160, 90);
    }

    private static long residentKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
