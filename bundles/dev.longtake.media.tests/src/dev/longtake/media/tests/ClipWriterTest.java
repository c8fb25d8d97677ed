package dev.longtake.media.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.longtake.media.ClipFormat;
import dev.longtake.media.ClipWriter;
import dev.longtake.media.Frames;
import dev.longtake.media.MediaCanceledException;
import dev.longtake.media.MediaException;
import dev.longtake.media.MediaInfo;
import dev.longtake.media.MediaProgress;
import dev.longtake.media.Probe;

/** Clips written frame by frame read back as written, and a failed write never leaves a file. */
class ClipWriterTest {

    @TempDir
    Path dir;

    @Test
    void aTwoSecondClipProbesBackWithItsSizeRateCodecFramesAndTags() throws Exception {
        Path clip = Clips.write(dir.resolve("take.mp4"), ClipFormat.video(320, 240, 24).title("Shot 12, take 3")
                .comment("animatic").tag("longtake_request", "9f2c1e"), 48);

        MediaInfo info = Probe.of(clip);
        assertEquals(2.0, info.seconds(), 0.05, "duration");
        MediaInfo.VideoStream video = info.video().orElseThrow();
        assertEquals(320, video.width());
        assertEquals(240, video.height());
        assertEquals(24.0, video.fps(), 0.001);
        assertEquals("h264", video.codec(), "libopenh264 writes H.264");
        assertEquals(48, video.frameCount().orElseThrow());
        assertEquals("yuv420p", video.pixelFormat());
        assertTrue(info.audio().isEmpty());
        assertEquals("Shot 12, take 3", info.tags().get("title"));
        assertEquals("animatic", info.tags().get("comment"));
        assertEquals("9f2c1e", info.tags().get("longtake_request"), "custom tags survive in MP4: " + info.tags());
        assertTrue(info.container().contains("mp4"), info.container());
    }

    @Test
    void ffprobeReadsTheSameClip() throws Exception {
        assumeTrue(FFprobe.available(), "skipped: " + FFprobe.COMMAND + " is not installed (apt-get install ffmpeg)");
        Path clip = Clips.write(dir.resolve("take.mp4"),
                ClipFormat.video(320, 240, 24).title("Shot 12").tag("longtake_request", "9f2c1e"), 48);

        Map<String, String> ffprobe = FFprobe.probe(clip);
        MediaInfo info = Probe.of(clip);
        System.out.println("ffprobe: " + ffprobe);
        assertEquals("h264", ffprobe.get("streams.stream.0.codec_name"));
        assertEquals("320", ffprobe.get("streams.stream.0.width"));
        assertEquals("240", ffprobe.get("streams.stream.0.height"));
        assertEquals("24/1", ffprobe.get("streams.stream.0.r_frame_rate"));
        assertEquals("48", ffprobe.get("streams.stream.0.nb_read_frames"), "frames actually decodable");
        assertEquals(Double.parseDouble(ffprobe.get("format.duration")), info.seconds(), 0.001);
        assertEquals("Shot 12", ffprobe.get("format.tags.title"));
        assertEquals("9f2c1e", ffprobe.get("format.tags.longtake_request"));
    }

    @Test
    void mpeg4CanBeAskedForByName() throws Exception {
        Path clip = Clips.write(dir.resolve("take.mp4"), ClipFormat.video(320, 240, 25).encoder("mpeg4"), 25);
        MediaInfo info = Probe.of(clip);
        assertEquals("mpeg4", info.video().orElseThrow().codec());
        assertEquals(1.0, info.seconds(), 0.05);
    }

    @Test
    void proResIsWrittenInTenBit422() throws Exception {
        // prores_ks takes no 4:2:0 input: the writer must hand it a format it accepts.
        Path clip = Clips.write(dir.resolve("master.mov"), ClipFormat.video(320, 240, 24).encoder("prores_ks"), 12);
        MediaInfo info = Probe.of(clip);
        assertEquals("prores", info.video().orElseThrow().codec());
        assertEquals("yuv422p10le", info.video().orElseThrow().pixelFormat());
        assertEquals(12, info.video().orElseThrow().frameCount().orElseThrow());
    }

