package dev.longtake.storyboard.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.commands.DeleteShotCommand;
import dev.longtake.storyboard.model.ShotNode;

/** Deleting a panel deletes its shot from the script. */
public class ShotDeletePolicy extends ComponentEditPolicy {

    private final BoardSession session;

    public ShotDeletePolicy(BoardSession session) {
        this.session = session;
    }

    @Override
    protected Command createDeleteCommand(GroupRequest request) {
        return new DeleteShotCommand(session, ((ShotNode) getHost().getModel()).name());
    }
}
