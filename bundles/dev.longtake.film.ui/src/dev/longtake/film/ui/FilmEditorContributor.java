package dev.longtake.film.ui;

import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.editors.text.TextEditorActionContributor;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The Edit menu of the film editor: on the Script page the text editor's actions, on the board
 * pages the board's Delete and Select All, and on every page the Script page's Undo and Redo (the
 * document's one history).
 */
public class FilmEditorContributor extends MultiPageEditorActionBarContributor {

    private static final String[] BOARD = { ActionFactory.DELETE.getId(), ActionFactory.SELECT_ALL.getId() };

    private final TextEditorActionContributor text = new TextEditorActionContributor();
    private FilmEditor film;

    @Override
    public void init(IActionBars bars, IWorkbenchPage page) {
        super.init(bars, page);
        text.init(bars, page);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        film = part instanceof FilmEditor editor ? editor : null;
        super.setActiveEditor(part);
    }

    @Override
    public void setActivePage(IEditorPart page) {
        IActionBars bars = getActionBars();
        if (bars == null) {
            return;
        }
        bars.clearGlobalActionHandlers();
        if (page instanceof ITextEditor) {
            text.setActiveEditor(page);
        } else if (film != null) {
            for (String id : BOARD) {
                IAction action = film.action(id);
                if (action != null) {
                    bars.setGlobalActionHandler(id, action);
                }
            }
        }
        if (film != null && film.scriptEditor() != null) {
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), film.action(ActionFactory.UNDO.getId()));
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), film.action(ActionFactory.REDO.getId()));
        }
        bars.updateActionBars();
    }

    /** Assemble on the toolbar: runs the active film editor's Assemble (the Media preferences of the moment). */
    private final org.eclipse.jface.action.Action assemble = new org.eclipse.jface.action.Action("Assemble") {
        {
            setId("dev.longtake.film.ui.assemble");
            setToolTipText("Assemble the film's cut into out/<title>.mp4 with the Media preferences");
        }

        @Override
        public void run() {
            IAction action = film == null ? null : film.action(dev.longtake.storyboard.actions.AssembleAction.ID);
            if (action != null) {
                action.run();
            }
        }
    };

    /** Preview on the toolbar: the active film editor's Preview (the board's selection, else every shot). */
    private final org.eclipse.jface.action.Action preview = new org.eclipse.jface.action.Action("Preview") {
        {
            setId("dev.longtake.film.ui.preview");
            setToolTipText("Render cheap short variants of the selected shots (every shot when nothing is selected)");
        }

        @Override
        public void run() {
            IAction action = film == null ? null : film.action(dev.longtake.storyboard.actions.PreviewAction.ID);
            if (action != null) {
                action.run();
            }
        }
    };

    @Override
    public void contributeToToolBar(org.eclipse.jface.action.IToolBarManager toolBar) {
        super.contributeToToolBar(toolBar);
        toolBar.add(preview);
        toolBar.add(assemble);
    }

    /** The toolbar's Preview (for tests). */
    public IAction previewAction() {
        return preview;
    }

    /** The toolbar's Assemble (for tests and menus). */
    public IAction assembleAction() {
        return assemble;
    }

    @Override
    public void dispose() {
        text.dispose();
        super.dispose();
    }
}
