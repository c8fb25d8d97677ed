package dev.longtake.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.media.AssemblyMetadata;
import dev.longtake.media.AssemblyPlan;
import dev.longtake.media.AssemblyPlan.Segment;
import dev.longtake.media.AssemblyResult;
import dev.longtake.media.Assembler;
import dev.longtake.media.ClipFormat;
import dev.longtake.media.ClipWriter;
import dev.longtake.media.MediaException;
import dev.longtake.media.MediaInfo;
import dev.longtake.media.MediaProgress;
import dev.longtake.media.Probe;
import dev.longtake.media.Upscaler;

/** The upscaler keeps every frame, the rate and the sound; a ProRes master comes out of the same pass. */
class UpscalerTest {

    @TempDir
    Path dir;

    @Test
    void anUpscaledClipKeepsItsFramesRateContentAndSound() throws Exception {
        Path source = dir.resolve("take.mp4");
        ClipFormat format = ClipFormat.video(160, 120, 25).audio(44_100, 1);
        try (ClipWriter clip = ClipWriter.open(source, format)) {
            int[] pixels = new int[160 * 120];
            short[] samples = new short[44_100 / 25];
            for (int i = 0; i < 50; i++) {
                int level = 20 + 4 * i;
                Arrays.fill(pixels, 0xff000000 | level << 16 | level << 8 | level);
                clip.writeArgb(pixels);
                for (int s = 0; s < samples.length; s++) {
                    samples[s] = (short) (8000 * Math.sin(2 * Math.PI * 440 * (i * samples.length + s) / 44_100.0));
                }
                clip.writeSamples(samples);
            }
            clip.finish();
        }
        AssemblyResult result = Upscaler.upscale(source, dir.resolve("take-2x.mp4"), 320, 240, MediaProgress.NONE);
        MediaInfo info = Probe.of(result.video());
        assertEquals(320, info.video().orElseThrow().width());
        assertEquals(240, info.video().orElseThrow().height());
        assertEquals(25, info.video().orElseThrow().fps(), 0.001);
        assertEquals(50, info.video().orElseThrow().frameCount().orElseThrow());
        assertEquals(2.0, info.seconds(), 0.04);
        assertEquals(44_100, info.audio().orElseThrow().sampleRate(), "the sound keeps its rate");
        assertEquals(1, info.audio().orElseThrow().channels());
        assertTrue(result.manifest().isEmpty(), "an upscale has no provenance sidecar");
        assertTrue(info.tags().get("comment").contains("upscaled from 160x120 to 320x240"), info.tags().toString());
        double[] levels = Synth.levels(result.video(), 50);
        for (int i = 0; i < 50; i += 7) {
            assertEquals(20 + 4 * i, levels[i], 4, "frame " + i);
        }
    }

    @Test
    void aClipOfAnotherShapeIsFittedOnBlack() throws Exception {
        // 160x160 into 320x240: scaled to 240x240 and centred, with 40 px of black each side.
        Path square = Synth.greys(dir.resolve("square.mp4"), ClipFormat.video(160, 160, 24), 12, i -> 200);
        AssemblyResult result = Upscaler.to(320, 240).encoder("mpeg4").bitrate(2_000_000)
                .upscale(square, dir.resolve("wide.mp4"), MediaProgress.NONE);
        assertEquals("mpeg4", result.encoder());
        var frame = dev.longtake.media.Frames.first(result.video(), 1, 320, 240, MediaProgress.NONE).get(0);
        assertEquals(320, frame.getWidth());
        assertTrue((frame.getRGB(10, 120) & 0xff) < 10, "pillarbox on the left is black");
        assertTrue((frame.getRGB(310, 120) & 0xff) < 10, "pillarbox on the right is black");
        assertEquals(200, frame.getRGB(160, 120) & 0xff, 4, "the picture in the middle");
    }

    @Test
    void aMissingSourceIsNamed() {
        Path missing = dir.resolve("nothing.mp4");
        MediaException e = assertThrows(MediaException.class,
                () -> Upscaler.upscale(missing, dir.resolve("out.mp4"), 320, 240, MediaProgress.NONE));
        assertEquals(missing + ": no such file", e.getMessage());
        assertTrue(Files.notExists(dir.resolve("out.mp4")));
    }

    @Test
    void aProResMasterIsWrittenInTheSamePass() throws Exception {
        Path take = Synth.greys(dir.resolve("take.mp4"), ClipFormat.video(160, 120, 24), 24, i -> 120);
        Path song = Synth.tone(dir.resolve("song.wav"), 1.0, 440, 48_000, 2);
        AssemblyPlan plan = AssemblyPlan.builder(320, 240, 24).song(song).proresMaster(true)
                .add(Segment.of(take, 0, 1, 0)).build();
        AssemblyResult result = Assembler.assemble(plan, dir.resolve("cut.mp4"), AssemblyMetadata.titled("Master"),
                MediaProgress.NONE);
        Path master = result.master().orElseThrow();
        assertEquals(dir.resolve("cut.master.mov"), master);
        MediaInfo info = Probe.of(master);
        assertEquals("prores", info.video().orElseThrow().codec());
        assertEquals("yuv422p10le", info.video().orElseThrow().pixelFormat());
        assertEquals(24, info.video().orElseThrow().frameCount().orElseThrow());
        assertEquals("pcm_s16le", info.audio().orElseThrow().codec());
        assertEquals("Master", info.tags().get("title"));
        assertEquals(120, Synth.levels(master, 1)[0], 4);
    }
}
