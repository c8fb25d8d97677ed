package dev.longtake.storyboard.policies;

import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ResizableEditPolicy;
import org.eclipse.gef.requests.ChangeBoundsRequest;

import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.commands.SetDurationCommand;
import dev.longtake.storyboard.figures.ShotPanelFigure;
import dev.longtake.storyboard.model.ShotNode;

/**
 * Dragging a panel's right edge changes its shot's duration, snapped to whole seconds, never
 * below one second. Dragging the panel itself moves it (the sequence's {@link ShotOrderPolicy}).
 */
public class ShotResizePolicy extends ResizableEditPolicy {

    private final BoardSession session;

    public ShotResizePolicy(BoardSession session) {
        this.session = session;
        setResizeDirections(PositionConstants.EAST);
    }

    @Override
    protected Command getResizeCommand(ChangeBoundsRequest request) {
        ShotNode shot = (ShotNode) getHost().getModel();
        double seconds = durationFor(request);
        if (seconds == shot.duration()) {
            return null;
        }
        return new SetDurationCommand(session, shot.name(), seconds);
    }

    /** The duration the request's new width stands for, in whole seconds. */
    double durationFor(ChangeBoundsRequest request) {
        GraphicalEditPart host = (GraphicalEditPart) getHost();
        Dimension delta = request.getSizeDelta().getCopy();
        // the request is in absolute (zoomed) coordinates; the figure's width is not
        org.eclipse.draw2d.geometry.PrecisionDimension precise = new org.eclipse.draw2d.geometry.PrecisionDimension(delta);
        host.getFigure().translateToRelative(precise);
        int width = host.getFigure().getBounds().width + (int) Math.round(precise.preciseWidth);
        return Math.max(1, Math.round(ShotPanelFigure.secondsFor(width)));
    }
}
