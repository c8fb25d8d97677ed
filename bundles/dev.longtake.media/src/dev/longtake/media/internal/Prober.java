package dev.longtake.media.internal;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_CORRUPT;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_DURATION_FROM_BITRATE;
import static org.bytedeco.ffmpeg.global.avformat.AVSEEK_FLAG_BACKWARD;
import static org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_ATTACHED_PIC;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_seek_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_INVALIDDATA;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_iterate;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_get_pix_fmt_name;
import static org.bytedeco.ffmpeg.global.avutil.av_q2d;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.BytePointer;

import dev.longtake.media.MediaException;
import dev.longtake.media.MediaInfo;
import dev.longtake.media.MediaInfo.AudioStream;
import dev.longtake.media.MediaInfo.VideoStream;

/**
 * Probing on libavformat directly (no decoder is opened, no picture decoded): open, read
 * stream parameters, read the last second of packets to catch truncation, close. Every
 * native allocation is freed in a finally block.
 */
public final class Prober {

    /** How much of the stated duration may be missing at the end before a file counts as truncated. */
    private static final double TAIL_TOLERANCE_SECONDS = 0.25;

    private Prober() {
    }

    public static MediaInfo probe(Path file) throws MediaException {
        long size = checkReadable(file);
        FFmpegRuntime.ensureLoaded();
        AVFormatContext context = open(file);
        try {
            FFmpegRuntime.clearErrors();
            int found = avformat_find_stream_info(context, (AVDictionary) null);
            if (found < 0) {
                throw new MediaException(file, "has streams FFmpeg cannot read (" + FFmpegRuntime.explain(found) + ")");
            }
            MediaInfo info = describe(file, size, context);
            if (info.video().isEmpty() && info.audio().isEmpty()) {
                throw new MediaException(file, "has neither video nor audio");
            }
            checkTail(file, context, info.seconds());
            return info;
        } finally {
            avformat_close_input(context);
        }
    }

    /**
     * What can be said without FFmpeg: missing, a folder, unreadable, empty.
     *
     * @return the file's size
     */
    static long checkReadable(Path file) throws MediaException {
        if (!Files.exists(file)) {
            throw new MediaException(file, Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    ? "is a link to a file that does not exist" : "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new MediaException(file, "is a folder, not a media file");
        }
        if (!Files.isReadable(file)) {
            throw new MediaException(file, "cannot be read (permission denied)");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new MediaException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (size == 0) {
            throw new MediaException(file, "is empty (0 bytes)");
        }
        return size;
    }

    /** Opens {@code file} with the input restrictions, or explains why it cannot be. */
    static AVFormatContext open(Path file) throws MediaException {
        AVFormatContext context = new AVFormatContext(null);
        AVDictionary options = new AVDictionary(null);
        try (BytePointer url = new BytePointer(file.toAbsolutePath().toString(), StandardCharsets.UTF_8)) {
            FFmpegRuntime.inputOptions().forEach((key, value) -> av_dict_set(options, key, value, 0));
            FFmpegRuntime.clearErrors();
            int opened = avformat_open_input(context, url, null, options);
            if (opened < 0) {
                // On failure FFmpeg has freed the context itself.
                throw unreadable(file, opened);
            }
            return context;
        } finally {
            av_dict_free(options);
        }
    }

    /** The message for a file FFmpeg would not open, from its error code and log. */
    static MediaException unreadable(Path file, int error) {
        String logged = FFmpegRuntime.lastErrors();
        if (logged.contains("moov atom not found")) {
            // FFmpeg tries the MP4 reader on anything named .mp4; only a file that starts
            // like one is a truncated clip, the rest is not a clip at all.
            return startsLikeIsoMedia(file)
                    ? new MediaException(file, "is incomplete or truncated: its index (the MP4 moov atom) is missing")
                    : new MediaException(file, "is not a video or audio file (it has an MP4 name but not MP4 content)");
        }
        if (logged.contains("not on whitelist")) {
            return new MediaException(file, "is not a video or audio file Longtake reads (its format is none of "
                    + "MP4/MOV, Matroska/WebM, AVI, MPEG-TS, MP3, WAV, FLAC, Ogg, AAC, GIF)");
        }
        if (error == AVERROR_INVALIDDATA) {
            return new MediaException(file, "is not a video or audio file FFmpeg can read ("
                    + FFmpegRuntime.explain(error) + ")");
        }
        return new MediaException(file, "cannot be opened (" + FFmpegRuntime.explain(error) + ")");
    }

    /** True when the file begins with an ISO media box (ftyp, moov, mdat, free, skip, wide). */
    private static boolean startsLikeIsoMedia(Path file) {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 8) < 8) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        String type = new String(head, 4, 4, StandardCharsets.ISO_8859_1);
        return List.of("ftyp", "moov", "mdat", "free", "skip", "wide").contains(type);
    }

