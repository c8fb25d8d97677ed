package dev.longtake.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.media.AssemblyMetadata;
import dev.longtake.media.AssemblyPlan;
import dev.longtake.media.AssemblyPlan.Join;
import dev.longtake.media.AssemblyPlan.Segment;
import dev.longtake.media.Assembler;
import dev.longtake.media.ClipFormat;
import dev.longtake.media.MediaCanceledException;
import dev.longtake.media.MediaException;
import dev.longtake.media.MediaProgress;
import dev.longtake.media.MissingEncoderException;

/**
 * Every bad input stops the assembly with a MediaException whose message starts with the file
 * at fault and says what is wrong; the good video made before (and its manifest) stays
 * byte for byte as it was, and no temporary file is left beside it.
 */
class AssemblyBadInputTest {

    @TempDir
    Path dir;

    private Path out;
    private Path target;
    private Path good;
    private Path song;
    private String videoBefore;
    private String manifestBefore;

    @BeforeEach
    void aGoodVideoAlreadyExists() throws Exception {
        good = Synth.greys(dir.resolve("good.mp4"), ClipFormat.video(160, 120, 24), 48, i -> 100);
        song = Synth.tone(dir.resolve("song.wav"), 2.0, 330, 22_050, 1);
        out = Files.createDirectories(dir.resolve("out"));
        target = out.resolve("cut.mp4");
        Assembler.assemble(planWith(good), target, AssemblyMetadata.titled("Good"), MediaProgress.NONE);
        videoBefore = Synth.sha256(target);
        manifestBefore = Files.readString(out.resolve("cut.provenance.json"));
    }

    /** Two segments of 1 s on the 2 s song, joined by a crossfade: the bad take goes second. */
    private AssemblyPlan planWith(Path second) {
        return AssemblyPlan.builder(320, 240, 24).song(song)
                .add(Segment.of(good, 0, 1.25, 0).joinedBy(Join.crossfade(0.25)))
                .add(Segment.of(second, 0, 1.0, 1.0))
                .build();
    }

    @Test
    void aTruncatedTake() throws Exception {
        Path whole = Synth.greys(dir.resolve("whole.mp4"), ClipFormat.video(160, 120, 24), 48, i -> 30);
        Path half = Clips.cut(whole, dir.resolve("half.mp4"), Files.size(whole) / 2);
        assertRefused(planWith(half), half, "truncated");
    }

    @Test
    void aTruncatedTakeWhoseIndexSurvived() throws Exception {
        Path whole = Synth.greys(dir.resolve("whole.mp4"), ClipFormat.video(160, 120, 24).fastStart(true), 96, i -> 2 * i);
        Path half = Clips.cut(whole, dir.resolve("half.mp4"), Files.size(whole) / 2);
        assertRefused(planWith(half), half, "is truncated");
    }

    @Test
    void aMissingTake() {
        Path missing = dir.resolve("takes/Lake/t7.mp4");
        assertRefused(planWith(missing), missing, "no such file");
    }

