package dev.longtake.storyboard.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.FlowLayout;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;

/** A sequence on the storyboard: a heading, then its panels in script order, wrapping. */
public class SequenceRowFigure extends Figure {

    private final Heading heading = new Heading();
    private final Figure panels = new Figure();

    public SequenceRowFigure() {
        ToolbarLayout layout = new ToolbarLayout(false);
        layout.setStretchMinorAxis(true);
        layout.setSpacing(8);
        setLayoutManager(layout);
        setBorder(new MarginBorder(10, 14, 14, 14));
        FlowLayout flow = new FlowLayout(true);
        flow.setMajorSpacing(12);
        flow.setMinorSpacing(12);
        panels.setLayoutManager(flow);
        add(heading);
        add(panels);
    }

    /** Where the panels go. */
    public IFigure panels() {
        return panels;
    }

    public void setHeading(String name, String details) {
        heading.name = name;
        heading.details = details;
        heading.revalidate();
        heading.repaint();
    }

    public String name() {
        return heading.name;
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds().getCopy().resize(-1, -1);
        g.setAntialias(1);
        g.setBackgroundColor(Palette.ROW);
        g.fillRoundRectangle(r, 12, 12);
        g.setForegroundColor(Palette.ROW_BORDER);
        g.drawRoundRectangle(r, 12, 12);
    }

    private static final class Heading extends Figure {
        String name = "";
        String details = "";

        @Override
        public Dimension getPreferredSize(int wHint, int hHint) {
            Dimension size = FigureUtilities.getTextExtents(name, Palette.heading());
            return new Dimension(wHint > 0 ? wHint : size.width + 400, size.height + 2);
        }

        @Override
        protected void paintFigure(Graphics g) {
            Rectangle r = getBounds();
            g.setFont(Palette.heading());
            g.setForegroundColor(Palette.TEXT);
            g.drawText(name, r.x, r.y);
            Dimension size = FigureUtilities.getTextExtents(name, Palette.heading());
            g.setFont(Palette.text());
            g.setForegroundColor(Palette.MUTED);
            Dimension small = FigureUtilities.getTextExtents(details, Palette.text());
            g.drawText(details, r.x + size.width + 14, r.y + size.height - small.height - 1);
        }
    }
}
