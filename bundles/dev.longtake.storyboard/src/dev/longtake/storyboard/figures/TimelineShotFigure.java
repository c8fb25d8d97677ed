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
    private org.eclipse.swt.graphics.Image frame;

    public void setFrame(org.eclipse.swt.graphics.Image image) {
        frame = image;
        repaint();
    }

    public org.eclipse.swt.graphics.Image frame() {
        return frame;
    }

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
        int textHeight = org.eclipse.draw2d.FigureUtilities.getTextExtents(name, Palette.text()).height;
        if (frame != null && !frame.isDisposed() && r.width > 12) {
            Rectangle area = new Rectangle(r.x + 6, r.y + 4, r.width - 9, r.height - textHeight - 10);
            org.eclipse.swt.graphics.Rectangle source = frame.getBounds();
            double scale = Math.max(area.width / (double) source.width, area.height / (double) source.height);
            int w = Math.min(source.width, (int) Math.round(area.width / scale));
            int h = Math.min(source.height, (int) Math.round(area.height / scale));
            g.drawImage(frame, (source.width - w) / 2, (source.height - h) / 2, w, h, area.x, area.y, area.width,
                    area.height);
        }
        if (circled) {
            g.setBackgroundColor(Palette.CIRCLE);
            g.fillOval(r.right() - 12, r.y + 6, 8, 8);
        }
        g.setClip(r.getCropped(new org.eclipse.draw2d.geometry.Insets(0, 6, 0, 4)));
        g.setFont(Palette.text());
        g.setForegroundColor(Palette.TEXT);
        g.drawText(name, r.x + 9, frame != null ? r.bottom() - textHeight - 4 : r.y + (r.height - textHeight) / 2);
    }
}
