package dev.longtake.render.animatic;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens video files for the animatic to draw into. The built-in one writes Motion-JPEG in an
 * AVI container ({@link #mjpegAvi()}); the media bundle's encoder plugs in here to write MP4.
 */
public interface ClipSinkFactory {

    /** The extension of the files this factory writes ("avi", "mp4"). */
    String fileExtension();

    /**
     * Opens {@code path} for a clip of this size and rate. The path is the engine's: write there
     * and nowhere else (a temporary file beside it, renamed over it, is fine).
     */
    ClipSink open(Path path, int width, int height, double fps) throws IOException;

    /** Motion-JPEG in AVI, written by Longtake itself with the JDK's JPEG encoder. */
    static ClipSinkFactory mjpegAvi() {
        return new dev.longtake.render.animatic.internal.MjpegAviWriter.Factory(0.82f);
    }
}
