package dev.longtake.storyboard.policies;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.commands.AddSequenceCommand;
import dev.longtake.storyboard.model.SequenceNode;
import dev.longtake.storyboard.palette.NewElement;

/**
 * A sequence from the palette dropped on the board goes before the row whose upper half it was
 * dropped on, or after the last row.
 */
public class SequenceCreatePolicy extends GraphicalEditPolicy {

    public static final String ROLE = "dev.longtake.storyboard.createSequence";

    private final BoardSession session;

    public SequenceCreatePolicy(BoardSession session) {
        this.session = session;
    }

    @Override
    public Command getCommand(Request request) {
        if (NewElement.of(request) != NewElement.SEQUENCE) {
            return null;
        }
        return new AddSequenceCommand(session, before(((CreateRequest) request).getLocation()));
    }

    /** The sequence a drop at this (absolute) point goes before, or null for the end. */
    String before(Point location) {
        if (location == null) {
            return null;
        }
        for (Object child : getHost().getChildren()) {
            GraphicalEditPart row = (GraphicalEditPart) child;
            Rectangle bounds = row.getFigure().getBounds().getCopy();
            row.getFigure().translateToAbsolute(bounds);
            if (location.y < bounds.y + bounds.height / 2) {
                return ((SequenceNode) row.getModel()).name();
            }
        }
        return null;
    }

    @Override
    public EditPart getTargetEditPart(Request request) {
        return NewElement.of(request) == NewElement.SEQUENCE ? getHost() : null;
    }
}
