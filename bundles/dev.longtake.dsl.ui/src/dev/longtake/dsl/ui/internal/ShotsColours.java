package dev.longtake.dsl.ui.internal;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** The colours of a shot script (fixed for now; a preference page would make them the user's). */
public final class ShotsColours {

	public static final TextAttribute KEYWORD = new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD);
	public static final TextAttribute NAME = new TextAttribute(new Color(0, 0, 192));
	public static final TextAttribute STRING = new TextAttribute(new Color(42, 0, 255));
	public static final TextAttribute COMMENT = new TextAttribute(new Color(63, 127, 95), null, SWT.ITALIC);
	public static final TextAttribute NUMBER = new TextAttribute(new Color(125, 80, 0));
	public static final TextAttribute DURATION = new TextAttribute(new Color(200, 90, 0), null, SWT.BOLD);
	public static final TextAttribute CAMERA = new TextAttribute(new Color(0, 110, 120), null, SWT.ITALIC);
	public static final TextAttribute PLAIN = new TextAttribute(null);

	private ShotsColours() {
	}
}
