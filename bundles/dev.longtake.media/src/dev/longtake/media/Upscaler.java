package dev.longtake.media;

import java.nio.file.Path;

import dev.longtake.media.internal.AssemblyEngine;

/**
 * Scales a clip to another size with the assembly's scaler (swscale, Lanczos), keeping its
 * frame rate, every frame and its sound (re-encoded as AAC). A clip of another shape is
 * fitted inside the new size on black. Written atomically, like every output here.
 *
 * <pre>
 * Upscaler.upscale(take, out.resolve("take-2k.mp4"), 2560, 1440, progress);
 * Upscaler.to(2560, 1440).encoder("mpeg4").bitrate(20_000_000).upscale(take, target, progress);
 * </pre>
 */
public final class Upscaler {

    private final int width;
    private final int height;
    private final String encoder;
    private final int bitrate;

    private Upscaler(int width, int height, String encoder, int bitrate) {
        ClipFormat.video(width, height, 24); // the same size rules as any clip
        this.width = width;
        this.height = height;
        this.encoder = encoder;
        this.bitrate = bitrate;
    }

    /** An upscaler to {@code width} x {@code height} with the build's default encoder and bitrate. */
    public static Upscaler to(int width, int height) {
        return new Upscaler(width, height, null, 0);
    }

    /** Upscales {@code source} to {@code width} x {@code height} into {@code target}. */
    public static AssemblyResult upscale(Path source, Path target, int width, int height, MediaProgress progress)
            throws MediaException {
        return to(width, height).upscale(source, target, progress);
    }

    /** Use this video encoder (an FFmpeg name); fails with {@link MissingEncoderException} when the build lacks it. */
    public Upscaler encoder(String name) {
        return new Upscaler(width, height, java.util.Objects.requireNonNull(name, "name"), bitrate);
    }

    /** Video bits per second; 0 for the automatic choice. */
    public Upscaler bitrate(int bitsPerSecond) {
        if (bitsPerSecond < 0) {
            throw new IllegalArgumentException("bitrate " + bitsPerSecond + " is negative");
        }
        return new Upscaler(width, height, encoder, bitsPerSecond);
    }

    /**
     * Writes {@code source} scaled into {@code target}.
     *
     * @throws MediaException naming {@code source} when it cannot be read, or {@code target}
     *                        when it cannot be written
     */
    public AssemblyResult upscale(Path source, Path target, MediaProgress progress) throws MediaException {
        return AssemblyEngine.upscale(source, target, width, height, encoder, bitrate, progress);
    }
}
