package org.eclipse.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;

/**
 * Longtake compatibility shim, not Eclipse code.
 * <p>
 * The GEF 3.2 flyout palette ({@code FlyoutPaletteComposite}) asks this long-gone workbench
 * class for the cursor shown while the palette title is dragged to the other side. GEF only
 * ever passes {@link #LEFT} (1) or {@link #RIGHT} (2); the values are compiled into GEF, so they
 * must stay as they are.
 * <p>
 * Cursors are plain SWT system-style cursors, created on first use on the calling thread's
 * {@link Display}, cached per display and disposed when that display is disposed. Callers
 * must not dispose the returned cursor.
 */
public final class DragCursors {

    /** Drop not possible here. */
    public static final int INVALID = 0;
    /** Palette will dock on the left. */
    public static final int LEFT = 1;
    /** Palette will dock on the right. */
    public static final int RIGHT = 2;

    /** SWT cursor style for each id above, indexed by id. */
    private static final int[] STYLES = { SWT.CURSOR_NO, SWT.CURSOR_SIZEW, SWT.CURSOR_SIZEE };

    private static final String DISPLAY_KEY = DragCursors.class.getName();

    private DragCursors() {
    }

    /**
     * Returns the shared cursor for {@code id} on the current display, or {@code null} (the
     * default cursor) for an unknown id. Must be called from a UI thread.
     */
    public static Cursor getCursor(int id) {
        if (id < 0 || id >= STYLES.length) {
            return null;
        }
        Display display = Display.getCurrent();
        if (display == null) {
            SWT.error(SWT.ERROR_THREAD_INVALID_ACCESS);
        }
        Cursor[] cursors = (Cursor[]) display.getData(DISPLAY_KEY);
        if (cursors == null) {
            Cursor[] created = new Cursor[STYLES.length];
            display.setData(DISPLAY_KEY, created);
            display.disposeExec(() -> {
                for (Cursor cursor : created) {
                    if (cursor != null && !cursor.isDisposed()) {
                        cursor.dispose();
                    }
                }
            });
            cursors = created;
        }
        Cursor cursor = cursors[id];
        if (cursor == null || cursor.isDisposed()) {
            cursor = new Cursor(display, STYLES[id]);
            cursors[id] = cursor;
        }
        return cursor;
    }
}