    @Test
    void anAudioTrackKeepsItsRateChannelsAndLength() throws Exception {
        ClipFormat format = ClipFormat.video(320, 240, 24).audio(48000, 2);
        Path target = dir.resolve("with-audio.mp4");
        try (ClipWriter clip = ClipWriter.open(target, format)) {
            int[] pixels = new int[320 * 240];
            short[] samples = new short[48000 / 24 * 2];
            for (int frame = 0; frame < 48; frame++) {
                Clips.paint(pixels, 320, 240, frame, 48);
                clip.writeArgb(pixels);
                for (int i = 0; i < samples.length / 2; i++) {
                    double t = (frame * samples.length / 2 + i) / 48000.0;
                    short value = (short) (Math.sin(2 * Math.PI * 440 * t) * 8000);
                    samples[2 * i] = value;
                    samples[2 * i + 1] = value;
                }
                clip.writeSamples(samples);
            }
            clip.finish();
        }
        MediaInfo info = Probe.of(target);
        MediaInfo.AudioStream audio = info.audio().orElseThrow();
        assertEquals("aac", audio.codec());
        assertEquals(48000, audio.sampleRate());
        assertEquals(2, audio.channels());
        assertEquals(2.0, info.seconds(), 0.06, "the audio tail is flushed, not cut");
    }

    /** Every fast path of the pixel copy must land colours in the right channels (no R/B swap). */
    @ParameterizedTest
    @ValueSource(ints = { BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_BGR,
            BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_USHORT_565_RGB })
    void coloursSurviveEncodingFromEveryImageType(int imageType) throws Exception {
        Color[] colours = { new Color(200, 30, 30), new Color(30, 200, 30), new Color(30, 30, 200) };
        Path target = dir.resolve("colours-" + imageType + ".mp4");
        try (ClipWriter clip = ClipWriter.open(target, ClipFormat.video(160, 120, 24).bitrate(2_000_000))) {
            for (Color colour : colours) {
                BufferedImage frame = new BufferedImage(160, 120, imageType);
                Graphics2D g = frame.createGraphics();
                g.setColor(colour);
                g.fillRect(0, 0, 160, 120);
                g.dispose();
                for (int repeat = 0; repeat < 8; repeat++) {
                    clip.write(frame);
                }
            }
            clip.finish();
        }
        List<BufferedImage> frames = Frames.first(target, 24, 160, 120, MediaProgress.NONE);
        assertEquals(24, frames.size());
        for (int i = 0; i < colours.length; i++) {
            Color decoded = new Color(frames.get(i * 8 + 4).getRGB(80, 60));
            assertClose(colours[i], decoded, "frame " + (i * 8 + 4) + " of image type " + imageType);
        }
    }

