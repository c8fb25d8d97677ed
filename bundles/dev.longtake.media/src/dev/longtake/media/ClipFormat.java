package dev.longtake.media;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@link ClipWriter} writes: frame size and rate, encoders, optional audio and the
 * container's metadata tags. Immutable; each {@code with}-style method returns a copy.
 *
 * <pre>
 * ClipFormat.video(1280, 720, 24).title("Shot 12, take 3").tag("longtake_request", hash)
 * </pre>
 */
public final class ClipFormat {

    private static final Pattern TAG_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    private final int width;
    private final int height;
    private final double fps;
    private final String videoEncoder;
    private final int videoBitrate;
    private final int sampleRate;
    private final int channels;
    private final String audioEncoder;
    private final boolean fastStart;
    private final Map<String, String> tags;

    private ClipFormat(int width, int height, double fps, String videoEncoder, int videoBitrate, int sampleRate,
            int channels, String audioEncoder, boolean fastStart, Map<String, String> tags) {
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.videoEncoder = videoEncoder;
        this.videoBitrate = videoBitrate;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.audioEncoder = audioEncoder;
        this.fastStart = fastStart;
        this.tags = tags;
    }

    /**
     * Video of {@code width} x {@code height} at {@code fps} frames per second, no audio, the
     * build's default encoder. Width and height must be even (4:2:0 chroma halves both).
     */
    public static ClipFormat video(int width, int height, double fps) {
        if (width <= 0 || height <= 0 || width % 2 != 0 || height % 2 != 0 || width > 8192 || height > 8192) {
            throw new IllegalArgumentException("frame size " + width + "x" + height
                    + " is not a positive even size up to 8192x8192 (4:2:0 video needs even sizes)");
        }
        if (!(fps > 0 && fps <= 240)) {
            throw new IllegalArgumentException("frame rate " + fps + " is not between 0 and 240 fps");
        }
        return new ClipFormat(width, height, fps, null, 0, 0, 0, null, false, Map.of());
    }

    /**
     * Use this video encoder (an FFmpeg encoder name such as libopenh264, mpeg4, prores_ks,
     * libvpx-vp9); writing fails with {@link MissingEncoderException} if the build lacks it.
     */
    public ClipFormat encoder(String name) {
        Objects.requireNonNull(name, "name");
        return new ClipFormat(width, height, fps, name, videoBitrate, sampleRate, channels, audioEncoder, fastStart, tags);
    }

    /** Target video bitrate in bits per second; 0 (the default) picks one from size and rate. */
    public ClipFormat bitrate(int bitsPerSecond) {
        if (bitsPerSecond < 0) {
            throw new IllegalArgumentException("bitrate " + bitsPerSecond + " is negative");
        }
        return new ClipFormat(width, height, fps, videoEncoder, bitsPerSecond, sampleRate, channels, audioEncoder, fastStart, tags);
    }

    /**
     * Add an audio track fed with 16-bit samples at {@code sampleRate} Hz, encoded as AAC
     * (Opus in WebM) unless {@link #audioEncoder(String)} says otherwise.
     */
    public ClipFormat audio(int sampleRate, int channels) {
        if (sampleRate < 8000 || sampleRate > 192000 || channels < 1 || channels > 8) {
            throw new IllegalArgumentException("audio of " + sampleRate + " Hz, " + channels
                    + " channels is outside 8000-192000 Hz, 1-8 channels");
        }
        return new ClipFormat(width, height, fps, videoEncoder, videoBitrate, sampleRate, channels, audioEncoder, fastStart, tags);
    }

    /** Use this audio encoder; writing fails with {@link MissingEncoderException} if the build lacks it. */
    public ClipFormat audioEncoder(String name) {
        Objects.requireNonNull(name, "name");
        return new ClipFormat(width, height, fps, videoEncoder, videoBitrate, sampleRate, channels, name, fastStart, tags);
    }

    /**
     * Put the MP4/MOV index at the front so players can start before the whole file is read
     * (costs a second pass over the file when it is finished).
     */
    public ClipFormat fastStart(boolean front) {
        return new ClipFormat(width, height, fps, videoEncoder, videoBitrate, sampleRate, channels, audioEncoder, front, tags);
    }

    /** The container's title tag. */
    public ClipFormat title(String title) {
        return tag("title", title);
    }

    /** The container's comment tag. */
    public ClipFormat comment(String comment) {
        return tag("comment", comment);
    }

    /**
     * A container tag; keys are letters, digits and underscores. MP4 and MOV keep any key
     * (as mdta metadata), Matroska and WebM too; a null value removes the tag.
     */
    public ClipFormat tag(String key, String value) {
        checkTagKey(key);
        Map<String, String> copy = new LinkedHashMap<>(tags);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return new ClipFormat(width, height, fps, videoEncoder, videoBitrate, sampleRate, channels, audioEncoder, fastStart,
                Collections.unmodifiableMap(copy));
    }

    /** Container tag keys are a letter followed by up to 63 letters, digits or underscores. */
    static void checkTagKey(String key) {
        if (key == null || !TAG_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("tag key '" + key + "' is not a letter followed by letters, digits or _");
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public double fps() {
        return fps;
    }

    /** The encoder asked for, or empty for the build's default. */
    public Optional<String> videoEncoder() {
        return Optional.ofNullable(videoEncoder);
    }

    /** The bitrate asked for, or the automatic one: about 0.1 bit per pixel, at least 200 kbit/s. */
    public int videoBitrate() {
        if (videoBitrate > 0) {
            return videoBitrate;
        }
        return (int) Math.max(200_000, Math.min(50_000_000L, Math.round(width * (double) height * fps * 0.1)));
    }

    public boolean hasAudio() {
        return channels > 0;
    }

    public int sampleRate() {
        return sampleRate;
    }

    public int channels() {
        return channels;
    }

    /** The audio encoder asked for, or empty for the container's default. */
    public Optional<String> audioEncoder() {
        return Optional.ofNullable(audioEncoder);
    }

    public boolean fastStart() {
        return fastStart;
    }

    /** The container tags in the order they were set. */
    public Map<String, String> tags() {
        return tags;
    }

    @Override
    public String toString() {
        return width + "x" + height + "@" + fps + (videoEncoder == null ? "" : " " + videoEncoder)
                + (hasAudio() ? " + " + sampleRate + " Hz x" + channels : "") + (tags.isEmpty() ? "" : " " + tags);
    }
}
