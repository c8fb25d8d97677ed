package dev.longtake.storyboard.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;

import dev.longtake.storyboard.model.BoardModel;
import dev.longtake.storyboard.model.SequenceNode;
import dev.longtake.storyboard.model.ShotNode;

/** The timeline page's edit parts: the song, placed sequences, their shots. */
public class TimelinePartFactory implements EditPartFactory {

    @Override
    public EditPart createEditPart(EditPart context, Object model) {
        if (model instanceof BoardModel board) {
            return new TimelineEditPart(board);
        }
        if (model instanceof SequenceNode sequence) {
            return new TimelineSequenceEditPart(sequence);
        }
        if (model instanceof ShotNode shot) {
            return new TimelineShotEditPart(shot);
        }
        throw new IllegalArgumentException("no timeline part for " + model);
    }
}
