package dev.longtake.storyboard.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;

/**
 * GEF's key handler, with arrows that go across rows: Left and Right move the selection to the
 * previous and next panel in script order (the last panel of a row is followed by the first of
 * the next), Up and Down to the nearest panel of the line of panels above or below (a wrapped
 * row's next line, else the next row). GEF's own handler keeps
 * the arrows within one row (the siblings of the selected part); everything else is its own.
 */
public class BoardKeyHandler extends GraphicalViewerKeyHandler {

    public BoardKeyHandler(GraphicalViewer viewer) {
        super(viewer);
    }

    @Override
    public boolean keyPressed(KeyEvent event) {
        GraphicalEditPart focus = getFocusEditPart();
        boolean arrow = event.keyCode == SWT.ARROW_LEFT || event.keyCode == SWT.ARROW_RIGHT
                || event.keyCode == SWT.ARROW_UP || event.keyCode == SWT.ARROW_DOWN;
        if (arrow && (event.stateMask & (SWT.ALT | SWT.SHIFT)) == 0 && focus instanceof ShotEditPart panel
                && focus.getParent() instanceof SequenceEditPart) {
            EditPart next = switch (event.keyCode) {
            case SWT.ARROW_RIGHT -> step(panel, 1);
            case SWT.ARROW_LEFT -> step(panel, -1);
            case SWT.ARROW_DOWN -> lineBeside(panel, 1);
            default -> lineBeside(panel, -1);
            };
            if (next != null) {
                navigateTo(next, event);
            }
            return true;
        }
        return super.keyPressed(event);
    }

    private List<ShotEditPart> panels() {
        List<ShotEditPart> panels = new ArrayList<>();
        for (Object row : getViewer().getContents().getChildren()) {
            for (Object panel : ((EditPart) row).getChildren()) {
                panels.add((ShotEditPart) panel);
            }
        }
        return panels;
    }

    private EditPart step(ShotEditPart panel, int direction) {
        List<ShotEditPart> panels = panels();
        int index = panels.indexOf(panel) + direction;
        return index >= 0 && index < panels.size() ? panels.get(index) : null;
    }

    /**
     * The panel on the next line of panels above (-1) or below (+1), the one nearest
     * horizontally: a wrapped row's lines count as lines, then the rows above or below.
     */
    private EditPart lineBeside(ShotEditPart from, int direction) {
        Rectangle origin = from.getFigure().getBounds();
        Integer line = null;
        for (ShotEditPart panel : panels()) {
            int y = panel.getFigure().getBounds().y;
            if (direction > 0 ? y > origin.y && (line == null || y < line) : y < origin.y && (line == null || y > line)) {
                line = y;
            }
        }
        if (line == null) {
            return null;
        }
        EditPart best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ShotEditPart panel : panels()) {
            Rectangle bounds = panel.getFigure().getBounds();
            int distance = Math.abs(bounds.getCenter().x - origin.getCenter().x);
            if (bounds.y == line && distance < bestDistance) {
                bestDistance = distance;
                best = panel;
            }
        }
        return best;
    }
}