    private static MediaInfo describe(Path file, long size, AVFormatContext context) {
        VideoStream video = null;
        AudioStream audio = null;
        for (int i = 0; i < context.nb_streams(); i++) {
            AVStream stream = context.streams(i);
            AVCodecParameters parameters = stream.codecpar();
            if (video == null && parameters.codec_type() == AVMEDIA_TYPE_VIDEO
                    && (stream.disposition() & AV_DISPOSITION_ATTACHED_PIC) == 0 && parameters.width() > 0) {
                long frames = stream.nb_frames();
                BytePointer pixelFormat = av_get_pix_fmt_name(parameters.format());
                video = new VideoStream(avcodec_get_name(parameters.codec_id()).getString(), parameters.width(),
                        parameters.height(), frameRate(stream), frames > 0 ? OptionalLong.of(frames) : OptionalLong.empty(),
                        pixelFormat == null ? "" : pixelFormat.getString());
            } else if (audio == null && parameters.codec_type() == AVMEDIA_TYPE_AUDIO && parameters.sample_rate() > 0) {
                audio = new AudioStream(avcodec_get_name(parameters.codec_id()).getString(), parameters.sample_rate(),
                        parameters.ch_layout().nb_channels());
            }
        }
        long micros = context.duration() == AV_NOPTS_VALUE ? 0 : Math.max(0, context.duration());
        return new MediaInfo(file, size, context.iformat().name().getString(), Duration.ofNanos(micros * 1000),
                Math.max(0, context.bit_rate()), Optional.ofNullable(video), Optional.ofNullable(audio),
                tags(context.metadata()));
    }

    private static double frameRate(AVStream stream) {
        AVRational average = stream.avg_frame_rate();
        if (average.num() > 0 && average.den() > 0) {
            return av_q2d(average);
        }
        AVRational real = stream.r_frame_rate();
        return real.num() > 0 && real.den() > 0 ? av_q2d(real) : 0;
    }

    private static Map<String, String> tags(AVDictionary metadata) {
        Map<String, String> tags = new TreeMap<>();
        if (metadata == null || metadata.isNull()) {
            return Collections.unmodifiableMap(tags);
        }
        for (AVDictionaryEntry entry = av_dict_iterate(metadata, null); entry != null;
                entry = av_dict_iterate(metadata, entry)) {
            tags.put(entry.key().getString(StandardCharsets.UTF_8), entry.value().getString(StandardCharsets.UTF_8));
        }
        return Collections.unmodifiableMap(tags);
    }

    /**
     * Reads the packets of the last second. A file whose index survived but whose data was cut
     * (an MP4 with its index in front, a Matroska file) opens fine; only reading its end shows
     * that the data stops early. Durations guessed from the bitrate are too rough to judge.
     */
    private static void checkTail(Path file, AVFormatContext context, double seconds) throws MediaException {
        if (seconds <= 0 || context.duration_estimation_method() == AVFMT_DURATION_FROM_BITRATE) {
            return;
        }
        double start = context.start_time() == AV_NOPTS_VALUE ? 0 : context.start_time() / (double) AV_TIME_BASE;
        long from = (long) (Math.max(0, seconds - 1) * AV_TIME_BASE) + Math.round(start * AV_TIME_BASE);
        if (av_seek_frame(context, -1, from, AVSEEK_FLAG_BACKWARD) < 0) {
            return; // not seekable (a raw stream): nothing cheap to check
        }
        AVPacket packet = av_packet_alloc();
        try {
            double end = -1;
            FFmpegRuntime.clearErrors();
            for (int read = av_read_frame(context, packet); read != AVERROR_EOF; read = av_read_frame(context, packet)) {
                if (read < 0) {
                    throw new MediaException(file, "is truncated or damaged near the end ("
                            + FFmpegRuntime.explain(read) + ")");
                }
                try {
                    if ((packet.flags() & AV_PKT_FLAG_CORRUPT) != 0) {
                        throw new MediaException(file, "is truncated or damaged near the end (a packet is corrupt)");
                    }
                    long time = packet.pts() != AV_NOPTS_VALUE ? packet.pts() : packet.dts();
                    if (time != AV_NOPTS_VALUE) {
                        double timeBase = av_q2d(context.streams(packet.stream_index()).time_base());
                        end = Math.max(end, (time + Math.max(0, packet.duration())) * timeBase - start);
                    }
                } finally {
                    av_packet_unref(packet);
                }
            }
            if (end < seconds - TAIL_TOLERANCE_SECONDS) {
                throw new MediaException(file, String.format(Locale.ROOT,
                        "is truncated: it should last %.2f s but its data ends %s", seconds,
                        end < 0 ? "before the last second" : String.format(Locale.ROOT, "at %.2f s", end)));
            }
        } finally {
            av_packet_free(packet);
        }
    }
}
