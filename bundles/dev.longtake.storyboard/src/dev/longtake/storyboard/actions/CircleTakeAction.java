package dev.longtake.storyboard.actions;

import org.eclipse.gef.commands.CommandStack;
import org.eclipse.jface.action.Action;

import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.commands.CircleTakeCommand;
import dev.longtake.storyboard.model.ShotNode;
import dev.longtake.storyboard.model.TakeInfo;

/** "Circle take N" on a panel's menu: the take the cut uses for its shot, undoable. */
public class CircleTakeAction extends Action {

    private final BoardSession session;
    private final ShotNode shot;
    private final TakeInfo take;

    public CircleTakeAction(BoardSession session, ShotNode shot, TakeInfo take) {
        super("Take " + take.number() + (take.circled() ? " (circled)" : ""), AS_CHECK_BOX);
        this.session = session;
        this.shot = shot;
        this.take = take;
        setChecked(take.circled());
        setEnabled(take.done() && !take.circled());
    }

    @Override
    public void run() {
        CommandStack stack = session.commandStack();
        stack.execute(new CircleTakeCommand(session, shot.name(), take.id()));
    }
}
