package dev.longtake.film.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.commands.CommandStackEvent;
import org.eclipse.gef.commands.CommandStackEventListener;
import org.eclipse.gef.editparts.ScalableRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.DeleteAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.SelectAllAction;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import dev.longtake.dsl.ui.ShotsEditor;
import dev.longtake.storyboard.BoardPages;
import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.DocumentScriptSource;
import dev.longtake.storyboard.actions.BoardContextMenu;
import dev.longtake.storyboard.actions.RenderAction;

/**
 * The editor of a film's script: Script (the {@link ShotsEditor}, nested) | Storyboard |
 * Timeline ({@link BoardPages} over a {@link DocumentScriptSource} on the Script page's
 * document).
 * <p>
 * One model: the text page's document is the only copy of the script. The board writes its
 * edits into it and re-reads it whenever anything else changes it, so typing on the Script page
 * shows on the board without saving.
 * <p>
 * One undo history: the document's {@link IDocumentUndoManager} (what the text page's Undo and
 * Ctrl+Z use). A board edit goes into the document as one replacement, recorded as one compound
 * change of that manager; the board's GEF command stack is emptied after every command, so it
 * never holds a second history. Every page's Undo/Redo is the text page's Undo/Redo action:
 * Ctrl+Z undoes the last change whichever page made it. (The other way round, routing text
 * edits through GEF commands, would have lost the text editor's typing-aware undo grouping.)
 * <p>
 * Dirty state and save are the text page's.
 */
