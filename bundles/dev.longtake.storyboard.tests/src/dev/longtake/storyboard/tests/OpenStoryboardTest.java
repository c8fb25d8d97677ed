package dev.longtake.storyboard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.storyboard.StoryboardEditor;
import dev.longtake.storyboard.actions.OpenStoryboardHandler;

/** "Open Storyboard" on a film opens the script that holds its sequences (not its cast file). */
class OpenStoryboardTest {

    @TempDir
    Path temp;

    private IFile script;

    @AfterEach
    void close() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        Ui.flush();
        Films.delete(script);
    }

    @Test
    void openStoryboardOnAFilmOpensTheScriptWithTheSequences() throws Exception {
        script = Films.example(temp);
        assertEquals(script, StoryboardEditor.scriptOf(script.getProject()));

        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        EvaluationContext context = new EvaluationContext(null, new Object());
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(script.getProject()));
        context.addVariable(ISources.ACTIVE_WORKBENCH_WINDOW_NAME, window);
        new OpenStoryboardHandler().execute(new ExecutionEvent(null, Map.of(), null, context));
        Ui.flush();

        IEditorPart editor = window.getActivePage().getActiveEditor();
        assertTrue(editor instanceof StoryboardEditor, "the active editor is " + editor);
        assertEquals("script.shots", editor.getEditorInput().getName());
        assertEquals(19, ((StoryboardEditor) editor).session().board().shots().size());
    }
}
