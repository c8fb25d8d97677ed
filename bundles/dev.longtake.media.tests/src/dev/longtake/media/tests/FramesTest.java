package dev.longtake.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.media.ClipFormat;
import dev.longtake.media.Frames;
import dev.longtake.media.MediaCanceledException;
import dev.longtake.media.MediaProgress;

/** First frames and thumbnails: how many, how big, in which order, and cancellation. */
class FramesTest {

    @TempDir
    Path dir;

    private Path clip;

    @BeforeEach
    void writeClip() throws Exception {
        clip = Clips.write(dir.resolve("take.mp4"), ClipFormat.video(320, 240, 24).bitrate(1_000_000), 24);
    }

    @Test
    void theFirstFourFramesComeInOrderScaledToFit() throws Exception {
        List<String> events = new ArrayList<>();
        MediaProgress progress = new MediaProgress() {
            @Override
            public void begin(String task, int total) {
                events.add("begin " + total);
            }

            @Override
            public void worked(int units) {
                events.add("worked " + units);
            }
        };
        List<BufferedImage> frames = Frames.first(clip, 4, 160, 160, progress);
        assertEquals(4, frames.size());
        for (BufferedImage frame : frames) {
            assertEquals(160, frame.getWidth());
            assertEquals(120, frame.getHeight(), "4:3 kept");
        }
        // The background brightens frame by frame (Clips.paint): decoded order must follow.
        for (int i = 1; i < frames.size(); i++) {
            assertTrue(luma(frames.get(i), 5, 5) > luma(frames.get(i - 1), 5, 5),
                    "frame " + i + " is brighter than frame " + (i - 1));
        }
        assertEquals(List.of("begin 4", "worked 1", "worked 1", "worked 1", "worked 1"), events);
    }

    @Test
    void framesBelongToTheCallerAndAreNotOverwrittenByLaterGrabs() throws Exception {
        List<BufferedImage> frames = Frames.first(clip, 24, 320, 240, MediaProgress.NONE);
        assertEquals(24, frames.size());
        assertTrue(luma(frames.get(0), 5, 5) < luma(frames.get(23), 5, 5) - 100,
                "the first frame still shows the first picture, not the last grab");
    }

    @Test
    void askingForMoreFramesThanTheClipHasGivesWhatThereIs() throws Exception {
        assertEquals(24, Frames.first(clip, 100, 80, 80, MediaProgress.NONE).size());
    }

    @Test
    void smallClipsAreNotEnlarged() throws Exception {
        BufferedImage thumbnail = Frames.thumbnail(clip, 1920, 1080);
        assertEquals(320, thumbnail.getWidth());
        assertEquals(240, thumbnail.getHeight());
    }

    @Test
    void thumbnailsAreWrittenAsPngOrJpegByExtension() throws Exception {
        Path png = Frames.writeThumbnail(clip, dir.resolve("take.png"), 96, 96);
        Path jpg = Frames.writeThumbnail(clip, dir.resolve("take.jpg"), 200, 100);
        BufferedImage readPng = ImageIO.read(png.toFile());
        BufferedImage readJpg = ImageIO.read(jpg.toFile());
        assertEquals(96, readPng.getWidth());
        assertEquals(72, readPng.getHeight());
        assertEquals(133, readJpg.getWidth());
        assertEquals(100, readJpg.getHeight());
        assertEquals((byte) 0x89, Files.readAllBytes(png)[0], "PNG signature");
        assertEquals((byte) 0xFF, Files.readAllBytes(jpg)[0], "JPEG signature");
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void cancelingStopsBetweenFrames() {
        MediaProgress cancelAfterTwo = new MediaProgress() {
            int done;

            @Override
            public void worked(int units) {
                done += units;
            }

            @Override
            public boolean isCanceled() {
                return done >= 2;
            }
        };
        MediaCanceledException e = assertThrows(MediaCanceledException.class,
                () -> Frames.first(clip, 10, 160, 160, cancelAfterTwo));
        assertEquals(clip + ": canceled", e.getMessage());
    }

    static int luma(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
    }
}
