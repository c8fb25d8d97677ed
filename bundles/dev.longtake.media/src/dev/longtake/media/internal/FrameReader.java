package dev.longtake.media.internal;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

import dev.longtake.media.MediaCanceledException;
import dev.longtake.media.MediaException;
import dev.longtake.media.MediaProgress;

/**
 * Decodes frames with JavaCV's FFmpegFrameGrabber, always inside try-with-resources (an
 * unclosed grabber keeps its decoder and buffers: tens of MB each). The grabber reuses one
 * Frame for every grab, so each picture is copied out before the next grab.
 */
public final class FrameReader {

    private FrameReader() {
    }

    public static List<BufferedImage> first(Path clip, int count, int maxWidth, int maxHeight, MediaProgress progress)
            throws MediaException {
        if (count < 0 || maxWidth < 1 || maxHeight < 1) {
            throw new IllegalArgumentException("asked for " + count + " frames within " + maxWidth + "x" + maxHeight);
        }
        Prober.checkReadable(clip);
        FFmpegRuntime.ensureLoaded();
        progress.begin("Reading the first frames of " + clip.getFileName(), count);
        List<BufferedImage> frames = new ArrayList<>(count);
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clip.toAbsolutePath().toString())) {
            FFmpegRuntime.inputOptions().forEach(grabber::setOption);
            grabber.setPixelFormat(AV_PIX_FMT_BGR24);
            start(clip, grabber);
            if (!grabber.hasVideo()) {
                throw new MediaException(clip, "has no video stream");
            }
            int[] size = fit(grabber.getImageWidth(), grabber.getImageHeight(), maxWidth, maxHeight);
            grabber.setImageWidth(size[0]);
            grabber.setImageHeight(size[1]);
            while (frames.size() < count) {
                if (progress.isCanceled()) {
                    throw new MediaCanceledException(clip);
                }
                Frame frame = grabber.grabImage();
                if (frame == null || frame.image == null) {
                    break;
                }
                frames.add(copy(frame));
                progress.worked(1);
            }
        } catch (MediaException e) {
            throw e;
        } catch (Exception e) {
            String logged = FFmpegRuntime.lastErrors();
            throw new MediaException(clip, "could not be decoded (" + e.getMessage()
                    + (logged.isEmpty() ? "" : ": " + logged) + ")", e);
        }
        return frames;
    }

    /** Starts the grabber; when FFmpeg refuses the file, the probe's words say why. */
    private static void start(Path clip, FFmpegFrameGrabber grabber) throws MediaException {
        try {
            FFmpegRuntime.clearErrors();
            grabber.start();
        } catch (Exception e) {
            Prober.probe(clip); // throws the precise reason for almost every unreadable file
            throw new MediaException(clip, "could not be opened for decoding (" + e.getMessage() + ")", e);
        }
    }

    /** The largest size within the bounds with the source's aspect, never larger than the source. */
    static int[] fit(int width, int height, int maxWidth, int maxHeight) {
        double scale = Math.min(1.0, Math.min(maxWidth / (double) width, maxHeight / (double) height));
        return new int[] { Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)) };
    }

    private static BufferedImage copy(Frame frame) {
        int width = frame.imageWidth;
        int height = frame.imageHeight;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        ByteBuffer source = (ByteBuffer) frame.image[0];
        int rowBytes = width * 3;
        for (int y = 0; y < height; y++) {
            source.get(y * frame.imageStride, target, y * rowBytes, rowBytes);
        }
        return image;
    }
}
