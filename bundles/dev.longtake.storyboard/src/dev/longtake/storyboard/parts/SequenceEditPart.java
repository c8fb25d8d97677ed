package dev.longtake.storyboard.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.EditPolicy;

import dev.longtake.storyboard.figures.SequenceRowFigure;
import dev.longtake.storyboard.model.BoardModel;
import dev.longtake.storyboard.model.SequenceNode;
import dev.longtake.storyboard.policies.ShotOrderPolicy;

/** A sequence row: its heading and its shots' panels, which can be reordered and dropped in. */
public class SequenceEditPart extends NodeEditPart {

    public SequenceEditPart(SequenceNode sequence) {
        super(sequence);
    }

    public SequenceNode sequence() {
        return (SequenceNode) getModel();
    }

    @Override
    protected IFigure createFigure() {
        return new SequenceRowFigure();
    }

    @Override
    public IFigure getContentPane() {
        return ((SequenceRowFigure) getFigure()).panels();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new ShotOrderPolicy(session()));
    }

    @Override
    protected List<?> getModelChildren() {
        return sequence().shots();
    }

    @Override
    protected void refreshVisuals() {
        SequenceNode sequence = sequence();
        List<String> details = new ArrayList<>();
        if (!sequence.position().isEmpty()) {
            details.add(sequence.position());
        }
        details.add(BoardModel.seconds(sequence.length()));
        details.add(sequence.shots().size() + (sequence.shots().size() == 1 ? " shot" : " shots"));
        if (!sequence.transition().isEmpty()) {
            details.add("then " + sequence.transition());
        }
        ((SequenceRowFigure) getFigure()).setHeading(sequence.name(), String.join("  ·  ", details));
    }
}
