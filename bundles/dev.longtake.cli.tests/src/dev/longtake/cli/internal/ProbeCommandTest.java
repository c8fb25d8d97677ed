package dev.longtake.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.cli.ExitCode;
import dev.longtake.media.ClipFormat;
import dev.longtake.media.ClipWriter;

/** {@code longtake probe}: a readable summary, and one error line per unreadable file. */
class ProbeCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new Longtake(new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
    }

    @Test
    void aClipIsDescribedWithItsStreamsAndTags() throws Exception {
        Path clip = clip(dir.resolve("take.mp4"));
        assertEquals(ExitCode.OK, run("probe", clip.toString()));
        String text = out.toString();
        assertTrue(text.startsWith(clip + "\n"), text);
        assertTrue(text.contains("  container  mov,mp4,m4a,3gp,3g2,mj2, "), text);
        assertTrue(text.contains(", 1.000 s"), text);
        assertTrue(text.contains("  video      h264 320x240 yuv420p, 24 fps, 24 frames"), text);
        assertTrue(text.contains("title = Shot 12, take 3"), text);
        assertEquals("", err.toString());
    }

    @Test
    void anUnreadableFileIsOneErrorLineNamingItAndTheOthersAreStillProbed() throws Exception {
        Path clip = clip(dir.resolve("take.mp4"));
        Path empty = Files.createFile(dir.resolve("empty.mp4"));
        Path missing = dir.resolve("missing.mp4");
        assertEquals(ExitCode.FAILURE, run("probe", empty.toString(), clip.toString(), missing.toString()));
        assertEquals("longtake probe: error: " + empty + ": is empty (0 bytes)\n"
                + "longtake probe: error: " + missing + ": no such file\n", err.toString());
        assertTrue(out.toString().contains("h264 320x240"), out.toString());
    }

    @Test
    void withoutAFileItIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("probe"));
        assertTrue(err.toString().startsWith("longtake probe: Missing required parameter"), err.toString());
    }

    @Test
    void theRootUsageListsTheCommand() {
        assertEquals(ExitCode.OK, run("help"));
        assertTrue(out.toString().contains("probe"), out.toString());
    }

    private static Path clip(Path target) throws Exception {
        try (ClipWriter writer = ClipWriter.open(target, ClipFormat.video(320, 240, 24).title("Shot 12, take 3"))) {
            int[] pixels = new int[320 * 240];
            for (int i = 0; i < 24; i++) {
                java.util.Arrays.fill(pixels, 0xff000000 | i * 10);
                writer.writeArgb(pixels);
            }
            return writer.finish();
        }
    }
}
