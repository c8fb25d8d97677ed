package dev.longtake.media.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A fixed set of output-sized pictures shared by the decoding and the encoding thread, so
 * that a long assembly allocates its frame memory once. Taking waits while every picture is
 * in use (the encoder gives them back as it goes).
 */
final class PicturePool implements AutoCloseable {

    private final BlockingQueue<Picture> free;
    private final List<Picture> all = new ArrayList<>();

    PicturePool(int width, int height, int size) {
        free = new ArrayBlockingQueue<>(size);
        try {
            for (int i = 0; i < size; i++) {
                Picture picture = new Picture(width, height, this);
                all.add(picture);
                free.add(picture);
            }
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    /**
     * A free picture, with one reference, its content whatever it was.
     *
     * @param stop polled while waiting; when it answers true, null is returned
     */
    Picture take(BooleanSupplier stop) throws InterruptedException {
        while (true) {
            Picture picture = free.poll(50, TimeUnit.MILLISECONDS);
            if (picture != null) {
                return picture.retain();
            }
            if (stop.getAsBoolean()) {
                return null;
            }
        }
    }

    void giveBack(Picture picture) {
        free.add(picture);
    }

    /** Frees every picture; call only when no thread uses them any more. */
    @Override
    public void close() {
        for (Picture picture : all) {
            picture.free();
        }
        all.clear();
        free.clear();
    }
}
