package dev.longtake.media.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A fixed set of output-sized pictures shared by the decoding and the encoding thread, so
 * that a long assembly allocates its frame memory once. Taking waits while every picture is
 * in use (the encoder gives them back as it goes), and skips a returned picture that an
 * encoder still references.
 */
final class PicturePool implements AutoCloseable {

    private final LinkedBlockingDeque<Picture> free = new LinkedBlockingDeque<>();
    private final List<Picture> all = new ArrayList<>();

    PicturePool(int width, int height, int size) {
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
     * A free picture that no encoder references, with one reference, its content whatever it was.
     *
     * @param stop polled while waiting; when it answers true, null is returned
     */
    Picture take(BooleanSupplier stop) throws InterruptedException {
        int skipped = 0;
        while (true) {
            Picture picture = free.pollFirst(20, TimeUnit.MILLISECONDS);
            if (picture != null && picture.writable()) {
                return picture.retain();
            }
            if (picture != null) {
                // An encoder still holds it (it lets go within a frame or two): try the others first.
                free.addLast(picture);
                if (++skipped <= free.size()) {
                    continue;
                }
                skipped = 0;
                Thread.sleep(1);
            }
            if (stop.getAsBoolean()) {
                return null;
            }
        }
    }

    void giveBack(Picture picture) {
        free.addLast(picture);
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
