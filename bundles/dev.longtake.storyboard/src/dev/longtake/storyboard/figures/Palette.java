package dev.longtake.storyboard.figures;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.jface.resource.JFaceResources;

/** The board's colours and fonts (device-independent colours need no disposal). */
public final class Palette {

    public static final Color CANVAS = new Color(234, 236, 240);
    public static final Color ROW = new Color(248, 249, 251);
    public static final Color ROW_BORDER = new Color(214, 218, 224);
    public static final Color PANEL = new Color(255, 255, 255);
    public static final Color PANEL_BORDER = new Color(196, 201, 209);
    public static final Color FRAME = new Color(36, 40, 46);
    public static final Color FRAME_TEXT = new Color(150, 156, 166);
    public static final Color TEXT = new Color(32, 36, 42);
    public static final Color MUTED = new Color(104, 112, 124);
    public static final Color CIRCLE = new Color(214, 48, 49);
    public static final Color PROGRESS = new Color(66, 133, 244);
    public static final Color DONE = new Color(46, 160, 90);
    public static final Color WAVE = new Color(88, 110, 140);
    public static final Color WAVE_BACK = new Color(28, 32, 38);
    public static final Color RULER = new Color(60, 66, 76);
    public static final Color GRID = new Color(210, 214, 220);
    public static final Color PLAYHEAD = new Color(230, 57, 70);

    /** Sequence colours on the timeline, taken in turn. */
    public static final Color[] SEQUENCES = { new Color(95, 135, 196), new Color(108, 170, 130),
            new Color(205, 150, 80), new Color(160, 112, 184), new Color(86, 168, 178), new Color(200, 110, 110),
            new Color(140, 150, 90) };

    private Palette() {
    }

    public static Font text() {
        return JFaceResources.getDefaultFont();
    }

    public static Font bold() {
        return JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
    }

    public static Font heading() {
        return JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT);
    }

    /** A lighter or darker shade of a colour (factor above 1 lightens). */
    public static Color shade(Color color, double factor) {
        if (factor >= 1) {
            double t = factor - 1;
            return new Color(mix(color.getRed(), 255, t), mix(color.getGreen(), 255, t), mix(color.getBlue(), 255, t));
        }
        return new Color((int) (color.getRed() * factor), (int) (color.getGreen() * factor),
                (int) (color.getBlue() * factor));
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * Math.min(1, t));
    }
}
