package dev.longtake.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.media.ClipFormat;
import dev.longtake.media.ClipWriter;
import dev.longtake.media.FFmpegBuild;
import dev.longtake.media.MissingEncoderException;

/** The FFmpeg build loads inside OSGi and its encoders are reported, chosen and refused honestly. */
class FFmpegBuildTest {

    @TempDir
    Path dir;

    @Test
    void theShippedBuildIsFFmpeg8UnderTheLgplWithOpenH264Mpeg4AndAac() throws Exception {
        FFmpegBuild build = FFmpegBuild.current();
        System.out.println(build + "; video encoders " + build.videoEncoders() + "; audio encoders " + build.audioEncoders());
        assertTrue(build.version().startsWith("8."), build.version());
        assertTrue(build.license().startsWith("LGPL"), build.license());
        assertFalse(build.isGpl());
        assertTrue(build.videoEncoders().containsAll(List.of("libopenh264", "mpeg4", "prores_ks", "mjpeg", "png")),
                build.videoEncoders().toString());
        assertTrue(build.audioEncoders().containsAll(List.of("aac", "libopus")), build.audioEncoders().toString());
        assertFalse(build.videoEncoders().contains("libx264"), "the LGPL build must not have x264");
    }

    @Test
    void withoutX264TheDefaultIsOpenH264() throws Exception {
        assertEquals("libopenh264", FFmpegBuild.current().defaultVideoEncoder());
    }

    @Test
    void askingForX264OnTheLgplBuildNamesItAndSaysWhy() throws Exception {
        MissingEncoderException e = assertThrows(MissingEncoderException.class,
                () -> FFmpegBuild.current().requireVideoEncoder("libx264"));
        assertEquals("libx264", e.encoder());
        assertTrue(e.getMessage().contains("'libx264' is not in this FFmpeg build"), e.getMessage());
        assertTrue(e.getMessage().contains("GPL build"), e.getMessage());
        assertTrue(e.getMessage().contains("libopenh264"), "lists what there is: " + e.getMessage());
    }

    @Test
    void writingWithAMissingEncoderFailsInsteadOfFallingBackToMpeg4() throws Exception {
        Path target = dir.resolve("take.mp4");
        MissingEncoderException e = assertThrows(MissingEncoderException.class,
                () -> ClipWriter.open(target, ClipFormat.video(320, 240, 24).encoder("libx264")));
        assertEquals("libx264", e.encoder());
        assertFalse(Files.exists(target));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aMissingAudioEncoderIsNamedToo() {
        MissingEncoderException e = assertThrows(MissingEncoderException.class,
                () -> ClipWriter.open(dir.resolve("a.mp4"), ClipFormat.video(320, 240, 24).audio(48000, 2)
                        .audioEncoder("libfdk_aac")));
        assertEquals("libfdk_aac", e.encoder());
        assertTrue(e.getMessage().contains("audio encoder 'libfdk_aac'"), e.getMessage());
    }
}
