package dev.longtake.storyboard.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;

import dev.longtake.storyboard.figures.TimelineFigure;
import dev.longtake.storyboard.figures.TimelineSequenceFigure;
import dev.longtake.storyboard.figures.TimelineShotFigure;
import dev.longtake.storyboard.model.BoardModel;
import dev.longtake.storyboard.model.ShotNode;

/** A shot on the timeline, where it plays on the song. */
public class TimelineShotEditPart extends NodeEditPart {

    public TimelineShotEditPart(ShotNode shot) {
        super(shot);
    }

    public ShotNode shot() {
        return (ShotNode) getModel();
    }

    @Override
    protected IFigure createFigure() {
        return new TimelineShotFigure();
    }

    @Override
    protected void createEditPolicies() {
    }

    /** Dragging a shot on the timeline drags its sequence. */
    @Override
    public org.eclipse.gef.DragTracker getDragTracker(org.eclipse.gef.Request request) {
        return getParent().getDragTracker(request);
    }

    @Override
    protected void refreshVisuals() {
        ShotNode shot = shot();
        TimelineSequenceEditPart sequence = (TimelineSequenceEditPart) getParent();
        Double start = sequence.sequence().start();
        if (start == null) {
            return;
        }
        double offset = shot.songStart() == null ? 0 : shot.songStart() - start;
        TimelineFigure timeline = (TimelineFigure) ((GraphicalEditPart) sequence.getParent()).getFigure();
        double pps = timeline.pixelsPerSecond();
        Rectangle bounds = new Rectangle((int) Math.round(offset * pps), TimelineSequenceFigure.HEADER + 4,
                Math.max(3, (int) Math.round(shot.duration() * pps) - 2), TimelineFigure.SEQUENCE_HEIGHT
                        - TimelineSequenceFigure.HEADER - 10);
        sequence.setLayoutConstraint(this, getFigure(), bounds);
        TimelineShotFigure figure = (TimelineShotFigure) getFigure();
        figure.setContent(shot.name(), BoardModel.seconds(shot.duration()), sequence.color(),
                shot.circledTake() != null);
        java.nio.file.Path file = shot.thumbnailSource();
        if (file == null || thumbnails() == null) {
            figure.setFrame(null);
        } else {
            figure.setFrame(thumbnails().get(file, ready -> {
                if (isActive() && file.equals(shot().thumbnailSource())) {
                    figure.setFrame(ready);
                }
            }));
        }
    }
}
