package dev.longtake.storyboard.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;

import dev.longtake.storyboard.model.BoardModel;
import dev.longtake.storyboard.model.SequenceNode;
import dev.longtake.storyboard.model.ShotNode;

/** The storyboard page's edit parts: board, sequence rows, shot panels. */
public class StoryboardPartFactory implements EditPartFactory {

    @Override
    public EditPart createEditPart(EditPart context, Object model) {
        if (model instanceof BoardModel board) {
            return new BoardEditPart(board);
        }
        if (model instanceof SequenceNode sequence) {
            return new SequenceEditPart(sequence);
        }
        if (model instanceof ShotNode shot) {
            return new ShotEditPart(shot);
        }
        throw new IllegalArgumentException("no storyboard part for " + model);
    }
}
