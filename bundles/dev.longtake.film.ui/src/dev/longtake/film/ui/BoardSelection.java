package dev.longtake.film.ui;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.part.MultiPageSelectionProvider;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import dev.longtake.dsl.ui.internal.ShotsOutlinePage;
import dev.longtake.model.Script;
import dev.longtake.model.Shot;
import dev.longtake.storyboard.model.ShotNode;
import dev.longtake.storyboard.parts.ShotEditPart;

/**
 * The film editor's selection: on the Storyboard page the selected panels (so the Properties view
 * shows the selected shot), elsewhere the nested text editor's. Selecting a panel selects its
 * shot in the Outline; selecting a shot in the Outline selects its panel.
 */
final class BoardSelection extends MultiPageSelectionProvider {

    private final FilmEditor editor;
    private GraphicalViewer viewer;
    private IContentOutlinePage outline;
    private boolean syncing;
    private final ISelectionChangedListener boardListener = this::boardSelected;
    private final ISelectionChangedListener outlineListener = this::outlineSelected;

    BoardSelection(FilmEditor editor) {
        super(editor);
        this.editor = editor;
    }

    void connect(GraphicalViewer board) {
        viewer = board;
        board.addSelectionChangedListener(boardListener);
    }

    void connect(IContentOutlinePage page) {
        if (page != null && page != outline) {
            if (outline != null) {
                outline.removeSelectionChangedListener(outlineListener);
            }
            outline = page;
            page.addSelectionChangedListener(outlineListener);
        }
    }

    private boolean onBoard() {
        return viewer != null && editor.getActivePage() == FilmEditor.STORYBOARD_PAGE;
    }

    @Override
    public ISelection getSelection() {
        return onBoard() ? viewer.getSelection() : super.getSelection();
    }

    @Override
    public void fireSelectionChanged(SelectionChangedEvent event) {
        // on the board, the text page's selection (moved by the Outline) is not the editor's
        if (!onBoard() || event.getSelectionProvider() == viewer) {
            super.fireSelectionChanged(event);
        }
    }

    @Override
    public void firePostSelectionChanged(SelectionChangedEvent event) {
        if (!onBoard() || event.getSelectionProvider() == viewer) {
            super.firePostSelectionChanged(event);
        }
    }

    /** A board page was shown: its selection is the editor's now. */
    void pageChanged() {
        if (onBoard()) {
            SelectionChangedEvent event = new SelectionChangedEvent(viewer, viewer.getSelection());
            super.fireSelectionChanged(event);
            super.firePostSelectionChanged(event);
        }
    }

    private void boardSelected(SelectionChangedEvent event) {
        if (!onBoard()) {
            return;
        }
        SelectionChangedEvent ours = new SelectionChangedEvent(viewer, event.getSelection());
        super.fireSelectionChanged(ours);
        super.firePostSelectionChanged(ours);
        if (syncing || !(outline instanceof ShotsOutlinePage page) || page.viewer() == null
                || !(event.getSelection() instanceof IStructuredSelection selection)
                || !(selection.getFirstElement() instanceof ShotEditPart panel)) {
            return;
        }
        Shot shot = outlineShot(page, panel.shot().name());
        if (shot != null) {
            syncing = true;
            try {
                page.viewer().setSelection(new StructuredSelection(shot), true);
            } finally {
                syncing = false;
            }
        }
    }

    private static Shot outlineShot(ShotsOutlinePage page, String name) {
        Object input = page.viewer().getInput();
        if (input instanceof dev.longtake.dsl.ui.internal.ScriptSnapshot snapshot) {
            Script script = snapshot.script().orElse(null);
            return script == null ? null : script.findShot(name);
        }
        return null;
    }

    private void outlineSelected(SelectionChangedEvent event) {
        if (syncing || viewer == null || editor.session() == null
                || !(event.getSelection() instanceof IStructuredSelection selection)
                || !(selection.getFirstElement() instanceof Shot shot)) {
            return;
        }
        ShotNode node = editor.session().board().shot(shot.getName());
        Object part = node == null ? null : viewer.getEditPartRegistry().get(node);
        if (part instanceof EditPart panel) {
            syncing = true;
            try {
                viewer.select(panel);
                viewer.reveal(panel);
            } finally {
                syncing = false;
            }
        }
    }

    void dispose() {
        if (viewer != null && viewer.getControl() != null && !viewer.getControl().isDisposed()) {
            viewer.removeSelectionChangedListener(boardListener);
        }
        if (outline != null) {
            outline.removeSelectionChangedListener(outlineListener);
        }
    }
}
