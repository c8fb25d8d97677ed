package dev.longtake.takes.ui.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;

/**
 * The decoded first frames of a view's takes, by file, as SWT images the view owns: a frame
 * decoded again replaces (and disposes) the old one; {@link #clear()} disposes them all. UI
 * thread only.
 */
public final class FirstFrames {

    private final Map<Path, Image> images = new HashMap<>();

    public boolean has(Path file) {
        return images.containsKey(file);
    }

    /** The frame of the file, or null while it is not decoded. */
    public Image get(Path file) {
        return file == null ? null : images.get(file);
    }

    /** Keeps a decoded frame; false when there is none (the decoder found no frame). */
    public boolean put(Display display, Path file, ImageData data) {
        if (data == null) {
            return false;
        }
        Image old = images.put(file, new Image(display, data));
        if (old != null) {
            old.dispose();
        }
        return true;
    }

    public void clear() {
        images.values().forEach(Image::dispose);
        images.clear();
    }
}
