package dev.longtake.storyboard.parts;

import java.util.List;

import org.eclipse.draw2d.IFigure;

import dev.longtake.storyboard.figures.BoardFigure;
import dev.longtake.storyboard.model.BoardModel;

/** The storyboard: its sequences as rows. */
public class BoardEditPart extends NodeEditPart {

    public BoardEditPart(BoardModel board) {
        super(board);
    }

    @Override
    protected IFigure createFigure() {
        return new BoardFigure();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(dev.longtake.storyboard.policies.SequenceCreatePolicy.ROLE,
                new dev.longtake.storyboard.policies.SequenceCreatePolicy(session()));
    }

    @Override
    protected List<?> getModelChildren() {
        return ((BoardModel) getModel()).sequences();
    }
}
