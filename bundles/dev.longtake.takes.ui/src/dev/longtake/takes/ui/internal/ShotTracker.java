package dev.longtake.takes.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

import dev.longtake.storyboard.SelectedShot;

/**
 * Follows the shot selected on a storyboard: the workbench selection (editors that publish
 * their board's selection) and, for the active editor that adapts to a {@link GraphicalViewer}
 * (the film editor's Storyboard page, which publishes its Script page's selection instead),
 * that viewer's selection directly. Anything that is not a shot leaves the last shot shown;
 * closing the editor of the shown shot empties the target.
 */
public final class ShotTracker implements ISelectionListener, IPartListener2, ISelectionChangedListener {

    private final IWorkbenchPage page;
    private final Consumer<SelectedShot> target;
    private GraphicalViewer viewer;
    private IWorkbenchPart viewerPart;

    public ShotTracker(IWorkbenchPage page, Consumer<SelectedShot> target) {
        this.page = page;
        this.target = target;
    }

    public void start() {
        page.addSelectionListener(this);
        page.addPartListener(this);
        IEditorPart editor = page.getActiveEditor();
        if (editor != null) {
            hook(editor);
        }
    }

    public void dispose() {
        page.removeSelectionListener(this);
        page.removePartListener(this);
        unhook();
    }

    /** The shot a selection holds (its first element adapted), or null. */
    public static SelectedShot shotOf(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            return Adapters.adapt(structured.getFirstElement(), SelectedShot.class);
        }
        return null;
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        deliver(selection);
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        deliver(event.getSelection());
    }

    private void deliver(ISelection selection) {
        SelectedShot shot = shotOf(selection);
        if (shot != null) {
            target.accept(shot);
        }
    }

    @Override
    public void partActivated(IWorkbenchPartReference ref) {
        IWorkbenchPart part = ref.getPart(false);
        if (part instanceof IEditorPart) {
            hook(part);
        }
    }

    @Override
    public void partBroughtToTop(IWorkbenchPartReference ref) {
        partActivated(ref);
    }

    @Override
    public void partClosed(IWorkbenchPartReference ref) {
        if (viewerPart != null && ref.getPart(false) == viewerPart) {
            unhook();
            target.accept(null);
        }
    }

    private void hook(IWorkbenchPart part) {
        GraphicalViewer found = Adapters.adapt(part, GraphicalViewer.class);
        if (found == null || found == viewer) {
            return;
        }
        unhook();
        viewer = found;
        viewerPart = part;
        viewer.addSelectionChangedListener(this);
        deliver(viewer.getSelection());
    }

    private void unhook() {
        if (viewer != null) {
            if (viewer.getControl() != null && !viewer.getControl().isDisposed()) {
                viewer.removeSelectionChangedListener(this);
            }
            viewer = null;
            viewerPart = null;
        }
    }
}
