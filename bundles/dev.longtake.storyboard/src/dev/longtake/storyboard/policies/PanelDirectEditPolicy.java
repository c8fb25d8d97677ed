package dev.longtake.storyboard.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.DirectEditPolicy;
import org.eclipse.gef.requests.DirectEditRequest;

import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.commands.RenameShotCommand;
import dev.longtake.storyboard.commands.SetBeatTextCommand;
import dev.longtake.storyboard.model.ShotNode;

/**
 * Direct edit of a panel: its name (feature {@link #NAME}) renames the shot and the shots that
 * continue it; a beat's caption (feature: the beat's index) changes that beat's text.
 */
public class PanelDirectEditPolicy extends DirectEditPolicy {

    /** The direct edit feature of the shot's name. */
    public static final String NAME = "name";

    private final BoardSession session;

    public PanelDirectEditPolicy(BoardSession session) {
        this.session = session;
    }

    @Override
    protected Command getDirectEditCommand(DirectEditRequest request) {
        Object value = request.getCellEditor() == null ? null : request.getCellEditor().getValue();
        if (!(value instanceof String text)) {
            return null;
        }
        String shot = ((ShotNode) getHost().getModel()).name();
        if (request.getDirectEditFeature() instanceof Integer beat) {
            return new SetBeatTextCommand(session, shot, beat, text);
        }
        return new RenameShotCommand(session, shot, text.strip());
    }

    @Override
    protected void showCurrentEditValue(DirectEditRequest request) {
        // the cell editor shows the value; the panel changes when the command runs
    }
}
