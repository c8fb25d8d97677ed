package dev.longtake.storyboard.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;

/** A sequence on the timeline: a coloured band named with its position; its shots below, as children. */
public class TimelineSequenceFigure extends Figure {

    public static final int HEADER = 26;

    private String name = "";
    private String details = "";
    private Color color = Palette.SEQUENCES[0];
    private String problem;

    public TimelineSequenceFigure() {
        setLayoutManager(new XYLayout());
    }

    public void setContent(String name, String details, Color color, String problem) {
        this.name = name;
        this.details = details;
        this.color = color;
        this.problem = problem;
        setToolTip(problem == null ? null : new org.eclipse.draw2d.Label(problem));
        repaint();
    }

    public String name() {
        return name;
    }

    /** Why the sequence is flagged (overlap, past the song's end), or null. */
    public String problem() {
        return problem;
    }

    public Color color() {
        return color;
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds().getCopy();
        g.setAntialias(1);
        g.setBackgroundColor(Palette.shade(color, 1.75));
        g.fillRoundRectangle(r.getResized(-1, -1), 8, 8);
        g.setBackgroundColor(color);
        g.fillRoundRectangle(new Rectangle(r.x, r.y, r.width - 1, HEADER), 8, 8);
        g.fillRectangle(r.x, r.y + HEADER - 8, r.width - 1, 8);
        g.setForegroundColor(problem != null ? Palette.PLAYHEAD : Palette.shade(color, 0.8));
        g.setLineWidth(problem != null ? 3 : 1);
        g.drawRoundRectangle(r.getResized(-1, -1), 8, 8);
        g.setLineWidth(1);
        g.setClip(r.getCropped(new org.eclipse.draw2d.geometry.Insets(0, 4, 0, 4)));
        g.setFont(Palette.bold());
        g.setForegroundColor(Palette.PANEL);
        g.drawText(name, r.x + 7, r.y + 5);
        int w = FigureUtilities.getTextExtents(name, Palette.bold()).width;
        g.setFont(Palette.text());
        g.drawText(details, r.x + 7 + w + 8, r.y + 5);
    }
}
