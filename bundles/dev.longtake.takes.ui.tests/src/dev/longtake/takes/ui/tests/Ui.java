package dev.longtake.takes.ui.tests;

import java.io.File;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Drives the real workbench: events, waiting, mouse gestures on a GEF viewer, screenshots. */
final class Ui {

    private Ui() {
    }

    static Display display() {
        return Display.getCurrent();
    }

    /** Runs the event loop until nothing is pending. */
    static void flush() {
        Display display = display();
        while (display.readAndDispatch()) {
            // paints, layouts, async runnables
        }
    }

    /** Runs the event loop until the condition holds; fails after the timeout. */
    static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
        long end = System.nanoTime() + timeoutMillis * 1_000_000;
        Display display = display();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(15);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
        flush();
    }

    /** Waits for the jobs of a family to end, running the event loop meanwhile. */
    static void waitForJobs(Object family, long timeoutMillis) {
        waitUntil("jobs of " + family, timeoutMillis, () -> Job.getJobManager().find(family).length == 0);
    }

    /** The centre of a part's figure in the viewer control's coordinates. */
    static Point center(GraphicalEditPart part) {
        return absolute(part.getFigure()).getCenter();
    }

    static Rectangle absolute(IFigure figure) {
        Rectangle bounds = figure.getBounds().getCopy();
        figure.translateToAbsolute(bounds);
        return bounds;
    }

    static void click(GraphicalViewer viewer, Point at) {
        Control control = viewer.getControl();
        mouse(control, SWT.MouseMove, at, 0, 0);
        mouse(control, SWT.MouseDown, at, 1, 0);
        mouse(control, SWT.MouseUp, at, 1, SWT.BUTTON1);
        flush();
    }

    /** Presses the left button at one point, moves in steps to another and releases there. */
    static void drag(GraphicalViewer viewer, Point from, Point to) {
        Control control = viewer.getControl();
        mouse(control, SWT.MouseMove, from, 0, 0);
        mouse(control, SWT.MouseDown, from, 1, 0);
        flush();
        int steps = 12;
        for (int i = 1; i <= steps; i++) {
            Point step = new Point(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps);
            mouse(control, SWT.MouseMove, step, 0, SWT.BUTTON1);
            flush();
        }
        mouse(control, SWT.MouseUp, to, 1, SWT.BUTTON1);
        flush();
    }

    private static void mouse(Control control, int type, Point at, int button, int stateMask) {
        Event event = new Event();
        event.type = type;
        event.widget = control;
        event.display = control.getDisplay();
        event.x = at.x;
        event.y = at.y;
        event.button = button;
        event.stateMask = stateMask;
        event.time = (int) System.currentTimeMillis();
        control.notifyListeners(type, event);
    }

    /** Writes the shell's area of the screen to ${longtake.screenshots}/name.png. */
    static File screenshot(Shell shell, String name) {
        flush();
        org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
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
