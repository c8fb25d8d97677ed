package dev.longtake.storyboard.policies;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;

import dev.longtake.storyboard.figures.Palette;

/** The value a drag snaps to, shown beside the drag's feedback while the mouse moves. */
final class SnapLabel extends Label {

    SnapLabel() {
        setOpaque(true);
        setBackgroundColor(Palette.TEXT);
        setForegroundColor(Palette.PANEL);
        setFont(Palette.bold());
        setBorder(new MarginBorder(2, 6, 2, 6));
    }

    /** A drag's outline, added to the feedback layer through {@code add}. */
    static org.eclipse.draw2d.IFigure ghost(java.util.function.Consumer<org.eclipse.draw2d.IFigure> add, Rectangle bounds) {
        org.eclipse.draw2d.RectangleFigure ghost = new org.eclipse.draw2d.RectangleFigure();
        ghost.setFill(false);
        ghost.setLineWidth(2);
        ghost.setForegroundColor(Palette.PLAYHEAD);
        ghost.setBounds(bounds);
        add.accept(ghost);
        return ghost;
    }

    /** Shows the text just above the feedback's top-left corner (in the feedback layer's coordinates). */
    void show(String text, Rectangle feedback) {
        setText(text);
        Dimension size = FigureUtilities.getTextExtents(text, Palette.bold()).expand(12, 4);
        setBounds(new Rectangle(feedback.x, Math.max(0, feedback.y - size.height - 2), size.width, size.height));
    }
}
