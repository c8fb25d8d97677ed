package dev.longtake.storyboard.policies;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalEditPolicy;

import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.commands.AddBeatCommand;
import dev.longtake.storyboard.model.ShotNode;
import dev.longtake.storyboard.palette.NewElement;

/** A beat from the palette dropped on a panel is added at the end of its shot. */
public class BeatCreatePolicy extends GraphicalEditPolicy {

    /** The role this policy is installed under. */
    public static final String ROLE = "dev.longtake.storyboard.createBeat";

    private final BoardSession session;

    public BeatCreatePolicy(BoardSession session) {
        this.session = session;
    }

    @Override
    public Command getCommand(Request request) {
        if (NewElement.of(request) == NewElement.BEAT) {
            return new AddBeatCommand(session, ((ShotNode) getHost().getModel()).name());
        }
        return null;
    }

    @Override
    public EditPart getTargetEditPart(Request request) {
        return NewElement.of(request) == NewElement.BEAT ? getHost() : null;
    }

    @Override
    public void showTargetFeedback(Request request) {
        if (NewElement.of(request) == NewElement.BEAT) {
            getHostFigure().setBorder(new org.eclipse.draw2d.LineBorder(dev.longtake.storyboard.figures.Palette.PROGRESS, 2));
        }
    }

    @Override
    public void eraseTargetFeedback(Request request) {
        getHostFigure().setBorder(null);
    }
}
