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

    /**
     * Adapts to {@link SelectedShot}, which views outside the storyboard read the selection as,
     * and to the panel's properties for the Properties view.
     */
    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class key) {
        if (key == SelectedShot.class && session() != null) {
            return new SelectedShot(session(), shot().name());
        }
        if (key == org.eclipse.ui.views.properties.IPropertySource.class && session() != null) {
            return new dev.longtake.storyboard.properties.ShotProperties(session(), shot().name());
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
        installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new dev.longtake.storyboard.policies.PanelDirectEditPolicy(session()));
        installEditPolicy(dev.longtake.storyboard.policies.BeatCreatePolicy.ROLE,
                new dev.longtake.storyboard.policies.BeatCreatePolicy(session()));
    }

    /**
     * Direct edit (F2, a click on the selected panel, a double-click): of the beat whose caption
     * is under the pointer on the beats' line, else of the name.
     */
    @Override
    public void performRequest(org.eclipse.gef.Request request) {
        if (org.eclipse.gef.RequestConstants.REQ_DIRECT_EDIT.equals(request.getType())
                || org.eclipse.gef.RequestConstants.REQ_OPEN.equals(request.getType())) {
            directEdit(featureAt(request instanceof org.eclipse.gef.requests.LocationRequest located
                    ? located.getLocation() : null));
        }
    }

    /** Opens the text field on the name ({@code "name"}) or on a beat (its index). */
    public void directEdit(Object feature) {
        new PanelDirectEditManager(this, feature).show();
    }

    private Object featureAt(org.eclipse.draw2d.geometry.Point location) {
        if (location != null) {
            org.eclipse.draw2d.geometry.Point at = location.getCopy();
            panel().translateToRelative(at);
            org.eclipse.draw2d.geometry.Rectangle beats = panel().beatsArea();
            if (at.y >= beats.y - 2 && at.y <= beats.bottom() + 2) {
                int beat = panel().beatAt(at.x);
                if (beat >= 0) {
                    return beat;
                }
            }
        }
        return dev.longtake.storyboard.policies.PanelDirectEditPolicy.NAME;
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
        panel().setCost(shot.cost());
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
