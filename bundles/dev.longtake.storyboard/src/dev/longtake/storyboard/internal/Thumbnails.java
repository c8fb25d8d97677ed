package dev.longtake.storyboard.internal;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;

import dev.longtake.media.Frames;
import dev.longtake.media.MediaException;

/**
 * First frames of takes for the panels, decoded with the media bundle in one background job
 * (never on the UI thread), kept as SWT images until the board closes.
 */
public final class Thumbnails {

    /** The job family of the decoding job, to wait for it (tests) or cancel it. */
    public static final Object FAMILY = Thumbnails.class;

    public static final int WIDTH = 320;
    public static final int HEIGHT = 180;

    private record Key(Path file, long modified) {
    }

    private final Display display;
    private final Map<Key, Image> images = new HashMap<>();
    private final Map<Key, List<Consumer<Image>>> waiting = new HashMap<>();
    private final ArrayDeque<Key> queue = new ArrayDeque<>();
    private final Job job;
    private boolean disposed;

    public Thumbnails(Display display) {
        this.display = display;
        this.job = new Job("Decoding take thumbnails") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return decodeQueued(monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
    }

    /**
     * The thumbnail of a take's file if decoded; else null, and {@code whenReady} is called on
     * the UI thread once it is (not when the file cannot be decoded).
     */
    public Image get(Path file, Consumer<Image> whenReady) {
        Key key;
        try {
            key = new Key(file, Files.getLastModifiedTime(file).toMillis());
        } catch (java.io.IOException e) {
            return null;
        }
        Image image = images.get(key);
        if (image != null) {
            return image;
        }
        boolean queued = waiting.containsKey(key);
        waiting.computeIfAbsent(key, k -> new ArrayList<>()).add(whenReady);
        if (!queued) {
            synchronized (queue) {
                queue.add(key);
            }
            job.schedule();
        }
        return null;
    }

    private IStatus decodeQueued(IProgressMonitor monitor) {
        while (!monitor.isCanceled()) {
            Key key;
            synchronized (queue) {
                key = queue.poll();
            }
            if (key == null) {
                return Status.OK_STATUS;
            }
            ImageData data = null;
            try {
                data = imageData(Frames.thumbnail(key.file(), WIDTH, HEIGHT));
            } catch (MediaException | RuntimeException | LinkageError e) {
                // an unreadable take keeps the panel's placeholder
            }
            ImageData decoded = data;
            if (!display.isDisposed()) {
                display.asyncExec(() -> deliver(key, decoded));
            }
        }
        return Status.CANCEL_STATUS;
    }

    private void deliver(Key key, ImageData data) {
        List<Consumer<Image>> consumers = waiting.remove(key);
        if (disposed || data == null) {
            return;
        }
        Image image = new Image(display, data);
        images.put(key, image);
        if (consumers != null) {
            consumers.forEach(consumer -> consumer.accept(image));
        }
    }

    /** An AWT picture as SWT image data (24-bit, direct palette). */
    static ImageData imageData(BufferedImage picture) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            picture.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                row[x] &= 0xFFFFFF;
            }
            data.setPixels(0, y, w, row, 0);
        }
        return data;
    }

    public void dispose() {
        disposed = true;
        job.cancel();
        images.values().forEach(Image::dispose);
        images.clear();
        waiting.clear();
    }
}
