package dev.longtake.media.internal;

import static org.bytedeco.ffmpeg.global.avcodec.av_codec_is_encoder;
import static org.bytedeco.ffmpeg.global.avcodec.av_codec_iterate;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_configuration;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_license;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.av_version_info;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;

import dev.longtake.media.FFmpegBuild;
import dev.longtake.media.MediaException;

/**
 * Loads FFmpeg once and owns its process-wide settings: the log level, and a log callback
 * that keeps the last error lines of each thread so that failures can say why ("moov atom
 * not found") instead of printing to the terminal. Also the input options every reader uses.
 */
public final class FFmpegRuntime {

    /**
     * The demuxers Longtake reads. Anything else (HLS or concat playlists above all, which
     * can make FFmpeg open other files or URLs named inside a downloaded "video") is refused.
     * FFmpeg matches any name of a demuxer, so "mov" admits "mov,mp4,m4a,3gp,3g2,mj2".
     */
    static final String INPUT_FORMATS = "mov,matroska,avi,mpegts,mp3,wav,flac,ogg,aac,gif";

    /** Set -Dlongtake.media.ffmpegLog=true to see FFmpeg's error lines on standard error. */
    private static final boolean ECHO = Boolean.getBoolean("longtake.media.ffmpegLog");

    private static final int KEPT_LINES = 4;

    private static final ThreadLocal<Deque<String>> LAST_ERRORS = ThreadLocal.withInitial(ArrayDeque::new);

    private static volatile boolean loaded;
    private static Throwable loadFailure;
    // Held for the life of the process: FFmpeg keeps calling it from native code.
    private static LogCallback logCallback;

    private FFmpegRuntime() {
    }

    /**
     * Makes sure the native libraries are loaded, or explains why they cannot be: a missing
     * natives fragment or JVM flag otherwise surfaces as a bare UnsatisfiedLinkError.
     */
    public static void ensureLoaded() throws MediaException {
        if (loaded) {
            return;
        }
        synchronized (FFmpegRuntime.class) {
            if (!loaded && loadFailure == null) {
                try {
                    FFmpegFrameGrabber.tryLoad();
                    FFmpegFrameRecorder.tryLoad();
                    av_log_set_level(AV_LOG_ERROR);
                    logCallback = new ErrorCollector();
                    avutil.setLogCallback(logCallback);
                    loaded = true;
                } catch (Exception | LinkageError e) {
                    loadFailure = e;
                }
            }
            if (!loaded) {
                throw new MediaException(null, "FFmpeg could not be loaded (" + loadFailure
                        + "); the org.bytedeco.ffmpeg.linux-x86_64 and org.bytedeco.javacpp.linux-x86_64"
                        + " bundles must be installed and Java started with"
                        + " --add-opens java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED",
                        loadFailure);
            }
        }
    }

    /** The version, licence and encoders of the loaded FFmpeg. */
    public static FFmpegBuild inspectBuild() throws MediaException {
        ensureLoaded();
        Set<String> video = new TreeSet<>();
        Set<String> audio = new TreeSet<>();
        try (PointerPointer<?> cursor = new PointerPointer<>(1)) {
            cursor.put(0, null);
            for (AVCodec codec = av_codec_iterate(cursor); codec != null; codec = av_codec_iterate(cursor)) {
                if (av_codec_is_encoder(codec) == 0) {
                    continue;
                }
                String name = codec.name().getString();
                if (codec.type() == AVMEDIA_TYPE_VIDEO) {
                    video.add(name);
                } else if (codec.type() == AVMEDIA_TYPE_AUDIO) {
                    audio.add(name);
                }
            }
        }
        return new FFmpegBuild(av_version_info().getString(), avcodec_license().getString(),
                avcodec_configuration().getString(), video, audio);
    }

    /** Options for opening any input: local files only, known containers only. */
    static Map<String, String> inputOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("protocol_whitelist", "file");
        options.put("format_whitelist", INPUT_FORMATS);
        return options;
    }

    /** Forgets this thread's collected error lines, before an operation that may fail. */
    static void clearErrors() {
        LAST_ERRORS.get().clear();
    }

    /** This thread's error lines since {@link #clearErrors()}, joined, or "" when none. */
    static String lastErrors() {
        return String.join("; ", LAST_ERRORS.get());
    }

    /** FFmpeg's text for an error code, e.g. "Invalid data found when processing input". */
    static String describe(int errorCode) {
        byte[] buffer = new byte[256];
        if (av_strerror(errorCode, buffer, buffer.length) < 0) {
            return "FFmpeg error " + errorCode;
        }
        int end = 0;
        while (end < buffer.length && buffer[end] != 0) {
            end++;
        }
        return new String(buffer, 0, end, StandardCharsets.UTF_8);
    }

    /** {@link #describe(int)} followed by what FFmpeg logged on this thread, if anything. */
    static String explain(int errorCode) {
        String logged = lastErrors();
        String described = describe(errorCode);
        return logged.isEmpty() || logged.equals(described) ? described : described + ": " + logged;
    }

    private static final class ErrorCollector extends LogCallback {
        @Override
        public void call(int level, BytePointer message) {
            if (level > AV_LOG_ERROR) {
                return;
            }
            String line = message.getString(StandardCharsets.UTF_8).strip();
            if (line.isEmpty()) {
                return;
            }
            Deque<String> lines = LAST_ERRORS.get();
            if (lines.size() == KEPT_LINES) {
                lines.removeFirst();
            }
            lines.addLast(line);
            if (ECHO) {
                System.err.println("ffmpeg: " + line);
            }
        }
    }
}