    @Test
    void aZeroLengthTake() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.mp4"));
        assertRefused(planWith(empty), empty, "is empty (0 bytes)");
    }

    @Test
    void aTextFileNamedLikeATake() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.mp4"), "INT. LAKE - DAWN\n".repeat(100));
        assertRefused(planWith(text), text, "is not a video or audio file");
    }

    @Test
    void anAudioFileGivenAsATake() throws Exception {
        Path wav = Synth.tone(dir.resolve("voice.wav"), 1.0, 220, 8000, 1);
        assertRefused(planWith(wav), wav, "has no video stream");
    }

    @Test
    void aMissingSong() {
        Path missing = dir.resolve("media/song.mp3");
        AssemblyPlan plan = AssemblyPlan.builder(320, 240, 24).song(missing).add(Segment.of(good, 0, 1, 0)).build();
        assertRefused(plan, missing, "no such file");
    }

    @Test
    void aSongWithoutSound() {
        AssemblyPlan plan = AssemblyPlan.builder(320, 240, 24).song(good).add(Segment.of(good, 0, 1, 0)).build();
        assertRefused(plan, good, "has no audio stream");
    }

    @Test
    void anEncoderTheBuildDoesNotHave() {
        AssemblyPlan plan = AssemblyPlan.builder(320, 240, 24).song(song).videoEncoder("libx264")
                .add(Segment.of(good, 0, 1, 0)).build();
        MissingEncoderException e = assertThrows(MissingEncoderException.class,
                () -> Assembler.assemble(plan, target, AssemblyMetadata.titled("x"), MediaProgress.NONE));
        assertTrue(e.getMessage().contains("libx264 is GPL"), e.getMessage());
        assertUntouched();
    }

    @Test
    void anUnwritableOutputFolder() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Path inside = locked.resolve("cut.mp4");
        Files.copy(target, inside);
        String before = Synth.sha256(inside);
        boolean immutable = lock(locked);
        try {
            Path where = Files.isWritable(locked) ? Path.of("/sys/kernel/cut.mp4") : inside;
            MediaException e = assertThrows(MediaException.class, () -> Assembler.assemble(planWith(good), where,
                    AssemblyMetadata.titled("x"), MediaProgress.NONE));
            System.out.println(e.getMessage());
            assertTrue(e.getMessage().startsWith(where + ": cannot be written: its folder " + where.getParent()
                    + " is not writable"), e.getMessage());
        } finally {
            unlock(locked, immutable);
        }
        assertEquals(before, Synth.sha256(inside));
        assertEquals(List.of(), Synth.leftovers(locked));
    }

    @Test
    void anOutputFolderThatDoesNotExist() {
        Path nowhere = dir.resolve("no/such/folder/cut.mp4");
        MediaException e = assertThrows(MediaException.class,
                () -> Assembler.assemble(planWith(good), nowhere, AssemblyMetadata.titled("x"), MediaProgress.NONE));
        assertEquals(nowhere + ": cannot be written: its folder " + nowhere.getParent() + " does not exist",
                e.getMessage());
    }

    @Test
    void aCanceledAssemblyLeavesNothing() throws Exception {
        MediaProgress cancelAfterTenFrames = new MediaProgress() {
            int worked;

            @Override
            public void worked(int units) {
                worked += units;
            }

            @Override
            public boolean isCanceled() {
                return worked >= 10;
            }
        };
        Path other = Synth.greys(dir.resolve("other.mp4"), ClipFormat.video(160, 120, 24), 48, i -> 200);
        MediaCanceledException e = assertThrows(MediaCanceledException.class, () -> Assembler.assemble(planWith(other),
                target, AssemblyMetadata.titled("x"), cancelAfterTenFrames));
        assertEquals(target + ": canceled", e.getMessage());
        assertUntouched();
    }

    @Test
    void aTakeShorterThanItsSegmentIsAWarningNotAnError() throws Exception {
        Path short12 = Synth.greys(dir.resolve("short.mp4"), ClipFormat.video(160, 120, 24), 12, i -> 180);
        var result = Assembler.assemble(planWith(short12), target, AssemblyMetadata.titled("x"), MediaProgress.NONE);
        assertEquals(1, result.warnings().size());
        assertEquals(short12, result.warnings().get(0).file());
        assertTrue(result.warnings().get(0).message().contains("its last frame is held for 0.50 s (12 frames)"),
                result.warnings().get(0).message());
        assertFalse(videoBefore.equals(Synth.sha256(target)), "a good plan replaces the video");
        assertEquals(List.of(), Synth.leftovers(out));
    }

    private void assertRefused(AssemblyPlan plan, Path file, String problem) {
        MediaException e = assertThrows(MediaException.class,
                () -> Assembler.assemble(plan, target, AssemblyMetadata.titled("Bad"), MediaProgress.NONE));
        System.out.println(e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ": "), "names the file: " + e.getMessage());
        assertTrue(e.problem().contains(problem), "says '" + problem + "': " + e.getMessage());
        assertEquals(file, e.file().orElseThrow());
        assertUntouched();
    }

    private void assertUntouched() {
        try {
            assertEquals(videoBefore, Synth.sha256(target), "the good video is untouched");
            assertEquals(manifestBefore, Files.readString(out.resolve("cut.provenance.json")), "and its manifest");
            assertEquals(List.of(), Synth.leftovers(out), "no temporary file is left");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Makes {@code folder} unwritable: by permissions, and for root (whom permissions do not
     * stop) by the immutable attribute when chattr is there.
     *
     * @return whether the immutable attribute was set
     */
    private static boolean lock(Path folder) throws Exception {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!Files.isWritable(folder) || !Files.isExecutable(Path.of("/usr/bin/chattr"))) {
            return false;
        }
        Process chattr = new ProcessBuilder("/usr/bin/chattr", "+i", folder.toString()).redirectErrorStream(true).start();
        chattr.getInputStream().readAllBytes();
        return chattr.waitFor(10, TimeUnit.SECONDS) && chattr.exitValue() == 0;
    }

    private static void unlock(Path folder, boolean immutable) throws Exception {
        if (immutable) {
            new ProcessBuilder("/usr/bin/chattr", "-i", folder.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
