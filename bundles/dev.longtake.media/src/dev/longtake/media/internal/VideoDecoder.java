package dev.longtake.media.internal;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_flush_buffers;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.AVSEEK_FLAG_BACKWARD;
import static org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_ATTACHED_PIC;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_seek_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.av_q2d;

import java.nio.file.Path;
import java.util.Locale;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avutil;

import dev.longtake.media.MediaException;

/**
 * Decodes the video stream of one file, straight on libavformat and libavcodec: frames come
 * out as the decoder made them (no conversion, no copy), with their time in seconds from the
 * stream's start. The decoder uses FFmpeg's automatic threading, as the ffmpeg command does.
 * Every native object is freed by {@link #close()}, which is safe to call more than once.
 */
final class VideoDecoder implements AutoCloseable {

    private final Path file;
    private AVFormatContext format;
    private AVCodecContext codec;
    private AVPacket packet;
    private final int streamIndex;
    private final double timeBase;
    private final long startPts;
    private final double frameSeconds;
    private boolean draining;
    private double lastTime = -1;

    private VideoDecoder(Path file, AVFormatContext format, AVCodecContext codec, AVStream stream) {
        this.file = file;
        this.format = format;
        this.codec = codec;
        this.streamIndex = stream.index();
        this.timeBase = av_q2d(stream.time_base());
        this.startPts = stream.start_time() == AV_NOPTS_VALUE ? 0 : stream.start_time();
        AVRational rate = stream.avg_frame_rate().num() > 0 ? stream.avg_frame_rate() : stream.r_frame_rate();
        this.frameSeconds = rate.num() > 0 && rate.den() > 0 ? rate.den() / (double) rate.num() : 0;
        this.packet = av_packet_alloc();
    }

    /** Opens {@code file}'s main video stream for decoding, or says why it cannot be. */
    static VideoDecoder open(Path file) throws MediaException {
        Prober.checkReadable(file);
        FFmpegRuntime.ensureLoaded();
        AVFormatContext format = Prober.open(file);
        AVCodecContext codec = null;
        try {
            FFmpegRuntime.clearErrors();
            int found = avformat_find_stream_info(format, (AVDictionary) null);
            if (found < 0) {
                throw new MediaException(file, "has streams FFmpeg cannot read (" + FFmpegRuntime.explain(found) + ")");
            }
            AVStream stream = videoStream(format);
            if (stream == null) {
                throw new MediaException(file, "has no video stream");
            }
            int codecId = stream.codecpar().codec_id();
            AVCodec decoder = avcodec_find_decoder(codecId);
            if (decoder == null) {
                throw new MediaException(file, "is encoded with " + avcodec_get_name(codecId).getString()
                        + ", which this FFmpeg build cannot decode");
            }
            codec = avcodec_alloc_context3(decoder);
            if (codec == null) {
                throw new MediaException(file, "cannot be decoded: out of memory for a decoder");
            }
            int copied = avcodec_parameters_to_context(codec, stream.codecpar());
            if (copied < 0) {
                throw new MediaException(file, "cannot be decoded (" + FFmpegRuntime.explain(copied) + ")");
            }
            codec.pkt_timebase(stream.time_base());
            codec.thread_count(0); // automatic, as the ffmpeg command line does
            FFmpegRuntime.clearErrors();
            int opened = avcodec_open2(codec, decoder, (AVDictionary) null);
            if (opened < 0) {
                throw new MediaException(file, "cannot be decoded: its " + avcodec_get_name(codecId).getString()
                        + " decoder does not start (" + FFmpegRuntime.explain(opened) + ")");
            }
            VideoDecoder decoderOfFile = new VideoDecoder(file, format, codec, stream);
            format = null;
            codec = null;
            return decoderOfFile;
        } finally {
            if (codec != null) {
                avcodec_free_context(codec);
            }
            if (format != null) {
                avformat_close_input(format);
            }
        }
    }

    private static AVStream videoStream(AVFormatContext format) {
        for (int i = 0; i < format.nb_streams(); i++) {
            AVStream stream = format.streams(i);
            if (stream.codecpar().codec_type() == AVMEDIA_TYPE_VIDEO
                    && (stream.disposition() & AV_DISPOSITION_ATTACHED_PIC) == 0 && stream.codecpar().width() > 0) {
                return stream;
            }
        }
        return null;
    }

    Path file() {
        return file;
    }

    /** Seconds per frame as the stream states its rate, or 0 when it does not. */
    double frameSeconds() {
        return frameSeconds;
    }

    /**
     * Moves to the keyframe at or before {@code seconds}, so that decoding from there reaches
     * that time soon. Frames before it still come out and are the caller's to skip. When the
     * file cannot seek, decoding simply goes on from where it is.
     */
    void seekBefore(double seconds) {
        long target = startPts + (long) Math.floor(seconds / timeBase);
        if (av_seek_frame(format, streamIndex, target, AVSEEK_FLAG_BACKWARD) >= 0) {
            avcodec_flush_buffers(codec);
            draining = false;
        }
    }

    /**
     * Decodes the next frame into {@code frame} (which is unreferenced first).
     *
     * @return false at the end of the stream
     * @throws MediaException naming the file when its data cannot be read or decoded
     */
    boolean next(AVFrame frame) throws MediaException {
        while (true) {
            int received = avcodec_receive_frame(codec, frame);
            if (received >= 0) {
                lastTime = timeOf(frame);
                return true;
            }
            if (received == AVERROR_EOF) {
                return false;
            }
            if (received != avutil.AVERROR_EAGAIN()) {
                throw damaged("could not be decoded", received);
            }
            if (draining) {
                return false;
            }
            FFmpegRuntime.clearErrors();
            int read = av_read_frame(format, packet);
            if (read == AVERROR_EOF) {
                avcodec_send_packet(codec, null); // drain the frames the decoder still holds
                draining = true;
                continue;
            }
            if (read < 0) {
                throw damaged("could not be read", read);
            }
            try {
                if (packet.stream_index() == streamIndex) {
                    int sent = avcodec_send_packet(codec, packet);
                    if (sent < 0 && sent != avutil.AVERROR_EAGAIN()) {
                        throw damaged("could not be decoded", sent);
                    }
                }
            } finally {
                av_packet_unref(packet);
            }
        }
    }

    /** The frame's time in seconds from the start of the stream. */
    double timeOf(AVFrame frame) {
        long pts = frame.best_effort_timestamp();
        if (pts == AV_NOPTS_VALUE) {
            pts = frame.pts();
        }
        if (pts == AV_NOPTS_VALUE) {
            // No timestamps at all: count on from the last frame.
            return lastTime < 0 ? 0 : lastTime + (frameSeconds > 0 ? frameSeconds : 0.04);
        }
        return (pts - startPts) * timeBase;
    }

    /** How long {@code frame} lasts: its own duration when the stream gives one, else the stream's frame rate. */
    double durationOf(AVFrame frame) {
        long duration = frame.duration();
        if (duration > 0) {
            return duration * timeBase;
        }
        return frameSeconds;
    }

    private MediaException damaged(String what, int error) {
        String at = lastTime < 0 ? "at its start" : String.format(Locale.ROOT, "after %.2f s", lastTime);
        return new MediaException(file, what + " " + at + ": it is damaged or truncated (" + FFmpegRuntime.explain(error)
                + ")");
    }

    @Override
    public void close() {
        if (packet != null) {
            av_packet_free(packet);
            packet = null;
        }
        if (codec != null) {
            avcodec_free_context(codec);
            codec = null;
        }
        if (format != null) {
            avformat_close_input(format);
            format = null;
        }
    }
}
