package dev.longtake.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@link Probe} found in a media file.
 *
 * @param file      the file probed
 * @param sizeBytes its size on disk
 * @param container FFmpeg's demuxer name, e.g. "mov,mp4,m4a,3gp,3g2,mj2" (as ffprobe's format_name)
 * @param duration  the container's duration
 * @param bitRate   overall bits per second, 0 when unknown
 * @param video     the main video stream, if any (cover pictures are not video)
 * @param audio     the main audio stream, if any
 * @param tags      the container's metadata tags (title, comment, custom keys), sorted by key
 */
public record MediaInfo(Path file, long sizeBytes, String container, Duration duration, long bitRate,
        Optional<VideoStream> video, Optional<AudioStream> audio, Map<String, String> tags) {

    /**
     * @param codec       decoder name, e.g. "h264", "mpeg4", "prores"
     * @param width       coded width in pixels
     * @param height      coded height in pixels
     * @param fps         average frame rate, 0 when unknown
     * @param frameCount  frames as the container counts them, when it does (MP4 and MOV do)
     * @param pixelFormat e.g. "yuv420p", or "" when unknown
     */
    public record VideoStream(String codec, int width, int height, double fps, OptionalLong frameCount,
            String pixelFormat) {
    }

    /**
     * @param codec      decoder name, e.g. "aac", "opus", "mp3"
     * @param sampleRate samples per second
     * @param channels   channel count
     */
    public record AudioStream(String codec, int sampleRate, int channels) {
    }

    /** The duration in seconds, with its fraction. */
    public double seconds() {
        return duration.toNanos() / 1e9;
    }
}
