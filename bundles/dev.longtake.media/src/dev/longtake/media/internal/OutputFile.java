package dev.longtake.media.internal;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_CAP_EXPERIMENTAL;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PROFILE_H264_CONSTRAINED_BASELINE;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_GLOBALHEADER;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_NONE;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16P;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_d2q;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;
import static org.bytedeco.ffmpeg.global.avutil.av_inv_q;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.ShortBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;

import dev.longtake.media.MediaException;
import dev.longtake.media.MediaInfo;

/**
 * The assembler's writer, straight on libavcodec and libavformat: it encodes pictures it is
 * given by reference (FFmpeg's reference-counted frames, so the encoder copies nothing it does
 * not have to, as in the ffmpeg command line) and interleaved float samples, and muxes both
 * into a temporary file beside the target. {@link #complete()} flushes the encoders, writes
 * the index and checks that the file reads back with every frame; {@link #commit()} renames
 * it over the target; {@link #close()} without both discards it. Every native object is freed
 * on every path. One thread uses a writer.
 */
final class OutputFile implements AutoCloseable {

    /**
     * What to write.
     *
     * @param videoEncoder an encoder the build has (checked by the caller)
     * @param pixelFormat  the encoder's input format; pictures (4:2:0) are converted to it when it differs
     * @param audioEncoder null for no audio
     * @param tags         container metadata
     */
    record Settings(int width, int height, double fps, String videoEncoder, int pixelFormat, long videoBitrate,
            String audioEncoder, int sampleRate, int channels, long audioBitrate, boolean fastStart,
            Map<String, String> tags) {
    }

    private final Path target;
    private final Path temp;
    private final Settings settings;
    private AVFormatContext format;
    private AVCodecContext video;
    private AVCodecContext audio;
    private AVStream videoStream;
    private AVStream audioStream;
    private AVPacket packet;
    private AVFrame samples;
    private AVFrame converted;
    private SwsContext converter;
    private boolean ioOpen;
    private boolean completed;
    private boolean committed;
    private long frames;
    private long samplesWritten;
    private int sampleFormat = AV_SAMPLE_FMT_NONE;
    private int frameSize;
    private float[] pending;
    private int pendingFrames;

    private OutputFile(Path target, Path temp, Settings settings) {
        this.target = target;
        this.temp = temp;
        this.settings = settings;
    }

    /** Opens a temporary file beside {@code target} for writing with {@code settings}. */
    static OutputFile open(Path target, Settings settings) throws MediaException {
        Path absolute = AtomicFiles.writableTarget(target);
        String muxer = Containers.muxerFor(absolute);
        FFmpegRuntime.ensureLoaded();
        Path temp = AtomicFiles.createTempBeside(absolute);
        OutputFile output = new OutputFile(absolute, temp, settings);
        try {
            output.start(muxer);
            return output;
        } catch (MediaException | RuntimeException | Error e) {
            output.close();
            throw e;
        }
    }

