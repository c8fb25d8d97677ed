package dev.longtake.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Driving the real workbench from its UI thread: waiting, typing, looking. */
final class Ui {

	private Ui() {
	}

	/** Runs the event loop until the condition holds; fails after the timeout. */
	static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out waiting until " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					fail("interrupted waiting until " + what);
				}
			}
		}
	}

	/** Runs the event loop for a while. */
	static void spin(long millis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/**
	 * Types the text into the widget at its caret as key presses through the display (X11's
	 * test extension under Xvfb); characters the display cannot post are inserted as the
	 * widget would insert a typed character.
	 */
	static void type(StyledText widget, String text) {
		Display display = widget.getDisplay();
		widget.getShell().forceActive();
		widget.setFocus();
		spin(50);
		for (char c : text.toCharArray()) {
			int before = widget.getCharCount();
			boolean posted = widget.isFocusControl() && post(display, c);
			spin(15);
			if (!posted || widget.getCharCount() == before) {
				widget.insert(String.valueOf(c));
				widget.setCaretOffset(widget.getCaretOffset() + 1);
			}
		}
		spin(50);
	}

	private static boolean post(Display display, char c) {
		boolean shift = Character.isUpperCase(c) || "\":_~!@#$%^&*()+{}|<>?".indexOf(c) >= 0;
		if (shift) {
			key(display, SWT.KeyDown, SWT.SHIFT, (char) 0);
		}
		boolean down = key(display, SWT.KeyDown, 0, c);
		boolean up = key(display, SWT.KeyUp, 0, c);
		if (shift) {
			key(display, SWT.KeyUp, SWT.SHIFT, (char) 0);
		}
		return down && up;
	}

	private static boolean key(Display display, int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		return display.post(event);
	}

	/** Every shell open, child shells included. */
	static List<Shell> shells(Display display) {
		List<Shell> all = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			collect(shell, all);
		}
		return all;
	}

	private static void collect(Shell shell, List<Shell> into) {
		if (!into.contains(shell)) {
			into.add(shell);
		}
		for (Shell child : shell.getShells()) {
			collect(child, into);
		}
	}

	/** Controls of a kind under a control. */
	static <T extends Control> List<T> find(Control root, Class<T> kind) {
		List<T> found = new ArrayList<>();
		if (kind.isInstance(root)) {
			found.add(kind.cast(root));
		}
		if (root instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(find(child, kind));
			}
		}
		return found;
	}

	/** Writes what the screen shows of the shell to ${longtake.screenshots}/name.png. */
	static File screenshot(Shell shell, String name) {
		Display display = shell.getDisplay();
		spin(150);
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
