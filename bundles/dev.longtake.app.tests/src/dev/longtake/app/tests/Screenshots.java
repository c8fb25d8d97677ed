package dev.longtake.app.tests;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what the screen shows, so a person can look at what the tests saw. */
final class Screenshots {

    private Screenshots() {
    }

    /** Writes the shell's area of the screen to ${longtake.screenshots}/name.png; returns the file. */
    static File take(Shell shell, String name) {
        Display display = shell.getDisplay();
        while (display.readAndDispatch()) {
            // let pending paints land first
        }
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            File folder = new File(System.getProperty("longtake.screenshots", "target/screenshots"));
            folder.mkdirs();
            File file = new File(folder, name + ".png");
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(file.getPath(), SWT.IMAGE_PNG);
            return file;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
