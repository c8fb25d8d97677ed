package dev.longtake.storyboard.policies;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.FlowLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.commands.MoveShotCommand;
import dev.longtake.storyboard.model.SequenceNode;
import dev.longtake.storyboard.model.ShotNode;

/**
 * The panels of a sequence in script order: dropping a panel between two others moves its shot
 * there, within the sequence or from another one.
 */
public class ShotOrderPolicy extends FlowLayoutEditPolicy {

    private final BoardSession session;

    public ShotOrderPolicy(BoardSession session) {
        this.session = session;
    }

    @Override
    protected EditPolicy createChildEditPolicy(EditPart child) {
        return new ShotResizePolicy(session);
    }

    @Override
    protected Command createAddCommand(EditPart child, EditPart after) {
        return move(child, after);
    }

    @Override
    protected Command createMoveChildCommand(EditPart child, EditPart after) {
        if (child == after) {
            return null;
        }
        return move(child, after);
    }

    private Command move(EditPart child, EditPart after) {
        if (!(child.getModel() instanceof ShotNode shot)) {
            return null;
        }
        SequenceNode sequence = (SequenceNode) getHost().getModel();
        String before = after == null ? null : ((ShotNode) after.getModel()).name();
        int from = sequence.shots().indexOf(shot);
        if (from >= 0) {
            // dropped where it already is: nothing to do
            int to = before == null ? sequence.shots().size() : sequence.shots().indexOf(sequence.shot(before));
            if (to == from || to == from + 1) {
                return null;
            }
        }
        return new MoveShotCommand(session, shot.name(), sequence.name(), before);
    }

    @Override
    protected Command getCreateCommand(CreateRequest request) {
        if (dev.longtake.storyboard.palette.NewElement.of(request) != dev.longtake.storyboard.palette.NewElement.SHOT) {
            return null;
        }
        EditPart after = getInsertionReference(request);
        return new dev.longtake.storyboard.commands.AddShotCommand(session, ((SequenceNode) getHost().getModel()).name(),
                after == null ? null : ((ShotNode) after.getModel()).name());
    }

    /** A row takes new shots; new beats and sequences go to the panels and the board. */
    @Override
    public EditPart getTargetEditPart(Request request) {
        dev.longtake.storyboard.palette.NewElement element = dev.longtake.storyboard.palette.NewElement.of(request);
        if (element != null && element != dev.longtake.storyboard.palette.NewElement.SHOT) {
            return null;
        }
        return super.getTargetEditPart(request);
    }

    @Override
    protected Command getDeleteDependantCommand(Request request) {
        return null;
    }
}
