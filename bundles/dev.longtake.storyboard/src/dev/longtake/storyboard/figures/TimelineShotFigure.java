package dev.longtake.storyboard.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;

/** A shot on the timeline: a block as long as the shot, named. */
public class TimelineShotFigure extends Figure {

    private String name = "";
    private Color color = Palette.SEQUENCES[0];
    private boolean circled;

    public void setContent(String name, String duration, Color color, boolean circled) {
        this.name = name;
        this.color = color;
        this.circled = circled;
        setToolTip(new org.eclipse.draw2d.Label(name + " " + duration));
        repaint();
    }

    public String name() {
        return name;
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds().getCopy().resize(-1, -1);
        g.setAntialias(1);
        g.setBackgroundColor(Palette.PANEL);
        g.fillRoundRectangle(r, 6, 6);
        g.setForegroundColor(Palette.shade(color, 0.85));
        g.drawRoundRectangle(r, 6, 6);
        g.setBackgroundColor(color);
        g.fillRectangle(r.x + 1, r.y + 1, 4, r.height - 1);
        if (circled) {
            g.setBackgroundColor(Palette.CIRCLE);
            g.fillOval(r.right() - 11, r.y + 5, 7, 7);
        }
        g.setClip(r.getCropped(new org.eclipse.draw2d.geometry.Insets(0, 6, 0, 12)));
        g.setFont(Palette.text());
        g.setForegroundColor(Palette.TEXT);
        g.drawText(name, r.x + 9, r.y + (r.height - 16) / 2);
    }
}
