package dev.longtake.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.media.AssemblyMetadata;
import dev.longtake.media.AssemblyPlan;
import dev.longtake.media.AssemblyPlan.Join;
import dev.longtake.media.AssemblyPlan.Segment;
import dev.longtake.media.AssemblyResult;
import dev.longtake.media.AssemblyWarning;
import dev.longtake.media.Assembler;
import dev.longtake.media.ClipFormat;
import dev.longtake.media.MediaInfo;
import dev.longtake.media.Probe;
import dev.longtake.media.TakeProvenance;

/**
 * One assembly of synthetic takes exercising every rule, then checked frame by frame. The
 * takes are 160x120 clips whose frames are each one uniform grey, so the level of any output
 * frame says which take (and which of its frames) it shows, or how two were mixed; the output
 * is 320x240 at 24 fps (every take upscaled 2x) on a 10 s song.
 *
 * <pre>
 * frames   0- 47  A from 0.5 s (A's frame i is grey 40 + 2i), crossfade 0.5 s into
 * frames  36- 83  B (grey 50), dip to black 0.5 s into
 * frames  84-131  C (grey 200)
 * frames 132-155  gap: black
 * frames 156-191  A from 0 s
 * frames 192-239  D, a 1 s take (grey 60 + 4i) for 2 s: its last frame held for 1 s
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssemblyTest {

    private static final int FPS = 24;
    private static final double TOLERANCE = 4;

    private Path a;
    private Path b;
    private Path c;
    private Path d;
    private Path song;
    private Path output;
    private AssemblyResult result;
    private final CountingProgress progress = new CountingProgress();
    private double[] levels;

    @BeforeAll
    void assemble(@TempDir Path dir) throws Exception {
        ClipFormat takes = ClipFormat.video(160, 120, FPS);
        a = Synth.greys(dir.resolve("A.mp4"), takes, 72, i -> 40 + 2 * i);
        b = Synth.greys(dir.resolve("B.mp4"), takes, 72, i -> 50);
        c = Synth.greys(dir.resolve("C.mp4"), takes, 60, i -> 200);
        d = Synth.greys(dir.resolve("D.mp4"), takes, 24, i -> 60 + 4 * i);
        song = Synth.tone(dir.resolve("song.wav"), 10.0, 440, 44_100, 2);
        AssemblyPlan plan = AssemblyPlan.builder(320, 240, FPS).song(song)
                .add(Segment.of(a, 0.5, 2.0, 0.0).joinedBy(Join.crossfade(0.5)).withProvenance(take("Dawn", "t1", 11)))
                .add(Segment.of(b, 0.0, 2.0, 1.5).joinedBy(Join.dip(0.5)).withProvenance(take("Lake", "t4", 12)))
                .add(Segment.of(c, 0.0, 2.0, 3.5).withProvenance(take("Tower", "t2", 13)))
                .add(Segment.of(a, 0.0, 1.5, 6.5).withProvenance(take("Dawn again", "t1", 11)))
                .add(Segment.of(d, 0.0, 2.0, 8.0).withProvenance(take("Night", "t9", 14)))
                .build();
        Files.createDirectories(dir.resolve("out"));
        output = dir.resolve("out/cut.mp4");
        result = Assembler.assemble(plan, output, AssemblyMetadata.titled("Test Cut"), progress);
        levels = Synth.levels(output, 240);
        System.out.println("assembled " + result.frames() + " frames with " + result.encoder() + ", warnings "
                + result.warnings() + ", pipeline " + result.pipeline());
    }

    private static TakeProvenance take(String shot, String id, long seed) {
        return new TakeProvenance(shot, id, "animatic", "animatic-1", seed, "hash-" + shot, "A prompt for " + shot);
    }

    @Test
    void theVideoIsAsLongAsTheSongAtTheDeliverSizeAndRateWithAudio() throws Exception {
        MediaInfo info = Probe.of(output);
        assertEquals(10.0, info.seconds(), 1.0 / FPS, "duration");
        MediaInfo.VideoStream video = info.video().orElseThrow();
        assertEquals(320, video.width());
        assertEquals(240, video.height());
        assertEquals(FPS, video.fps(), 0.001);
        assertEquals(240, video.frameCount().orElseThrow());
        assertEquals("h264", video.codec(), "libopenh264 is the LGPL build's best encoder");
        MediaInfo.AudioStream audio = info.audio().orElseThrow(() -> new AssertionError("no audio"));
        assertEquals("aac", audio.codec());
        assertEquals(48_000, audio.sampleRate());
        assertEquals(2, audio.channels());
        assertEquals(240, result.frames());
        assertEquals(240, levels.length, "every frame decodes");
        assertEquals(output.toAbsolutePath(), result.video());
    }

    @Test
    void theMetadataNamesTheTitleTheGeneratorAndEveryShot() throws Exception {
        Map<String, String> tags = Probe.of(output).tags();
        assertEquals("Test Cut", tags.get("title"));
        assertTrue(tags.get("generator").startsWith("Longtake 0."), tags.toString());
        assertTrue(tags.get("comment").contains("cut.provenance.json"), tags.get("comment"));
        assertEquals("cut.provenance.json", tags.get("longtake_manifest"));
        List<Object> shots = MiniJson.array(MiniJson.parse(tags.get("longtake_provenance")));
        assertEquals(5, shots.size());
        Map<String, Object> lake = MiniJson.object(shots.get(1));
        assertEquals("Lake", lake.get("shot"));
        assertEquals("t4", lake.get("take"));
        assertEquals("animatic", lake.get("backend"));
        assertEquals("animatic-1", lake.get("model"));
        assertEquals(12L, lake.get("seed"));
        assertEquals("hash-Lake", lake.get("prompt_hash"));
    }

    @Test
    void ffprobeAgreesOnStreamsSizeDurationAndTags() throws Exception {
        assumeTrue(FFprobe.available(), "skipped: " + FFprobe.COMMAND + " is not installed (apt-get install ffmpeg)");
        Map<String, String> ffprobe = FFprobe.probe(output);
        assertEquals("h264", ffprobe.get("streams.stream.0.codec_name"));
        assertEquals("320", ffprobe.get("streams.stream.0.width"));
        assertEquals("240", ffprobe.get("streams.stream.0.height"));
        assertEquals("24/1", ffprobe.get("streams.stream.0.r_frame_rate"));
        assertEquals("240", ffprobe.get("streams.stream.0.nb_read_frames"));
        assertEquals(10.0, Double.parseDouble(ffprobe.get("format.duration")), 1.0 / FPS);
        assertEquals("Test Cut", ffprobe.get("format.tags.title"));
        assertTrue(ffprobe.get("format.tags.generator").startsWith("Longtake"));
        assertTrue(ffprobe.get("format.tags.longtake_provenance").contains("Tower"));
    }

    @Test
    void segmentsAreTrimmedToTheirInPoints() {
        assertLevel(0, 40 + 2 * 12, "A from 0.5 s starts on its 13th frame");
        assertLevel(20, 40 + 2 * 32, "A, 20 frames on");
        assertLevel(60, 50, "B");
        assertLevel(100, 200, "C");
        assertLevel(156, 40, "A again, from its start");
        assertLevel(191, 40 + 2 * 35, "the last frame of A's second segment");
    }

    @Test
    void aCrossfadeFrameIsAMixOfBothTakes() {
        // Overlap frames 36..47: B weighs (k + 0.5) / 12 on the k-th.
        for (int k = 0; k < 12; k++) {
            int frame = 36 + k;
            double fromA = 40 + 2 * (12 + frame);
            double weight = (k + 0.5) / 12;
            double expected = fromA * (1 - weight) + 50 * weight;
            assertLevel(frame, expected, "crossfade frame " + k);
            assertTrue(levels[frame] > 50 + 1 && levels[frame] < fromA - 1,
                    "frame " + frame + " (" + levels[frame] + ") lies strictly between B (50) and A (" + fromA + ")");
        }
        assertLevel(35, 40 + 2 * 47, "the last frame before the crossfade is A alone");
        assertLevel(48, 50, "the first frame after it is B alone");
    }

    @Test
    void aDipFadesToBlackAndUpAgain() {
        assertLevel(77, 50, "B before the dip");
        for (int k = 0; k < 6; k++) {
            assertLevel(78 + k, 50 * (6 - k) / 6.0, "B fading out, frame " + k);
        }
        assertTrue(levels[84] < 2, "the dip reaches black where B and C meet: " + levels[84]);
        for (int k = 1; k < 6; k++) {
            assertLevel(84 + k, 200 * k / 6.0, "C fading in, frame " + k);
        }
        assertLevel(90, 200, "C at full brightness after the dip");
    }

    @Test
    void theGapIsBlack() {
        assertLevel(131, 200, "C up to its last frame");
        for (int frame = 132; frame < 156; frame++) {
            assertTrue(levels[frame] < 2, "frame " + frame + " of the gap is black: " + levels[frame]);
        }
    }

    @Test
    void aTakeShorterThanItsSegmentIsHeldOnItsLastFrameAndReported() {
        assertLevel(192, 60, "D's first frame");
        assertLevel(215, 60 + 4 * 23, "D's last frame");
        for (int frame = 216; frame < 240; frame++) {
            assertLevel(frame, 60 + 4 * 23, "held frame " + frame);
        }
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        AssemblyWarning warning = result.warnings().get(0);
        assertEquals(5, warning.segment());
        assertEquals(d, warning.file());
        assertEquals(d + ": ends 1.00 s into segment 5 (Night), which lasts 2.00 s; its last frame is held for 1.00 s"
                + " (24 frames)", warning.toString());
    }

    @Test
    void progressCountsEveryFrameAndThePipelineReportsBothThreads() {
        assertEquals(240, progress.total);
        assertEquals(240, progress.worked);
        assertTrue(result.pipeline().encodeBusy() > 0 && result.pipeline().decodeBusy() > 0, result.pipeline().toString());
    }

    @Test
    void nothingIsLeftBesideTheOutputButTheVideoAndItsManifest() throws Exception {
        try (var files = Files.list(output.getParent())) {
            assertEquals(List.of("cut.mp4", "cut.provenance.json"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertFalse(result.master().isPresent());
    }

    private void assertLevel(int frame, double expected, String what) {
        assertEquals(expected, levels[frame], TOLERANCE, what + " (frame " + frame + ")");
    }

    /** Checks the progress protocol: begin once, then work adding up to the frames. */
    static final class CountingProgress implements dev.longtake.media.MediaProgress {
        int total = -1;
        int worked;

        @Override
        public void begin(String task, int totalUnits) {
            assertEquals(-1, total, "begin once");
            total = totalUnits;
        }

        @Override
        public void worked(int units) {
            assertTrue(units >= 0);
            worked += units;
            assertTrue(worked <= total, worked + " of " + total);
        }
    }
}
