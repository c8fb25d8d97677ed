package dev.longtake.media.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.longtake.media.MediaException;

/** The output containers Longtake writes, chosen by the target's extension. */
final class Containers {

    private static final Map<String, String> MUXERS = Map.of(
            "mp4", "mp4", "m4v", "mp4", "mov", "mov", "mkv", "matroska", "webm", "webm", "avi", "avi");

    /** WebM takes only VP8/VP9/AV1 video and Opus/Vorbis audio. */
    static final List<String> WEBM_VIDEO_ENCODERS = List.of("libvpx-vp9", "libsvtav1", "libaom-av1", "libvpx");

    private Containers() {
    }

    /** FFmpeg's muxer name for {@code target}, e.g. "mp4" for take.mp4. */
    static String muxerFor(Path target) throws MediaException {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String muxer = MUXERS.get(extension);
        if (muxer == null) {
            throw new MediaException(target, "cannot be written: '." + extension
                    + "' is not a video container Longtake writes (use .mp4, .mov, .mkv, .webm or .avi)");
        }
        return muxer;
    }

    /** MP4 and MOV keep arbitrary tags and can move their index to the front. */
    static boolean isIsoMedia(String muxer) {
        return muxer.equals("mp4") || muxer.equals("mov");
    }

    static String defaultAudioEncoder(String muxer) {
        return muxer.equals("webm") ? "libopus" : "aac";
    }
}
