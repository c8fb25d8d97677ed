package dev.longtake.storyboard.parts;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.tools.AbstractTool;

/** Pressing or dragging on the timeline (outside a block) puts the playhead there. */
class PlayheadTracker extends AbstractTool implements DragTracker {

    private final TimelineEditPart timeline;

    PlayheadTracker(TimelineEditPart timeline) {
        this.timeline = timeline;
    }

    @Override
    protected String getCommandName() {
        return "playhead";
    }

    @Override
    protected boolean handleButtonDown(int button) {
        if (button == 1) {
            movePlayhead();
            setState(STATE_DRAG_IN_PROGRESS);
        }
        return true;
    }

    @Override
    protected boolean handleDragInProgress() {
        movePlayhead();
        return true;
    }

    @Override
    protected boolean handleButtonUp(int button) {
        movePlayhead();
        setState(STATE_TERMINAL);
        handleFinished();
        return true;
    }

    private void movePlayhead() {
        Point at = getLocation().getCopy();
        timeline.timeline().translateToRelative(at);
        timeline.timeline().setPlayhead(timeline.timeline().timeAt(at.x));
    }
}