    private void start(String muxer) throws MediaException {
        FFmpegRuntime.clearErrors();
        format = new AVFormatContext(null);
        check(avformat_alloc_output_context2(format, null, muxer, temp.toString()), "cannot start a " + muxer + " file");
        boolean globalHeader = (format.oformat().flags() & AVFMT_GLOBALHEADER) != 0;
        packet = av_packet_alloc();

        AVCodec videoCodec = encoder(settings.videoEncoder());
        video = avcodec_alloc_context3(videoCodec);
        AVRational rate = av_d2q(settings.fps(), 1001000);
        video.width(settings.width()).height(settings.height()).pix_fmt(settings.pixelFormat());
        video.framerate(rate).time_base(av_inv_q(rate));
        video.bit_rate(settings.videoBitrate());
        // A keyframe every second keeps seeking and editing the result cheap.
        video.gop_size(Math.max(1, (int) Math.round(settings.fps())));
        video.thread_count(0);
        if (settings.videoEncoder().equals("libopenh264")) {
            video.profile(AV_PROFILE_H264_CONSTRAINED_BASELINE); // what ClipWriter writes too
        }
        if (globalHeader) {
            video.flags(video.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        }
        if ((videoCodec.capabilities() & AV_CODEC_CAP_EXPERIMENTAL) != 0) {
            video.strict_std_compliance(-2);
        }
        AVDictionary options = new AVDictionary(null);
        try {
            if (settings.videoEncoder().equals("libopenh264")) {
                // openh264 spreads a frame over threads only by slices: one per core.
                av_dict_set(options, "slices", String.valueOf(Runtime.getRuntime().availableProcessors()), 0);
            }
            check(avcodec_open2(video, videoCodec, options), "cannot start the " + settings.videoEncoder() + " encoder at "
                    + settings.width() + "x" + settings.height());
        } finally {
            av_dict_free(options);
        }
        videoStream = avformat_new_stream(format, null);
        check(avcodec_parameters_from_context(videoStream.codecpar(), video), "cannot describe the video stream");
        videoStream.time_base(video.time_base());
        videoStream.avg_frame_rate(rate);

        if (settings.audioEncoder() != null) {
            AVCodec audioCodec = encoder(settings.audioEncoder());
            audio = avcodec_alloc_context3(audioCodec);
            sampleFormat = sampleFormatFor(audioCodec);
            audio.sample_fmt(sampleFormat).sample_rate(settings.sampleRate()).bit_rate(settings.audioBitrate());
            av_channel_layout_default(audio.ch_layout(), settings.channels());
            AVRational sampleTime = new AVRational().num(1).den(settings.sampleRate());
            audio.time_base(sampleTime);
            audio.thread_count(0);
            if (globalHeader) {
                audio.flags(audio.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
            }
            check(avcodec_open2(audio, audioCodec, (AVDictionary) null), "cannot start the " + settings.audioEncoder()
                    + " encoder at " + settings.sampleRate() + " Hz");
            audioStream = avformat_new_stream(format, null);
            check(avcodec_parameters_from_context(audioStream.codecpar(), audio), "cannot describe the audio stream");
            audioStream.time_base(audio.time_base());
            frameSize = audio.frame_size() > 0 ? audio.frame_size() : 1024; // PCM takes any size
            samples = av_frame_alloc();
            samples.format(sampleFormat).sample_rate(settings.sampleRate()).nb_samples(frameSize);
            av_channel_layout_copy(samples.ch_layout(), audio.ch_layout());
            check(av_frame_get_buffer(samples, 0), "cannot hold audio frames");
            pending = new float[frameSize * settings.channels()];
        }

        AVDictionary metadata = new AVDictionary(null);
        for (Map.Entry<String, String> tag : settings.tags().entrySet()) {
            try (BytePointer key = new BytePointer(tag.getKey(), StandardCharsets.UTF_8);
                    BytePointer value = new BytePointer(tag.getValue(), StandardCharsets.UTF_8)) {
                av_dict_set(metadata, key, value, 0);
            }
        }
        format.metadata(metadata); // the format context owns and frees it from here

        AVIOContext io = new AVIOContext(null);
        check(avio_open(io, temp.toString(), AVIO_FLAG_WRITE), "cannot be written");
        format.pb(io);
        ioOpen = true;
        AVDictionary headerOptions = new AVDictionary(null);
        try {
            if (Containers.isIsoMedia(muxer)) {
                // Without use_metadata_tags MP4 keeps only a fixed few tags; faststart puts the index in front.
                av_dict_set(headerOptions, "movflags", settings.fastStart() ? "use_metadata_tags+faststart"
                        : "use_metadata_tags", 0);
            }
            check(avformat_write_header(format, headerOptions), "cannot start writing");
        } finally {
            av_dict_free(headerOptions);
        }
    }

    private AVCodec encoder(String name) throws MediaException {
        AVCodec codec = avcodec_find_encoder_by_name(name);
        if (codec == null) {
            throw new MediaException(target, "cannot be written: the encoder " + name + " is not in this FFmpeg build");
        }
        return codec;
    }

    /** Float planar when the encoder takes it (AAC), else float, else 16-bit (PCM). */
    private static int sampleFormatFor(AVCodec codec) {
        IntPointer formats = codec.sample_fmts();
        if (formats == null || formats.isNull()) {
            return AV_SAMPLE_FMT_FLTP;
        }
        int first = formats.get(0);
        for (int preferred : new int[] { AV_SAMPLE_FMT_FLTP, AV_SAMPLE_FMT_FLT, AV_SAMPLE_FMT_S16, AV_SAMPLE_FMT_S16P }) {
            for (int i = 0; formats.get(i) != AV_SAMPLE_FMT_NONE; i++) {
                if (formats.get(i) == preferred) {
                    return preferred;
                }
            }
        }
        return first;
    }

    Path target() {
        return target;
    }

    String videoEncoder() {
        return settings.videoEncoder();
    }

    /**
     * Encodes {@code picture} as the next frame. When the encoder takes 4:2:0 it gets the
     * picture by reference; otherwise (ProRes) a converted copy.
     */
    void writeVideo(Picture picture) throws MediaException {
        ensureWritable();
        AVFrame frame = picture.frame();
        if (settings.pixelFormat() != AV_PIX_FMT_YUV420P) {
            frame = convert(frame);
        }
        frame.pts(frames);
        frame.duration(1); // one frame in the encoder's time base, so the last frame has a length too
        FFmpegRuntime.clearErrors();
        check(avcodec_send_frame(video, frame), "frame " + (frames + 1) + " could not be encoded");
        frames++;
        drain(video, videoStream);
    }

    private AVFrame convert(AVFrame frame) throws MediaException {
        if (converted == null) {
            converted = av_frame_alloc();
            converted.format(settings.pixelFormat()).width(settings.width()).height(settings.height());
            check(av_frame_get_buffer(converted, 0), "cannot hold converted frames");
        }
        // The encoder may still hold the last one: then this gives a fresh buffer.
        check(av_frame_make_writable(converted), "cannot hold converted frames");
        converter = sws_getCachedContext(converter, settings.width(), settings.height(), AV_PIX_FMT_YUV420P,
                settings.width(), settings.height(), settings.pixelFormat(), SWS_BILINEAR, null, null, (DoublePointer) null);
        if (converter == null) {
            throw new MediaException(target, "cannot convert frames for " + settings.videoEncoder());
        }
        sws_scale(converter, frame.data(), frame.linesize(), 0, settings.height(), converted.data(), converted.linesize());
        return converted;
    }

    /**
     * Appends {@code count} sample frames of interleaved float samples (-1..1), one per
     * channel each, from {@code interleaved}.
     */
    void writeAudio(float[] interleaved, int count) throws MediaException {
        ensureWritable();
        int channels = settings.channels();
        int done = 0;
        while (done < count) {
            int n = Math.min(count - done, frameSize - pendingFrames);
            System.arraycopy(interleaved, done * channels, pending, pendingFrames * channels, n * channels);
            pendingFrames += n;
            done += n;
            if (pendingFrames == frameSize) {
                sendSamples();
            }
        }
    }

    /** Encodes the pending samples as one audio frame. */
    private void sendSamples() throws MediaException {
        check(av_frame_make_writable(samples), "cannot hold audio frames");
        int channels = settings.channels();
        int n = pendingFrames;
        samples.nb_samples(n);
        if (sampleFormat == AV_SAMPLE_FMT_FLTP || sampleFormat == AV_SAMPLE_FMT_S16P) {
            for (int c = 0; c < channels; c++) {
                ByteBuffer plane = samples.data(c).capacity((long) frameSize * 4).asByteBuffer()
                        .order(ByteOrder.nativeOrder());
                if (sampleFormat == AV_SAMPLE_FMT_FLTP) {
                    FloatBuffer out = plane.asFloatBuffer();
                    for (int i = 0; i < n; i++) {
                        out.put(i, pending[i * channels + c]);
                    }
                } else {
                    ShortBuffer out = plane.asShortBuffer();
                    for (int i = 0; i < n; i++) {
                        out.put(i, toShort(pending[i * channels + c]));
                    }
                }
            }
        } else {
            ByteBuffer plane = samples.data(0).capacity((long) frameSize * channels * 4).asByteBuffer()
                    .order(ByteOrder.nativeOrder());
            if (sampleFormat == AV_SAMPLE_FMT_FLT) {
                plane.asFloatBuffer().put(pending, 0, n * channels);
            } else {
                ShortBuffer out = plane.asShortBuffer();
                for (int i = 0; i < n * channels; i++) {
                    out.put(i, toShort(pending[i]));
                }
            }
        }
        samples.pts(samplesWritten);
        samples.duration(n);
        FFmpegRuntime.clearErrors();
        check(avcodec_send_frame(audio, samples), "audio could not be encoded");
        samplesWritten += n;
        pendingFrames = 0;
        drain(audio, audioStream);
    }

    private static short toShort(float sample) {
        return (short) Math.max(-32768, Math.min(32767, Math.round(sample * 32768f)));
    }

    /** Writes every packet the encoder has ready. */
    private void drain(AVCodecContext codec, AVStream stream) throws MediaException {
        while (true) {
            int received = avcodec_receive_packet(codec, packet);
            if (received == AVERROR_EOF || received == org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN()) {
                return;
            }
            check(received, "could not be encoded");
            try {
                av_packet_rescale_ts(packet, codec.time_base(), stream.time_base());
                packet.stream_index(stream.index());
                check(av_interleaved_write_frame(format, packet), "could not be written");
            } finally {
                av_packet_unref(packet);
            }
        }
    }

    /**
     * Flushes the encoders, writes the index (moving it to the front when asked) and checks
     * that the file reads back with every frame written, without replacing the target yet.
     */
    void complete() throws MediaException {
        ensureWritable();
        if (frames == 0) {
            throw new MediaException(target, "cannot be written: no frames");
        }
        if (audio != null) {
            if (pendingFrames > 0) {
                sendSamples(); // a short last frame
            }
            avcodec_send_frame(audio, null);
            drain(audio, audioStream);
        }
        avcodec_send_frame(video, null);
        drain(video, videoStream);
        FFmpegRuntime.clearErrors();
        check(av_write_trailer(format), "could not be completed");
        closeIo();
        MediaInfo info;
        try {
            info = Prober.probe(temp);
        } catch (MediaException e) {
            throw new MediaException(target, "was written but does not read back (" + e.problem() + ")", e);
        }
        OptionalLong stored = info.video().map(MediaInfo.VideoStream::frameCount).orElse(OptionalLong.empty());
        if (info.video().isEmpty() || stored.isPresent() && stored.getAsLong() != frames) {
            throw new MediaException(target, "was written with " + frames + " frames but reads back with "
                    + (info.video().isEmpty() ? "no video" : stored.getAsLong() + " frames"));
        }
        completed = true;
        releaseCoders();
    }

    /** The completed file that {@link #commit()} will move over the target. */
    Path completedFile() {
        if (!completed || committed) {
            throw new IllegalStateException(target + ": not completed");
        }
        return temp;
    }

    /** Syncs the completed file and renames it over the target. */
    Path commit() throws MediaException {
        completedFile();
        AtomicFiles.commit(temp, target);
        committed = true;
        return target;
    }

    private void ensureWritable() {
        if (completed || committed || format == null) {
            throw new IllegalStateException(target + ": the writer is " + (completed ? "completed" : "closed"));
        }
    }

    /** Turns an FFmpeg error code into a message naming the target. */
    private void check(int result, String what) throws MediaException {
        if (result < 0) {
            throw new MediaException(target, what + " (" + FFmpegRuntime.explain(result) + ")");
        }
    }

    private void closeIo() {
        if (ioOpen) {
            avio_closep(format.pb());
            format.pb(null);
            ioOpen = false;
        }
    }

    private void releaseCoders() {
        if (video != null) {
            avcodec_free_context(video);
            video = null;
        }
        if (audio != null) {
            avcodec_free_context(audio);
            audio = null;
        }
        if (samples != null) {
            av_frame_free(samples);
            samples = null;
        }
        if (converted != null) {
            av_frame_free(converted);
            converted = null;
        }
        if (converter != null) {
            sws_freeContext(converter);
            converter = null;
        }
        if (packet != null) {
            av_packet_free(packet);
            packet = null;
        }
    }

    /** Frees everything; unless committed, deletes the temporary file. Never throws. */
    @Override
    public void close() {
        releaseCoders();
        if (format != null) {
            closeIo();
            avformat_free_context(format);
            format = null;
        }
        if (!committed) {
            AtomicFiles.deleteQuietly(temp);
        }
    }
}
