package dev.longtake.storyboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.commands.CommandStackListener;
import org.eclipse.gef.editparts.ScalableRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.DeleteAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.RedoAction;
import org.eclipse.gef.ui.actions.SelectAllAction;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.gef.ui.actions.UndoAction;
import org.eclipse.gef.ui.actions.UpdateAction;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorPart;

import dev.longtake.storyboard.actions.BoardContextMenu;
import dev.longtake.storyboard.actions.RenderAction;
import dev.longtake.storyboard.internal.FileScriptSource;

/**
 * The storyboard of a film's script as its own editor, with two pages: Storyboard (panels in
 * sequence rows) and Timeline (the film against the song). Every edit is written into the
 * .shots file at once, so the editor is never dirty; undo and redo write the text back.
 */
public class StoryboardEditor extends MultiPageEditorPart
        implements ISelectionListener, org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor {

    public static final String ID = "dev.longtake.storyboard.editor";

    private BoardSession session;
    private BoardPages pages;
    private final ActionRegistry actions = new ActionRegistry();
    private final List<String> selectionActions = new ArrayList<>();
    private final List<String> stackActions = new ArrayList<>();
    private final CommandStackListener stackListener = event -> updateActions(stackActions);

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException("The storyboard opens .shots files of the workspace");
        }
        super.init(site, input);
        try {
            session = BoardSession.open(new FileScriptSource(fileInput.getFile(), site.getShell().getDisplay()));
        } catch (IOException | RuntimeException e) {
            throw new PartInitException(fileInput.getFile().getFullPath() + ": " + e.getMessage(), e);
        }
        setPartName(fileInput.getFile().getName());
        setTitleToolTip("Storyboard of " + fileInput.getFile().getFullPath());
    }

    /** The script of a film folder that holds its sequences (else its first script), or null. */
    public static IFile scriptOf(IContainer film) {
        try {
            IFile first = null;
            for (IResource member : film.members()) {
                if (member instanceof IFile file && "shots".equals(file.getFileExtension())) {
                    if (first == null) {
                        first = file;
                    }
                    try (var in = file.getContents(true)) {
                        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        if (text.matches("(?s).*\\bsequence\\s+\\w+.*")) {
                            return file;
                        }
                    }
                }
            }
            return first;
        } catch (CoreException | IOException e) {
            return null;
        }
    }

    public BoardSession session() {
        return session;
    }

    public BoardPages pages() {
        return pages;
    }

    public ActionRegistry actionRegistry() {
        return actions;
    }

    @Override
    protected void createPages() {
        pages = new BoardPages(session);
        int storyboard = addPage(pages.createStoryboard(getContainer()));
        setPageText(storyboard, "Storyboard");
        int timeline = addPage(pages.createTimeline(getContainer()));
        setPageText(timeline, "Timeline");
        createActions();
        GraphicalViewer viewer = pages.storyboardViewer();
        BoardContextMenu menu = new BoardContextMenu(viewer, actions, session);
        viewer.setContextMenu(menu);
        getSite().registerContextMenu(ID + ".context", menu, viewer);
        KeyHandler keys = new KeyHandler();
        keys.put(KeyStroke.getPressed(SWT.DEL, 127, 0), actions.getAction(ActionFactory.DELETE.getId()));
        keys.put(KeyStroke.getPressed('+', SWT.KEYPAD_ADD, SWT.CTRL), actions.getAction(GEFActionConstants.ZOOM_IN));
        keys.put(KeyStroke.getPressed('=', '=', SWT.CTRL), actions.getAction(GEFActionConstants.ZOOM_IN));
        keys.put(KeyStroke.getPressed('-', '-', SWT.CTRL), actions.getAction(GEFActionConstants.ZOOM_OUT));
        keys.put(KeyStroke.getPressed(SWT.F2, 0), actions.getAction(org.eclipse.gef.ui.actions.DirectEditAction.ID));
        viewer.setKeyHandler(new dev.longtake.storyboard.parts.BoardKeyHandler(viewer).setParent(keys));
        getSite().setSelectionProvider(viewer);
        // selection actions follow the viewer itself, whichever part the workbench has active
        for (String id : selectionActions) {
            ((SelectionAction) actions.getAction(id)).setSelectionProvider(viewer);
        }
        viewer.addSelectionChangedListener(event -> updateActions(selectionActions));
        getSite().getWorkbenchWindow().getSelectionService().addSelectionListener(this);
        session.commandStack().addCommandStackListener(stackListener);
    }

    private void createActions() {
        register(new UndoAction(this), stackActions);
        register(new RedoAction(this), stackActions);
        register(new DeleteAction((IWorkbenchPart) this), selectionActions);
        register(new SelectAllAction(this), null);
        register(new RenderAction(this, session), selectionActions);
        register(new org.eclipse.gef.ui.actions.DirectEditAction((IWorkbenchPart) this), selectionActions);
        ZoomManager zoom = ((ScalableRootEditPart) pages.storyboardViewer().getRootEditPart()).getZoomManager();
        zoom.setZoomLevels(new double[] { 0.25, 0.5, 0.75, 1.0, 1.5, 2.0 });
        register(new ZoomInAction(zoom), null);
        register(new ZoomOutAction(zoom), null);
    }

    private void register(IAction action, List<String> group) {
        actions.registerAction(action);
        if (group != null) {
            group.add(action.getId());
        }
    }

    private void updateActions(List<String> ids) {
        for (String id : ids) {
            IAction action = actions.getAction(id);
            if (action instanceof UpdateAction update) {
                update.update();
            }
        }
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this) {
            updateActions(selectionActions);
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == CommandStack.class) {
            return type.cast(session.commandStack());
        }
        if (type == ActionRegistry.class) {
            return type.cast(actions);
        }
        if (type == GraphicalViewer.class && pages != null) {
            return type.cast(pages.storyboardViewer());
        }
        if (type == ZoomManager.class && pages != null) {
            return type.cast(((ScalableRootEditPart) pages.storyboardViewer().getRootEditPart()).getZoomManager());
        }
        if (type == org.eclipse.ui.views.properties.IPropertySheetPage.class) {
            // a panel's Shot and Render tabs (the storyboard's plugin.xml)
            return type.cast(new org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage(this));
        }
        if (type == EditPart.class && pages != null) {
            return type.cast(pages.storyboardViewer().getContents());
        }
        return super.getAdapter(type);
    }

    /** Shows the Storyboard (0) or Timeline (1) page. */
    public void showPage(int index) {
        setActivePage(index);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // every edit is already in the file
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public void dispose() {
        getSite().getWorkbenchWindow().getSelectionService().removeSelectionListener(this);
        if (session != null) {
            session.commandStack().removeCommandStackListener(stackListener);
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
