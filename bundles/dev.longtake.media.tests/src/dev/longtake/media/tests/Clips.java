package dev.longtake.media.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.longtake.media.ClipFormat;
import dev.longtake.media.ClipWriter;
import dev.longtake.media.MediaException;

/** Synthetic clips for the tests: a grey ramp that brightens frame by frame and a moving box. */
final class Clips {

    private Clips() {
    }

    /** Writes {@code frames} frames in {@code format} to {@code target}. */
    static Path write(Path target, ClipFormat format, int frames) throws MediaException {
        try (ClipWriter clip = ClipWriter.open(target, format)) {
            int[] pixels = new int[format.width() * format.height()];
            for (int i = 0; i < frames; i++) {
                paint(pixels, format.width(), format.height(), i, frames);
                clip.writeArgb(pixels);
            }
            return clip.finish();
        }
    }

    /** A 2 s 320x240 clip at 24 fps, no audio. */
    static Path twoSeconds(Path target) throws MediaException {
        return write(target, ClipFormat.video(320, 240, 24), 48);
    }

    /**
     * Frame {@code index} of {@code count}: the background brightens from 16 to 235 over the
     * clip (so frames can be told apart after decoding), a white box moves left to right.
     */
    static void paint(int[] pixels, int width, int height, int index, int count) {
        int level = 16 + (int) Math.round(219.0 * index / Math.max(1, count - 1));
        int background = 0xff000000 | level << 16 | level << 8 | level;
        java.util.Arrays.fill(pixels, background);
        int box = Math.max(4, height / 6);
        int left = (int) ((width - box) * (index / (double) Math.max(1, count - 1)));
        int top = (height - box) / 2;
        for (int y = top; y < top + box; y++) {
            java.util.Arrays.fill(pixels, y * width + left, y * width + left + box, 0xffffffff);
        }
    }

    /** The first {@code bytes} bytes of {@code clip}, as a new file {@code cut}. */
    static Path cut(Path clip, Path cut, long bytes) throws java.io.IOException {
        byte[] all = Files.readAllBytes(clip);
        return Files.write(cut, java.util.Arrays.copyOf(all, (int) Math.min(bytes, all.length)));
    }
}