    @Test
    void argbPixelsOfTheWrongCountAreRefusedWithoutSpoilingTheClip() throws Exception {
        Path target = dir.resolve("take.mp4");
        try (ClipWriter clip = ClipWriter.open(target, ClipFormat.video(320, 240, 24))) {
            assertThrows(IllegalArgumentException.class, () -> clip.writeArgb(new int[100]));
            assertThrows(IllegalArgumentException.class,
                    () -> clip.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB)));
            clip.writeArgb(new int[320 * 240]);
            clip.finish();
        }
        assertEquals(1, Probe.of(target).video().orElseThrow().frameCount().orElseThrow());
    }

    @Test
    void closingWithoutFinishingLeavesNoFileAtAll() throws Exception {
        Path target = dir.resolve("take.mp4");
        try (ClipWriter clip = ClipWriter.open(target, ClipFormat.video(320, 240, 24))) {
            clip.writeArgb(new int[320 * 240]);
            assertEquals(1, listing().size(), "only the hidden temporary file exists while writing");
            assertTrue(listing().get(0).startsWith(".take.mp4.") && listing().get(0).endsWith(".part"), listing().toString());
        }
        assertEquals(List.of(), listing());
    }

    @Test
    void aFailureInTheMiddleLeavesTheExistingGoodFileUntouched() throws Exception {
        Path target = Clips.twoSeconds(dir.resolve("take.mp4"));
        byte[] good = Files.readAllBytes(target);

        RuntimeException failure = assertThrows(RuntimeException.class, () -> {
            try (ClipWriter clip = ClipWriter.open(target, ClipFormat.video(320, 240, 24).title("replacement"))) {
                int[] pixels = new int[320 * 240];
                for (int i = 0; i < 30; i++) {
                    clip.writeArgb(pixels);
                }
                throw new RuntimeException("the renderer crashed");
            }
        });
        assertEquals("the renderer crashed", failure.getMessage());
        assertArrayEquals(good, Files.readAllBytes(target));
        assertEquals(List.of("take.mp4"), listing());
    }

    @Test
    void aCanceledWriteStopsDiscardsAndLeavesTheExistingFileUntouched() throws Exception {
        Path target = Clips.twoSeconds(dir.resolve("take.mp4"));
        byte[] good = Files.readAllBytes(target);
        AtomicBoolean cancel = new AtomicBoolean();
        MediaProgress progress = new MediaProgress() {
            @Override
            public boolean isCanceled() {
                return cancel.get();
            }
        };
        try (ClipWriter clip = ClipWriter.open(target, ClipFormat.video(320, 240, 24), progress)) {
            int[] pixels = new int[320 * 240];
            clip.writeArgb(pixels);
            cancel.set(true);
            MediaCanceledException e = assertThrows(MediaCanceledException.class, () -> clip.writeArgb(pixels));
            assertEquals(target, e.file().orElseThrow());
            assertThrows(IllegalStateException.class, clip::finish, "a canceled writer stays closed");
        }
        assertArrayEquals(good, Files.readAllBytes(target));
        assertEquals(List.of("take.mp4"), listing());
    }

    @Test
    void aSuccessfulWriteReplacesTheOldFileAndLeavesNothingElse() throws Exception {
        Path target = Clips.twoSeconds(dir.resolve("take.mp4"));
        Clips.write(target, ClipFormat.video(320, 240, 24).title("second"), 24);
        MediaInfo info = Probe.of(target);
        assertEquals("second", info.tags().get("title"));
        assertEquals(1.0, info.seconds(), 0.05);
        assertEquals(List.of("take.mp4"), listing());
    }

    @Test
    void finishingWithoutFramesIsAnErrorAndWritesNothing() throws Exception {
        Path target = dir.resolve("empty.mp4");
        try (ClipWriter clip = ClipWriter.open(target, ClipFormat.video(320, 240, 24))) {
            MediaException e = assertThrows(MediaException.class, clip::finish);
            assertEquals(target, e.file().orElseThrow());
            assertTrue(e.getMessage().contains("no frames were written"), e.getMessage());
        }
        assertEquals(List.of(), listing());
    }

    @Test
    void anUnknownExtensionOrMissingFolderIsNamedBeforeAnythingIsWritten() {
        MediaException extension = assertThrows(MediaException.class,
                () -> ClipWriter.open(dir.resolve("take.gifv"), ClipFormat.video(320, 240, 24)));
        assertTrue(extension.getMessage().startsWith(dir.resolve("take.gifv") + ": "), extension.getMessage());
        assertTrue(extension.getMessage().contains(".gifv"), extension.getMessage());

        Path nowhere = dir.resolve("no-such-folder").resolve("take.mp4");
        MediaException folder = assertThrows(MediaException.class,
                () -> ClipWriter.open(nowhere, ClipFormat.video(320, 240, 24)));
        assertTrue(folder.getMessage().contains("does not exist"), folder.getMessage());
    }

    @Test
    void oddFrameSizesAreRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClipFormat.video(321, 240, 24));
        assertTrue(e.getMessage().contains("even"), e.getMessage());
    }

    @Test
    void webmAndMatroskaGetEncodersTheyAccept() throws Exception {
        MediaInfo webm = Probe.of(Clips.write(dir.resolve("take.webm"), ClipFormat.video(160, 120, 24).tag("longtake_request", "a1"), 12));
        assertEquals("vp9", webm.video().orElseThrow().codec());
        MediaInfo mkv = Probe.of(Clips.write(dir.resolve("take.mkv"), ClipFormat.video(160, 120, 24).title("mkv"), 12));
        assertEquals("h264", mkv.video().orElseThrow().codec());
        assertEquals("mkv", mkv.tags().get("title"));
    }

    private List<String> listing() throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertClose(Color expected, Color actual, String what) {
        int tolerance = 24;
        boolean close = Math.abs(expected.getRed() - actual.getRed()) <= tolerance
                && Math.abs(expected.getGreen() - actual.getGreen()) <= tolerance
                && Math.abs(expected.getBlue() - actual.getBlue()) <= tolerance;
        assertTrue(close, what + ": expected about " + expected + " but decoded " + actual);
    }
}