public class FilmEditor extends MultiPageEditorPart
        implements org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor {

    /** The editor's id in {@code org.eclipse.ui.editors}. */
    public static final String ID = "dev.longtake.film.ui.FilmEditor";

    public static final int SCRIPT_PAGE = 0;
    public static final int STORYBOARD_PAGE = 1;
    public static final int TIMELINE_PAGE = 2;

    private ShotsEditor script;
    private BoardSession session;
    private BoardPages pages;
    private Composite storyboardPlace;
    private Composite timelinePlace;
    private boolean boardBuilt;
    private IDocumentUndoManager undoManager;
    private final ActionRegistry actions = new ActionRegistry();
    private String textBefore;
    private final CommandStackEventListener oneHistory = this::commandStackChanged;
    private final BoardSelection selection = new BoardSelection(this);

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput)) {
            throw new PartInitException("The film editor opens .shots files of the workspace");
        }
        super.init(site, input);
        site.setSelectionProvider(selection);
        setPartName(input.getName());
    }

    @Override
    protected void createPages() {
        IFile file = ((IFileEditorInput) getEditorInput()).getFile();
        try {
            script = new ShotsEditor();
            int text = addPage(script, getEditorInput());
            setPageText(text, "Script");
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
        IDocument document = script.getDocumentProvider().getDocument(getEditorInput());
        undoManager = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        Path path = file.getLocation().toFile().toPath();
        try {
            session = BoardSession.open(new DocumentScriptSource(document, path));
        } catch (IOException | RuntimeException e) {
            // the script page still works; the board pages need a film the language can read
            setPartName(file.getName());
            return;
        }
        pages = new BoardPages(session);
        storyboardPlace = placeholder();
        setPageText(addPage(storyboardPlace), "Storyboard");
        timelinePlace = placeholder();
        setPageText(addPage(timelinePlace), "Timeline");
        session.commandStack().addCommandStackEventListener(oneHistory);
    }

    private Composite placeholder() {
        Composite place = new Composite(getContainer(), SWT.NONE);
        place.setLayout(new FillLayout());
        return place;
    }

    /**
     * Builds the Storyboard and Timeline pages the first time they are shown or asked for: until
     * then GEF, the palette and the panels cost nothing, so the window with the script opens
     * sooner (the start-up budget) and a user who only writes never pays for the board.
     */
    private void ensureBoard() {
        if (boardBuilt || pages == null) {
            return;
        }
        boardBuilt = true;
        pages.createStoryboard(storyboardPlace);
        pages.createTimeline(timelinePlace);
        storyboardPlace.layout(true, true);
        timelinePlace.layout(true, true);
        createBoardActions();
    }

    private void createBoardActions() {
        GraphicalViewer viewer = pages.storyboardViewer();
        DeleteAction delete = new DeleteAction((IWorkbenchPart) this);
        delete.setSelectionProvider(viewer);
        actions.registerAction(delete);
        actions.registerAction(new SelectAllAction(this));
        ZoomManager zoom = ((ScalableRootEditPart) viewer.getRootEditPart()).getZoomManager();
        zoom.setZoomLevels(new double[] { 0.25, 0.5, 0.75, 1.0, 1.5, 2.0 });
        actions.registerAction(new ZoomInAction(zoom));
        actions.registerAction(new ZoomOutAction(zoom));
        viewer.addSelectionChangedListener(event -> delete.update());
        KeyHandler keys = new KeyHandler();
        keys.put(KeyStroke.getPressed(SWT.DEL, 127, 0), delete);
        keys.put(KeyStroke.getPressed('+', SWT.KEYPAD_ADD, SWT.CTRL), actions.getAction(GEFActionConstants.ZOOM_IN));
        keys.put(KeyStroke.getPressed('=', '=', SWT.CTRL), actions.getAction(GEFActionConstants.ZOOM_IN));
        keys.put(KeyStroke.getPressed('-', '-', SWT.CTRL), actions.getAction(GEFActionConstants.ZOOM_OUT));
        org.eclipse.gef.ui.actions.DirectEditAction directEdit = new org.eclipse.gef.ui.actions.DirectEditAction((IWorkbenchPart) this);
        directEdit.setSelectionProvider(viewer);
        actions.registerAction(directEdit);
        viewer.addSelectionChangedListener(event -> directEdit.update());
        keys.put(KeyStroke.getPressed(SWT.F2, 0), directEdit);
        // F2 is the workbench's Rename (org.eclipse.ui.edit.rename): on the board, the panel's direct edit
        getSite().getService(org.eclipse.ui.handlers.IHandlerService.class).activateHandler(
                "org.eclipse.ui.edit.rename", new org.eclipse.jface.commands.ActionHandler(directEdit));
        viewer.setKeyHandler(new dev.longtake.storyboard.parts.BoardKeyHandler(viewer).setParent(keys));
        selection.connect(viewer);
        RenderAction render = new RenderAction(this, session);
        render.setSelectionProvider(viewer);
        actions.registerAction(render);
        viewer.addSelectionChangedListener(event -> render.update());
        dev.longtake.storyboard.actions.PreviewAction preview = new dev.longtake.storyboard.actions.PreviewAction(this, session);
        preview.setSelectionProvider(viewer);
        actions.registerAction(preview);
        viewer.addSelectionChangedListener(event -> preview.update());
        actions.registerAction(new dev.longtake.storyboard.actions.AssembleAction(getSite().getShell(), session));
        // the context menu's Undo/Redo are the document's, like the Edit menu's
        actions.registerAction(new TextHistoryAction(ActionFactory.UNDO.getId(), ITextEditorActionConstants.UNDO));
        actions.registerAction(new TextHistoryAction(ActionFactory.REDO.getId(), ITextEditorActionConstants.REDO));
        BoardContextMenu menu = new BoardContextMenu(viewer, actions, session);
        viewer.setContextMenu(menu);
        getSite().registerContextMenu(ID + ".storyboard", menu, viewer);
    }

    /** The Script page's Undo or Redo under the board's action id, enabled as that action is. */
    private final class TextHistoryAction extends Action {
        private final String textId;

        TextHistoryAction(String id, String textId) {
            setId(id);
            this.textId = textId;
        }

        private IAction target() {
            return script.getAction(textId);
        }

        @Override
        public String getText() {
            IAction target = target();
            return target == null ? getId() : target.getText();
        }

        @Override
        public boolean isEnabled() {
            IAction target = target();
            return target != null && target.isEnabled();
        }

        @Override
        public void run() {
            IAction target = target();
            if (target != null && target.isEnabled()) {
                target.run();
            }
        }
    }

    /**
     * A board command's text change is one undoable change of the document; a command that does
     * not change the text (circling a take in the ledger) goes into the same history as an
     * operation of the document's undo context. GEF keeps no history of its own.
     */
    private void commandStackChanged(CommandStackEvent event) {
        if (event.getDetail() == CommandStack.PRE_EXECUTE) {
            textBefore = document().get();
            undoManager.beginCompoundChange();
        } else if (event.getDetail() == CommandStack.POST_EXECUTE) {
            undoManager.endCompoundChange();
            Command command = event.getCommand();
            if (textBefore != null && textBefore.equals(document().get()) && command != null && command.canUndo()) {
                IUndoableOperation operation = new BoardOperation(command);
                operation.addContext(undoManager.getUndoContext());
                OperationHistoryFactory.getOperationHistory().add(operation);
            }
            textBefore = null;
            session.commandStack().flush();
        }
    }

    /** An undo or redo of the document's history, enabled while there is one to make. */
    private final class HistoryStep extends Action {
        private final boolean undo;

        HistoryStep(boolean undo) {
            this.undo = undo;
        }

        @Override
        public boolean isEnabled() {
            return undo ? undoManager.undoable() : undoManager.redoable();
        }

        @Override
        public void run() {
            try {
                if (undo && undoManager.undoable()) {
                    undoManager.undo();
                } else if (!undo && undoManager.redoable()) {
                    undoManager.redo();
                }
            } catch (org.eclipse.core.commands.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A board command that does not edit the text, as an operation of the document's history. */
    private static final class BoardOperation extends AbstractOperation {
        private final Command command;

        BoardOperation(Command command) {
            super(command.getLabel() == null ? "Board edit" : command.getLabel());
            this.command = command;
        }

        @Override
        public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
            return Status.OK_STATUS; // already executed by the board
        }

        @Override
        public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
            command.undo();
            return Status.OK_STATUS;
        }

        @Override
        public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
            command.redo();
            return Status.OK_STATUS;
        }
    }

    /** The action of the Edit menu for this page: the text page's undo/redo on every page. */
    IAction action(String id) {
        if (ActionFactory.UNDO.getId().equals(id)) {
            return script.getAction(ITextEditorActionConstants.UNDO);
        }
        if (ActionFactory.REDO.getId().equals(id)) {
            return script.getAction(ITextEditorActionConstants.REDO);
        }
        return boardAction(id);
    }

    /** The board's action with this id (Render, Preview, Assemble, Delete, ...), or null. */
    public IAction boardAction(String id) {
        ensureBoard();
        return actions.getAction(id);
    }

    /** The Script page's editor. */
    public ShotsEditor scriptEditor() {
        return script;
    }

    /** The board's session (null when the script could not be read as a film). */
    public BoardSession session() {
        return session;
    }

    /** The Storyboard and Timeline pages (null when the script could not be read as a film). */
    public BoardPages pages() {
        ensureBoard();
        return pages;
    }

    public ActionRegistry actionRegistry() {
        ensureBoard();
        return actions;
    }

    /** The document of the Script page, which every page edits. */
    public IDocument document() {
        return script.getDocumentProvider().getDocument(getEditorInput());
    }

    /** Shows {@link #SCRIPT_PAGE}, {@link #STORYBOARD_PAGE} or {@link #TIMELINE_PAGE}. */
    public void showPage(int index) {
        if (index < getPageCount()) {
            setActivePage(index);
        }
    }

    @Override
    public int getActivePage() {
        return super.getActivePage();
    }

    @Override
    protected void pageChange(int newPageIndex) {
        if (newPageIndex != SCRIPT_PAGE) {
            ensureBoard();
        }
        super.pageChange(newPageIndex);
        selection.pageChanged();
        if (newPageIndex != SCRIPT_PAGE && pages != null) {
            GraphicalViewer viewer = newPageIndex == STORYBOARD_PAGE ? pages.storyboardViewer() : pages.timelineViewer();
            viewer.getControl().setFocus();
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == CommandStack.class && session != null) {
            return type.cast(session.commandStack());
        }
        if (type == ActionRegistry.class) {
            ensureBoard();
            return type.cast(actions);
        }
        if (type == BoardSession.class && session != null) {
            return type.cast(session);
        }
        if (type == GraphicalViewer.class && pages != null) {
            ensureBoard();
            return type.cast(pages.storyboardViewer());
        }
        if (type == ZoomManager.class && pages != null) {
            ensureBoard();
            return type.cast(((ScalableRootEditPart) pages.storyboardViewer().getRootEditPart()).getZoomManager());
        }
        if (type == org.eclipse.ui.views.properties.IPropertySheetPage.class) {
            // a panel's Shot and Render tabs (the storyboard's plugin.xml)
            return type.cast(new org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage(this) {
                @Override
                public void init(org.eclipse.ui.part.IPageSite site) {
                    super.init(site);
                    // Undo and Redo in the Properties view: the document's history, as on every page
                    if (undoManager != null) {
                        org.eclipse.ui.handlers.IHandlerService handlers = site.getService(
                                org.eclipse.ui.handlers.IHandlerService.class);
                        handlers.activateHandler("org.eclipse.ui.edit.undo",
                                new org.eclipse.jface.commands.ActionHandler(new HistoryStep(true)));
                        handlers.activateHandler("org.eclipse.ui.edit.redo",
                                new org.eclipse.jface.commands.ActionHandler(new HistoryStep(false)));
                    }
                }
            });
        }
        if (type == IContentOutlinePage.class && script != null) {
            T outline = script.getAdapter(type);
            selection.connect((IContentOutlinePage) outline);
            return outline;
        }
        // the Outline is the script's on every page; the rest of the text editor's adapters
        // (find/replace target, text operations) only on its own page
        if (script != null && (getActivePage() == SCRIPT_PAGE || type == IContentOutlinePage.class)) {
            T adapted = script.getAdapter(type);
            if (adapted != null) {
                return adapted;
            }
        }
        return super.getAdapter(type);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        script.doSave(monitor);
    }

    @Override
    public void doSaveAs() {
        script.doSaveAs();
        setInput(script.getEditorInput());
        setPartName(script.getEditorInput().getName());
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        selection.dispose();
        if (session != null) {
            session.commandStack().removeCommandStackEventListener(oneHistory);
            session.dispose();
        }
        if (pages != null) {
            pages.dispose();
        }
        actions.dispose();
        super.dispose();
    }

    /** The board's tabbed properties (contributed by the storyboard bundle's plugin.xml). */
    @Override
    public String getContributorId() {
        return dev.longtake.storyboard.properties.ShotSection.CONTRIBUTOR;
    }
}
