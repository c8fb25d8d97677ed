package dev.longtake.storyboard.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * The timeline against the song: a time axis (seconds, and bars when the film has a tempo), the
 * song's waveform, the sequences as blocks at their song positions (children, laid out by
 * {@link #sequenceBounds}), and the playhead over everything.
 */
public class TimelineFigure extends Figure {

    public static final int LEFT = 96;
    public static final int RULER = 30;
    public static final int WAVE_TOP = RULER + 6;
    public static final int WAVE_HEIGHT = 150;
    public static final int SEQUENCE_TOP = WAVE_TOP + WAVE_HEIGHT + 12;
    public static final int SEQUENCE_HEIGHT = 150;
    private static final int BOTTOM = 28;

    private double pixelsPerSecond = 5;
    private double seconds = 60;
    private Double songSeconds;
    private Double tempo;
    private int beatsPerBar = 4;
    /** Peak amplitudes 0..1 per column of the waveform, spread over the song's length. */
    private float[] peaks;
    private double playhead;
    private String songLabel = "song";

    public TimelineFigure() {
        setLayoutManager(new XYLayout());
        setOpaque(true);
        setBackgroundColor(Palette.CANVAS);
    }

    public double pixelsPerSecond() {
        return pixelsPerSecond;
    }

    /** The x of a time, in this figure's coordinates. */
    public int xOf(double time) {
        return getBounds().x + LEFT + (int) Math.round(time * pixelsPerSecond);
    }

    /** The time at an x of this figure's coordinates. */
    public double timeAt(int x) {
        return Math.max(0, (x - getBounds().x - LEFT) / pixelsPerSecond);
    }

    /** Bounds (relative to this figure) of a sequence block placed at a time. */
    public Rectangle sequenceBounds(double start, double length) {
        return new Rectangle(LEFT + (int) Math.round(start * pixelsPerSecond), SEQUENCE_TOP,
                Math.max(4, (int) Math.round(length * pixelsPerSecond)), SEQUENCE_HEIGHT);
    }

    /**
     * @param filmSeconds where the film's last shot ends (the axis covers it and the song)
     */
    public void setScale(double pixelsPerSecond, double filmSeconds, Double songSeconds, Double tempo, int beatsPerBar,
            String songLabel) {
        this.pixelsPerSecond = pixelsPerSecond;
        this.songSeconds = songSeconds;
        this.seconds = Math.max(filmSeconds, songSeconds == null ? 0 : songSeconds);
        this.tempo = tempo;
        this.beatsPerBar = beatsPerBar;
        this.songLabel = songLabel == null ? "no song" : songLabel;
        revalidate();
        repaint();
    }

    public void setPeaks(float[] peaks) {
        this.peaks = peaks;
        repaint();
    }

    public double playhead() {
        return playhead;
    }

    public void setPlayhead(double seconds) {
        playhead = Math.max(0, seconds);
        repaint();
    }

    @Override
    public Dimension getPreferredSize(int wHint, int hHint) {
        return new Dimension(LEFT + (int) Math.ceil(seconds * pixelsPerSecond) + 40,
                SEQUENCE_TOP + SEQUENCE_HEIGHT + BOTTOM);
    }

    @Override
    protected void paintFigure(Graphics g) {
        super.paintFigure(g);
        Rectangle r = getBounds();
        g.setAntialias(1);
        int axisEnd = xOf(seconds);
        // bar lines under everything, when the film has a tempo
        if (tempo != null && tempo > 0) {
            double bar = 60.0 / tempo * beatsPerBar;
            int n = 0;
            for (double t = 0; t <= seconds; t += bar, n++) {
                int x = xOf(t);
                g.setForegroundColor(n % 4 == 0 ? Palette.GRID : Palette.shade(Palette.GRID, 1.4));
                g.drawLine(x, r.y + RULER - 6, x, r.y + SEQUENCE_TOP + SEQUENCE_HEIGHT);
            }
        }
        // ruler
        g.setForegroundColor(Palette.RULER);
        g.drawLine(xOf(0), r.y + RULER, axisEnd, r.y + RULER);
        g.setFont(Palette.text());
        for (int t = 0; t <= seconds; t += 5) {
            int x = xOf(t);
            boolean major = t % 30 == 0;
            g.drawLine(x, r.y + RULER - (major ? 10 : t % 10 == 0 ? 6 : 3), x, r.y + RULER);
            if (major || pixelsPerSecond >= 8 && t % 10 == 0) {
                String label = t / 60 + ":" + String.format("%02d", t % 60);
                g.drawText(label, x + 3, r.y + 4);
            }
        }
        // row labels
        g.setFont(Palette.bold());
        g.setForegroundColor(Palette.MUTED);
        g.drawText("Song", r.x + 12, r.y + WAVE_TOP + WAVE_HEIGHT / 2 - 8);
        g.drawText("Sequences", r.x + 12, r.y + SEQUENCE_TOP + 5);
        g.drawText("Shots", r.x + 12, r.y + SEQUENCE_TOP + 80);
        // waveform
        int songEnd = songSeconds == null ? axisEnd : xOf(songSeconds);
        Rectangle wave = new Rectangle(xOf(0), r.y + WAVE_TOP, songEnd - xOf(0), WAVE_HEIGHT);
        g.setBackgroundColor(Palette.WAVE_BACK);
        g.fillRoundRectangle(wave, 6, 6);
        int middle = wave.y + wave.height / 2;
        if (peaks != null && peaks.length > 0) {
            g.setForegroundColor(Palette.shade(Palette.WAVE, 1.5));
            for (int x = 0; x < wave.width; x++) {
                int i = (int) ((long) x * peaks.length / Math.max(1, wave.width));
                int h = Math.round(peaks[Math.min(peaks.length - 1, i)] * (wave.height / 2 - 4));
                g.drawLine(wave.x + x, middle - h, wave.x + x, middle + h);
            }
        } else {
            g.setForegroundColor(Palette.FRAME_TEXT);
            g.drawLine(wave.x, middle, wave.right(), middle);
        }
        g.setFont(Palette.text());
        Dimension label = FigureUtilities.getTextExtents(songLabel, Palette.text());
        g.setBackgroundColor(Palette.WAVE_BACK);
        g.fillRoundRectangle(new Rectangle(wave.x + 6, wave.y + 5, label.width + 12, label.height + 4), 6, 6);
        g.setForegroundColor(Palette.FRAME_TEXT);
        g.drawText(songLabel, wave.x + 12, wave.y + 7);
        if (songSeconds != null) {
            g.setForegroundColor(Palette.PLAYHEAD);
            g.setLineStyle(Graphics.LINE_DASH);
            g.drawLine(songEnd, r.y + RULER, songEnd, r.y + SEQUENCE_TOP + SEQUENCE_HEIGHT + 6);
            g.setLineStyle(Graphics.LINE_SOLID);
            String end = "song ends";
            Dimension size = FigureUtilities.getTextExtents(end, Palette.text());
            g.drawText(end, songEnd - size.width - 4, r.y + SEQUENCE_TOP + SEQUENCE_HEIGHT + 6);
        }
    }

    @Override
    protected void paintChildren(Graphics g) {
        super.paintChildren(g);
        Rectangle r = getBounds();
        int x = xOf(playhead);
        g.setForegroundColor(Palette.PLAYHEAD);
        g.setBackgroundColor(Palette.PLAYHEAD);
        g.setLineWidth(2);
        g.drawLine(x, r.y + RULER - 12, x, r.y + SEQUENCE_TOP + SEQUENCE_HEIGHT + 4);
        g.setLineWidth(1);
        g.fillPolygon(new int[] { x - 6, r.y + RULER - 14, x + 6, r.y + RULER - 14, x, r.y + RULER - 6 });
    }
}
