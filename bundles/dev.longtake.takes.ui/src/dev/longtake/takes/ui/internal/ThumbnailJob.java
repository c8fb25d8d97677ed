package dev.longtake.takes.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;

import dev.longtake.media.Frames;
import dev.longtake.media.MediaException;

/**
 * Decodes the first frames of a list of videos with the media bundle, in the background, and
 * hands each to the UI thread as it is ready (null data when a file cannot be decoded).
 */
public final class ThumbnailJob extends Job {

    private final Object family;
    private final Supplier<List<Path>> prepare;
    private final int width;
    private final int height;
    private final Display display;
    private final BiConsumer<Path, ImageData> deliver;

    /**
     * @param prepare run first, in the job: reads what is shown (the ledger) and names the
     *                videos whose first frames to decode
     */
    public ThumbnailJob(String name, Object family, Supplier<List<Path>> prepare, int width, int height,
            Display display, BiConsumer<Path, ImageData> deliver) {
        super(name);
        this.family = family;
        this.prepare = prepare;
        this.width = width;
        this.height = height;
        this.display = display;
        this.deliver = deliver;
        setSystem(true);
        setPriority(Job.DECORATE);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        List<Path> files = new ArrayList<>(prepare.get());
        for (Path file : files) {
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            ImageData data = null;
            try {
                data = SwtImages.imageData(Frames.thumbnail(file, width, height));
            } catch (MediaException | RuntimeException | LinkageError e) {
                // the card keeps its placeholder
            }
            ImageData decoded = data;
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (!monitor.isCanceled()) {
                        deliver.accept(file, decoded);
                    }
                });
            }
        }
        return Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object other) {
        return other == family;
    }
}
