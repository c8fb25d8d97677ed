package dev.longtake.preferences.ui.tests;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Finding and pressing widgets of a real dialog, and screenshots of it. */
final class Widgets {

    private Widgets() {
    }

    static <T extends Control> List<T> all(Control root, Class<T> type, Predicate<T> test) {
        List<T> found = new ArrayList<>();
        collect(root, type, test, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> test, List<T> found) {
        if (type.isInstance(control) && test.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, test, found);
            }
        }
    }

    static <T extends Control> T one(Control root, Class<T> type, Predicate<T> test, String what) {
        List<T> found = all(root, type, test);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " widgets are " + what);
        }
        return found.get(0);
    }

    /** Presses the button with that text as a click does. */
    static void press(Shell shell, String text) {
        Button button = one(shell, Button.class, b -> text.equals(b.getText().replace("&", "")), "the button " + text);
        Display display = shell.getDisplay();
        button.notifyListeners(SWT.Selection, new Event());
        spin(display);
    }

    static void spin(Display display) {
        while (display.readAndDispatch()) {
            // run what is pending
        }
    }

    /** Writes the shell's area of the screen to ${longtake.screenshots}/name.png. */
    static File screenshot(Shell shell, String name) {
        Display display = shell.getDisplay();
        shell.redraw();
        shell.update();
        for (int i = 0; i < 10; i++) { // GTK paints on its frame clock: let a few frames pass
            spin(display);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        spin(display);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            File folder = new File(System.getProperty("longtake.screenshots", "target/screenshots"));
            folder.mkdirs();
            File file = new File(folder, name + ".png");
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.getPath(), SWT.IMAGE_PNG);
            return file;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
