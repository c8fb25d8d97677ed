package dev.longtake.render.animatic;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * A video file being written, one frame at a time. {@link #close} finishes the file;
 * {@link #abort} gives it up (the engine deletes what is left).
 */
public interface ClipSink extends AutoCloseable {

    /** Appends a frame of exactly the size the sink was opened with. */
    void write(BufferedImage frame) throws IOException;

    /** Finishes the file: after this it is complete and playable. */
    @Override
    void close() throws IOException;

    /** Stops without finishing (on cancel or error); never throws. */
    void abort();
}
