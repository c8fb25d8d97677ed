package dev.longtake.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.media.ClipFormat;
import dev.longtake.media.Frames;
import dev.longtake.media.MediaException;
import dev.longtake.media.MediaProgress;
import dev.longtake.media.Probe;

/**
 * Broken files give a MediaException whose message starts with the file and says what is
 * wrong, from the probe and from frame extraction alike: no crash, no bare native error.
 */
class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFile() {
        Path missing = dir.resolve("take-9.mp4");
        assertRefused(missing, "no such file");
    }

    @Test
    void aZeroLengthFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("take-0.mp4"));
        assertRefused(empty, "is empty (0 bytes)");
    }

    @Test
    void aFolderNamedLikeAClip() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("take.mp4"));
        assertRefused(folder, "is a folder");
    }

    @Test
    void aTextFileNamedMp4() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.mp4"), "Shot 12: the camera drifts over the lake.\n".repeat(50));
        assertRefused(text, "is not a video or audio file");
    }

    @Test
    void aClipCutInHalfHasLostItsIndex() throws Exception {
        Path clip = Clips.twoSeconds(dir.resolve("whole.mp4"));
        Path half = Clips.cut(clip, dir.resolve("half.mp4"), Files.size(clip) / 2);
        assertRefused(half, "truncated");
    }

    @Test
    void aFastStartClipCutInHalfOpensButIsFoundTruncated() throws Exception {
        Path clip = Clips.write(dir.resolve("whole.mp4"), ClipFormat.video(320, 240, 24).fastStart(true), 96);
        Probe.of(clip); // whole, it is fine
        Path half = Clips.cut(clip, dir.resolve("half.mp4"), Files.size(clip) / 2);
        MediaException e = assertThrows(MediaException.class, () -> Probe.of(half));
        assertTrue(e.getMessage().startsWith(half + ": is truncated"), e.getMessage());
    }

    @Test
    void aTruncatedClipStillGivesTheFramesItHoldsAndNoMore() throws Exception {
        Path clip = Clips.write(dir.resolve("whole.mp4"), ClipFormat.video(320, 240, 24).fastStart(true), 96);
        Path half = Clips.cut(clip, dir.resolve("half.mp4"), Files.size(clip) / 2);
        assertEquals(4, Frames.first(half, 4, 160, 160, MediaProgress.NONE).size(), "its start is intact");
        int all = Frames.first(half, 96, 160, 160, MediaProgress.NONE).size();
        System.out.println("frames decoded from the first half of a 96-frame clip: " + all);
        assertTrue(all > 24 && all < 96, all + " frames");
    }

    @Test
    void aPlaylistDisguisedAsAClipIsNotFollowed() throws Exception {
        // An HLS playlist would make FFmpeg read the files it names; a downloaded "take" must not.
        Path secret = Files.writeString(dir.resolve("secret.txt"), "api-key=sk-do-not-read\n");
        Path playlist = Files.writeString(dir.resolve("take.mp4"), "#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\n"
                + secret.toUri() + "\n#EXT-X-ENDLIST\n", StandardCharsets.UTF_8);
        assertRefused(playlist, "is not a video or audio file");
    }

    @Test
    void aPlaylistNamedAsOneIsRefusedByFormat() throws Exception {
        // FFmpeg would open this as HLS and fetch what it names; only known containers are read.
        Path secret = Files.writeString(dir.resolve("secret.txt"), "api-key=sk-do-not-read\n");
        Path playlist = Files.writeString(dir.resolve("take.m3u8"), "#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\n"
                + secret.toUri() + "\n#EXT-X-ENDLIST\n", StandardCharsets.UTF_8);
        assertRefused(playlist, "is not a video or audio file Longtake reads");
    }

    @Test
    void randomBytesNamedMp4() throws Exception {
        byte[] noise = new byte[64 * 1024];
        new java.util.Random(42).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.mp4"), noise);
        assertRefused(file, "is not a video or audio file");
    }

    @Test
    void anAudioOnlyFileProbesButHasNoThumbnail() throws Exception {
        // A WAV header and a second of silence, written by hand.
        Path wav = dir.resolve("song.wav");
        int rate = 8000;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(44 + rate * 2).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + rate * 2).put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(rate * 2);
        Files.write(wav, b.array());
        assertEquals(1.0, Probe.of(wav).seconds(), 0.01);
        assertEquals("pcm_s16le", Probe.of(wav).audio().orElseThrow().codec());
        MediaException e = assertThrows(MediaException.class, () -> Frames.thumbnail(wav, 160, 160));
        assertEquals(wav + ": has no video stream", e.getMessage());
    }

    /** Probe, first frames and thumbnail all refuse {@code file} naming it and {@code problem}. */
    private static void assertRefused(Path file, String problem) {
        assertRefusedBy(file, problem, () -> Probe.of(file));
        assertRefusedBy(file, problem, () -> Frames.first(file, 4, 160, 160, MediaProgress.NONE));
        assertRefusedBy(file, problem, () -> Frames.thumbnail(file, 160, 160));
    }

    private static void assertRefusedBy(Path file, String problem, Executable operation) {
        MediaException e = assertThrows(MediaException.class, operation);
        System.out.println(e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ": "), "names the file: " + e.getMessage());
        assertTrue(e.problem().contains(problem), "says '" + problem + "': " + e.getMessage());
        assertEquals(file, e.file().orElseThrow());
    }
}
