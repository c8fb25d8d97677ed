package dev.longtake.takes.ui.internal;

import java.util.Objects;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import dev.longtake.storyboard.SelectedShot;

/** A view of the shot selected on a storyboard (followed with a {@link ShotTracker}). */
public abstract class ShotViewPart extends ViewPart {

    private ShotTracker tracker;
    private SelectedShot shot;

    @Override
    public final void createPartControl(Composite parent) {
        createContents(parent);
        tracker = new ShotTracker(getSite().getPage(), this::show);
        tracker.start();
    }

    protected abstract void createContents(Composite parent);

    /** Shows a shot (null: none); showing the shown shot again reads its takes again. */
    public void show(SelectedShot selected) {
        boolean same = Objects.equals(selected, shot);
        shot = selected;
        shotChanged(selected, same);
    }

    /** The shot shown, or null. */
    public SelectedShot shot() {
        return shot;
    }

    protected abstract void shotChanged(SelectedShot selected, boolean same);

    @Override
    public void dispose() {
        if (tracker != null) {
            tracker.dispose();
        }
        super.dispose();
    }
}
