package dev.longtake.storyboard.parts;

import java.nio.file.Path;

import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.EditPolicy;
import org.eclipse.swt.graphics.Image;

import dev.longtake.storyboard.SelectedShot;
import dev.longtake.storyboard.figures.ShotPanelFigure;
import dev.longtake.storyboard.internal.Thumbnails;
import dev.longtake.storyboard.model.BoardModel;
import dev.longtake.storyboard.model.ShotNode;
import dev.longtake.storyboard.model.TakeInfo;
import dev.longtake.storyboard.policies.ShotDeletePolicy;

/** A shot's panel. Its thumbnail is decoded in the background and set when ready. */
public class ShotEditPart extends NodeEditPart {

    private Path shownFile;

    public ShotEditPart(ShotNode shot) {
        super(shot);
    }

    public ShotNode shot() {
        return (ShotNode) getModel();
    }

    public ShotPanelFigure panel() {
        return (ShotPanelFigure) getFigure();
    }

    /** Adapts to {@link SelectedShot}, which views outside the storyboard read the selection as. */
    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class key) {
        if (key == SelectedShot.class && session() != null) {
            return new SelectedShot(session(), shot().name());
        }
        return super.getAdapter(key);
    }

    @Override
    protected IFigure createFigure() {
        return new ShotPanelFigure();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new ShotDeletePolicy(session()));
    }

    @Override
    protected void refreshVisuals() {
        ShotNode shot = shot();
        long done = shot.doneTakes();
        String takes = done == 0 ? (shot.takes().isEmpty() ? "not rendered" : shot.takes().size() + " tried, none done")
                : done == shot.takesWanted() ? done + (done == 1 ? " take" : " takes")
                : done + " of " + shot.takesWanted() + " takes";
        TakeInfo circled = shot.circledTake();
        panel().setContent(shot.name(), shot.duration(), BoardModel.seconds(shot.duration()), takes, shot.backend(),
                shot.beats(), shot.cast(), circled == null ? null : "take " + circled.number(),
                shot.progress() >= 0 ? "rendering…" : done == 0 ? "not rendered" : "decoding…");
        panel().setProgress(shot.progress());
        panel().setBadges(shot.badges());
        Path file = shot.thumbnailSource();
        Thumbnails thumbnails = thumbnails();
        if (file == null || thumbnails == null) {
            shownFile = null;
            panel().setFrame(null);
            return;
        }
        if (!file.equals(shownFile) || panel().frame() == null) {
            shownFile = file;
            Image image = thumbnails.get(file, ready -> {
                if (isActive() && file.equals(shownFile)) {
                    panel().setFrame(ready);
                }
            });
            panel().setFrame(image);
        }
    }
}
