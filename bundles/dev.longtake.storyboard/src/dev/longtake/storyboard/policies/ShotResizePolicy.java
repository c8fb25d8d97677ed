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
 * Dragging a panel's right edge changes its shot's duration, snapped to whole seconds, or to
 * whole beats when the film has a tempo (never below one second, or one beat); the snapped
 * duration shows beside the feedback while dragging. Dragging the panel itself moves it (the sequence's {@link ShotOrderPolicy}).
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
        // a drag that stays on the beat (or second) the shot is nearest to changes nothing
        if (seconds == shot.duration() || seconds == snap(shot.duration(), session.board().tempo())) {
            return null;
        }
        return new SetDurationCommand(session, shot.name(), seconds);
    }

    /** The duration the request's new width stands for, snapped. */
    double durationFor(ChangeBoundsRequest request) {
        return snap(rawDurationFor(request), session.board().tempo());
    }

    /**
     * A duration snapped to whole seconds (at least one), or with a tempo to whole beats (at
     * least one), written to the hundredth of a second as the script writes it.
     */
    public static double snap(double seconds, Double tempo) {
        if (tempo != null && tempo > 0) {
            double beat = 60.0 / tempo;
            long beats = Math.max(1, Math.round(seconds / beat));
            return Math.round(beats * beat * 100) / 100.0;
        }
        return Math.max(1, Math.round(seconds));
    }

    /** What a snapped duration is in the film's terms: {@code 13.04s · 20 beats}. */
    static String describe(double seconds, Double tempo) {
        String words = dev.longtake.storyboard.model.BoardModel.seconds(seconds);
        if (tempo != null && tempo > 0) {
            long beats = Math.round(seconds / (60.0 / tempo));
            words += "  \u00B7  " + beats + (beats == 1 ? " beat" : " beats");
        }
        return words;
    }

    private SnapLabel label;

    @Override
    protected void showChangeBoundsFeedback(ChangeBoundsRequest request) {
        super.showChangeBoundsFeedback(request);
        if (!org.eclipse.gef.RequestConstants.REQ_RESIZE.equals(request.getType())) {
            return;
        }
        double seconds = durationFor(request);
        org.eclipse.draw2d.IFigure feedback = getDragSourceFeedbackFigure();
        org.eclipse.draw2d.geometry.Rectangle snapped = getHostFigure().getBounds().getCopy();
        snapped.width = ShotPanelFigure.widthFor(seconds);
        // made after the change: a PrecisionRectangle's int fields are overwritten by its precise ones
        org.eclipse.draw2d.geometry.PrecisionRectangle rect = new org.eclipse.draw2d.geometry.PrecisionRectangle(snapped);
        getHostFigure().translateToAbsolute(rect);
        feedback.translateToRelative(rect);
        feedback.setBounds(rect);
        if (label == null) {
            label = new SnapLabel();
            addFeedback(label);
        }
        label.show(describe(seconds, session.board().tempo()), rect);
    }

    /** A plain outline of the snapped size (GEF's XOR ghost does not show on GTK 3). */
    @Override
    protected org.eclipse.draw2d.IFigure createDragSourceFeedbackFigure() {
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

    /** The duration the request's new width stands for, unsnapped. */
    private double rawDurationFor(ChangeBoundsRequest request) {
        GraphicalEditPart host = (GraphicalEditPart) getHost();
        Dimension delta = request.getSizeDelta().getCopy();
        // the request is in absolute (zoomed) coordinates; the figure's width is not
        org.eclipse.draw2d.geometry.PrecisionDimension precise = new org.eclipse.draw2d.geometry.PrecisionDimension(delta);
        host.getFigure().translateToRelative(precise);
        int width = host.getFigure().getBounds().width + (int) Math.round(precise.preciseWidth);
        return ShotPanelFigure.secondsFor(width);
    }
}
