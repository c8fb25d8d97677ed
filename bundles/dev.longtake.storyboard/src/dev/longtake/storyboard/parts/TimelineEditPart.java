package dev.longtake.storyboard.parts;

import java.util.List;

import org.eclipse.draw2d.IFigure;

import dev.longtake.storyboard.figures.TimelineFigure;
import dev.longtake.storyboard.model.BoardModel;
import dev.longtake.storyboard.model.SequenceNode;
import dev.longtake.storyboard.model.ShotNode;

/** The timeline: the song and the placed sequences. */
public class TimelineEditPart extends NodeEditPart {

    /** Pixels per second of the timeline at 100 %. */
    public static final double PIXELS_PER_SECOND = 5;

    public TimelineEditPart(BoardModel board) {
        super(board);
    }

    public BoardModel board() {
        return (BoardModel) getModel();
    }

    public TimelineFigure timeline() {
        return (TimelineFigure) getFigure();
    }

    @Override
    protected IFigure createFigure() {
        return new TimelineFigure();
    }

    @Override
    protected void createEditPolicies() {
        // sequences dragged along the timeline are moved here (the move itself is the sequence's policy)
        installEditPolicy("dev.longtake.storyboard.moveTarget", new dev.longtake.storyboard.policies.SequenceMovePolicy.Target());
    }

    @Override
    protected List<?> getModelChildren() {
        return board().sequences().stream().filter(s -> s.start() != null).toList();
    }

    /** Where the film's last placed shot ends. */
    double filmEnd() {
        double end = 0;
        for (SequenceNode sequence : board().sequences()) {
            if (sequence.start() != null) {
                end = Math.max(end, sequence.start() + sequence.length());
                for (ShotNode shot : sequence.shots()) {
                    if (shot.songStart() != null) {
                        end = Math.max(end, shot.songStart() + shot.duration());
                    }
                }
            }
        }
        return end;
    }

    /** Pressing on the timeline moves the playhead (GEF's selection tool asks for this tracker). */
    @Override
    public org.eclipse.gef.DragTracker getDragTracker(org.eclipse.gef.Request request) {
        return new PlayheadTracker(this);
    }

    /** Fits the film and the song to the viewer's width (never below 2 pixels a second). */
    public void fit() {
        refreshVisuals();
    }

    @Override
    protected void refreshVisuals() {
        BoardModel board = board();
        double seconds = Math.max(filmEnd(), board.songSeconds() == null ? 0 : board.songSeconds());
        int width = getViewer().getControl() == null ? 0 : getViewer().getControl().getSize().x;
        double pps = width > TimelineFigure.LEFT + 200 && seconds > 0
                ? Math.max(2, (width - TimelineFigure.LEFT - 40) / seconds) : PIXELS_PER_SECOND;
        timeline().setScale(pps, filmEnd(), board.songSeconds(), board.tempo(), board.beatsPerBar(),
                board.song());
        for (Object child : getChildren()) {
            ((NodeEditPart) child).update();
        }
    }

    @Override
    public void propertyChange(java.beans.PropertyChangeEvent event) {
        super.propertyChange(event);
    }

    /** Sequences' positions depend on each other (flags): refresh all when any changes. */
    void sequenceChanged() {
        refreshVisuals();
    }
}
