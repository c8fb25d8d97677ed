package dev.longtake.storyboard.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.swt.graphics.Color;

import dev.longtake.storyboard.figures.Palette;
import dev.longtake.storyboard.figures.TimelineFigure;
import dev.longtake.storyboard.figures.TimelineSequenceFigure;
import dev.longtake.storyboard.model.BoardModel;
import dev.longtake.storyboard.model.SequenceNode;

/**
 * A sequence on the timeline, at its song position; flagged when it overlaps the next one or
 * runs past the song's end.
 */
public class TimelineSequenceEditPart extends NodeEditPart {

    public TimelineSequenceEditPart(SequenceNode sequence) {
        super(sequence);
    }

    public SequenceNode sequence() {
        return (SequenceNode) getModel();
    }

    public TimelineSequenceFigure block() {
        return (TimelineSequenceFigure) getFigure();
    }

    @Override
    protected IFigure createFigure() {
        return new TimelineSequenceFigure();
    }

    @Override
    protected void createEditPolicies() {
        // dragging the block moves the sequence on the song (at M:SS, or at bar N with a tempo)
        installEditPolicy(org.eclipse.gef.EditPolicy.PRIMARY_DRAG_ROLE,
                new dev.longtake.storyboard.policies.SequenceMovePolicy(session(), session().board()));
    }

    @Override
    protected List<?> getModelChildren() {
        return sequence().shots();
    }

    Color color() {
        BoardModel board = (BoardModel) getParent().getModel();
        int index = Math.max(0, board.sequences().indexOf(sequence()));
        return Palette.SEQUENCES[index % Palette.SEQUENCES.length];
    }

    @Override
    protected void refreshVisuals() {
        SequenceNode sequence = sequence();
        if (sequence.start() == null) {
            return;
        }
        TimelineFigure timeline = (TimelineFigure) ((GraphicalEditPart) getParent()).getFigure();
        Rectangle bounds = timeline.sequenceBounds(sequence.start(), sequence.length());
        ((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(), bounds);
        String position = sequence.position().startsWith("at bar")
                ? sequence.position().substring(3) + "  ·  " + BoardModel.clock(sequence.start())
                : BoardModel.clock(sequence.start());
        block().setContent(sequence.name(), position, color(), problem());
        for (Object child : getChildren()) {
            ((NodeEditPart) child).update();
        }
    }

    @Override
    public void propertyChange(java.beans.PropertyChangeEvent event) {
        super.propertyChange(event);
        if (getParent() instanceof TimelineEditPart timeline) {
            timeline.sequenceChanged();
        }
    }

    /** Why the sequence is flagged, or null. */
    String problem() {
        SequenceNode sequence = sequence();
        BoardModel board = (BoardModel) getParent().getModel();
        double end = sequence.start() + sequence.length();
        List<String> problems = new ArrayList<>();
        for (SequenceNode other : board.sequences()) {
            if (other != sequence && other.start() != null && other.start() >= sequence.start()
                    && other.start() < end - 1e-6 && !(other.start().equals(sequence.start())
                            && board.sequences().indexOf(other) < board.sequences().indexOf(sequence))) {
                problems.add("overlaps " + other.name() + " by " + BoardModel.seconds(Math.round((end - other.start()) * 100) / 100.0));
            }
        }
        if (board.songSeconds() != null && end > board.songSeconds() + 1e-6) {
            problems.add("runs " + BoardModel.seconds(Math.round((end - board.songSeconds()) * 100) / 100.0)
                    + " past the song's end");
        }
        return problems.isEmpty() ? null : sequence.name() + " " + String.join("; ", problems);
    }
}
