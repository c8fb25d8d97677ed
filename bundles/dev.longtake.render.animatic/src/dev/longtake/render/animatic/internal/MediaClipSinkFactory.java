package dev.longtake.render.animatic.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import dev.longtake.media.ClipFormat;
import dev.longtake.media.ClipWriter;
import dev.longtake.media.MediaException;
import dev.longtake.render.animatic.ClipSink;
import dev.longtake.render.animatic.ClipSinkFactory;

/**
 * Animatic takes as MP4 through the media bundle's encoder. An animatic is a preview, so it
 * uses FFmpeg's mpeg4 encoder (about three times as fast as OpenH264 here) at a bitrate that
 * keeps captions sharp; every FFmpeg build has it.
 */
public final class MediaClipSinkFactory implements ClipSinkFactory {

    static final String ENCODER = "mpeg4";

    @Override
    public String fileExtension() {
        return "mp4";
    }

    @Override
    public ClipSink open(Path path, int width, int height, double fps) throws IOException {
        int bitrate = (int) Math.min(12_000_000L, Math.max(1_000_000L, (long) width * height * 4L));
        ClipWriter writer;
        try {
            writer = ClipWriter.open(path, ClipFormat.video(width, height, fps).encoder(ENCODER).bitrate(bitrate)
                    .comment("Longtake animatic"));
        } catch (MediaException e) {
            throw new IOException(e.getMessage(), e);
        }
        return new ClipSink() {
            @Override
            public void write(BufferedImage frame) throws IOException {
                try {
                    writer.write(frame);
                } catch (MediaException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    writer.finish();
                } catch (MediaException e) {
                    throw new IOException(e.getMessage(), e);
                } finally {
                    writer.close();
                }
            }

            @Override
            public void abort() {
                writer.close();
            }
        };
    }
}
