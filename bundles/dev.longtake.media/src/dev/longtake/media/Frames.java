package dev.longtake.media;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import dev.longtake.media.internal.FrameReader;
import dev.longtake.media.internal.ImageFiles;

/**
 * Pictures out of clips: the first frames (to judge a prompt from a short preview) and
 * thumbnails. Frames are decoded by FFmpeg, scaled by swscale to fit the size asked for
 * (aspect kept), and copied into images that belong to the caller.
 */
public final class Frames {

    private Frames() {
    }

    /**
     * Up to {@code count} frames from the start of {@code clip}, each fitted within
     * {@code maxWidth} x {@code maxHeight} (never enlarged). Fewer come back when the clip is
     * shorter, or truncated: a partly downloaded clip still gives the frames it holds.
     *
     * @return TYPE_3BYTE_BGR images, one per frame, in order
     */
    public static List<BufferedImage> first(Path clip, int count, int maxWidth, int maxHeight, MediaProgress progress)
            throws MediaException {
        return FrameReader.first(clip, count, maxWidth, maxHeight, progress);
    }

    /** The first frame of {@code clip}, fitted within {@code maxWidth} x {@code maxHeight}. */
    public static BufferedImage thumbnail(Path clip, int maxWidth, int maxHeight) throws MediaException {
        List<BufferedImage> frames = FrameReader.first(clip, 1, maxWidth, maxHeight, MediaProgress.NONE);
        if (frames.isEmpty()) {
            throw new MediaException(clip, "has no picture to make a thumbnail from");
        }
        return frames.get(0);
    }

    /**
     * Writes the thumbnail of {@code clip} to {@code image}, as PNG or JPEG by its extension,
     * atomically (an existing image is replaced only by a complete new one).
     */
    public static Path writeThumbnail(Path clip, Path image, int maxWidth, int maxHeight) throws MediaException {
        return writeImage(thumbnail(clip, maxWidth, maxHeight), image);
    }

    /** Writes {@code picture} to {@code image} (.png, .jpg or .jpeg) atomically. */
    public static Path writeImage(BufferedImage picture, Path image) throws MediaException {
        return ImageFiles.write(picture, image);
    }
}
