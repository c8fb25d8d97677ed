package dev.longtake.storyboard.policies;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.PrecisionPoint;
import org.eclipse.draw2d.geometry.PrecisionRectangle;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalEditPolicy;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.gef.requests.ChangeBoundsRequest;

import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.commands.MoveSequenceCommand;
import dev.longtake.storyboard.model.BoardModel;
import dev.longtake.storyboard.model.SequenceNode;

/**
 * Dragging a sequence along the timeline moves it on the song: to a whole bar when the film has a
 * tempo (written {@code at bar N}), else to a whole second ({@code at M:SS}). The drag only goes
 * sideways; the feedback sits where the sequence will land and says where that is.
 * <p>
 * GEF's drag tracker asks the edit part under the mouse (the timeline, through {@link Target})
 * to accept the move, then this policy, on the dragged sequence, makes the command.
 */
public class SequenceMovePolicy extends NonResizableEditPolicy {

    private final BoardSession session;
    private final BoardModel board;
    private SnapLabel label;

    public SequenceMovePolicy(BoardSession session, BoardModel board) {
        this.session = session;
        this.board = board;
    }

    /** Where a move lands: a start in seconds and its words. */
    public record Landing(double start, String words, Integer bar, int seconds) {
    }

    /** The snapped landing of a sequence moved by a number of seconds. */
    public static Landing land(double start, double movedSeconds, Double tempo, int beatsPerBar) {
        double wanted = Math.max(0, start + movedSeconds);
        if (tempo != null && tempo > 0) {
            double barSeconds = 60.0 / tempo * Math.max(1, beatsPerBar);
            int bar = 1 + (int) Math.round(wanted / barSeconds);
            double at = (bar - 1) * barSeconds;
            return new Landing(at, "bar " + bar + "  ·  " + BoardModel.clock(at), bar, 0);
        }
        int seconds = (int) Math.round(wanted);
        return new Landing(seconds, BoardModel.clock(seconds), null, seconds);
    }

    private SequenceNode sequence() {
        return (SequenceNode) getHost().getModel();
    }

    /** Pixels a second on the timeline (the host's parent figure is the timeline). */
    private double pixelsPerSecond() {
        IFigure timeline = getHostFigure().getParent();
        return timeline instanceof dev.longtake.storyboard.figures.TimelineFigure figure ? figure.pixelsPerSecond()
                : 5;
    }

    /** The request's sideways move in seconds (the request is in absolute, zoomed coordinates). */
    private double movedSeconds(ChangeBoundsRequest request) {
        PrecisionPoint delta = new PrecisionPoint(request.getMoveDelta());
        getHostFigure().translateToRelative(delta);
        return delta.preciseX / pixelsPerSecond();
    }

    /** The landing of the move the request describes, or null for an unplaced sequence. */
    public Landing landing(ChangeBoundsRequest request) {
        Double start = sequence().start();
        return start == null ? null : land(start, movedSeconds(request), board.tempo(), board.beatsPerBar());
    }

    @Override
    protected Command getMoveCommand(ChangeBoundsRequest request) {
        Landing landing = landing(request);
        if (landing == null || Math.abs(landing.start() - sequence().start()) < 1e-6
                && !sequence().position().isEmpty()) {
            return null;
        }
        return landing.bar() != null ? MoveSequenceCommand.toBar(session, sequence().name(), landing.bar())
                : MoveSequenceCommand.toSecond(session, sequence().name(), landing.seconds());
    }

    @Override
    protected void showChangeBoundsFeedback(ChangeBoundsRequest request) {
        Landing landing = landing(request);
        if (landing == null) {
            return;
        }
        IFigure feedback = getDragSourceFeedbackFigure();
        Rectangle landed = getHostFigure().getBounds().getCopy();
        landed.x += (int) Math.round((landing.start() - sequence().start()) * pixelsPerSecond());
        // a PrecisionRectangle made after the move: translating one moves only its int fields,
        // which the precise translation to absolute coordinates then overwrites
        PrecisionRectangle rect = new PrecisionRectangle(landed);
        getHostFigure().translateToAbsolute(rect);
        feedback.translateToRelative(rect);
        feedback.setBounds(rect);
        if (label == null) {
            label = new SnapLabel();
            addFeedback(label);
        }
        Rectangle at = rect.getCopy();
        label.show(sequence().name() + " at " + landing.words(), at);
    }

    /** A plain outline where the sequence lands (GEF's XOR ghost does not show on GTK 3). */
    @Override
    protected IFigure createDragSourceFeedbackFigure() {
        return SnapLabel.ghost(this::addFeedback, getInitialFeedbackBounds());
    }

    @Override
    protected void eraseChangeBoundsFeedback(ChangeBoundsRequest request) {
        super.eraseChangeBoundsFeedback(request);
        if (label != null) {
            removeFeedback(label);
            label = null;
        }
    }

    /** On the timeline: it is where sequences are dropped when they move. */
    public static class Target extends GraphicalEditPolicy {

        @Override
        public EditPart getTargetEditPart(Request request) {
            // GEF's drag tracker retypes its one request REQ_ADD whenever it has no target yet
            // (before the first move, or outside the viewer): answer both, or a drag never recovers
            Object type = request.getType();
            return RequestConstants.REQ_MOVE.equals(type) || RequestConstants.REQ_ADD.equals(type) ? getHost() : null;
        }
    }
}
