package dev.longtake.storyboard.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.ToolbarLayout;

/** The storyboard: sequences as rows, one under the other, as wide as the editor. */
public class BoardFigure extends Figure {

    public BoardFigure() {
        ToolbarLayout layout = new ToolbarLayout(false);
        layout.setStretchMinorAxis(true);
        layout.setSpacing(14);
        setLayoutManager(layout);
        setBorder(new MarginBorder(16));
        setOpaque(true);
        setBackgroundColor(Palette.CANVAS);
    }
}
