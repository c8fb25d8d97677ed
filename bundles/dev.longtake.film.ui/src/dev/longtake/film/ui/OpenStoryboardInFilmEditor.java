package dev.longtake.film.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

import dev.longtake.storyboard.StoryboardEditor;

/**
 * "Open Storyboard" on a .shots file or a film: the film's script opens in the {@link FilmEditor}
 * on its Storyboard page.
 */
public class OpenStoryboardInFilmEditor extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return null;
        }
        IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
        IFile script = resource instanceof IFile file ? file
                : resource instanceof IContainer container ? StoryboardEditor.scriptOf(container) : null;
        if (script == null) {
            throw new ExecutionException(resource + " holds no .shots script with sequences");
        }
        try {
            IEditorPart editor = IDE.openEditor(page, script, FilmEditor.ID);
            if (editor instanceof FilmEditor film) {
                film.showPage(FilmEditor.STORYBOARD_PAGE);
            }
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
