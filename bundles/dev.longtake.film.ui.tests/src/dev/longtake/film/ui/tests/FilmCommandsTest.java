package dev.longtake.film.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.film.ui.FilmEditor;

/** The workbench's commands on films and on the film editor, run through the handler service. */
class FilmCommandsTest {

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
    void openStoryboardOnAFilmOpensTheFilmEditorOnItsStoryboardPage() throws Exception {
        script = Films.example(temp);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IHandlerService handlers = window.getService(IHandlerService.class);
        ICommandService commands = window.getService(ICommandService.class);
        IEvaluationContext context = handlers.createContextSnapshot(true);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(script.getProject()));
        handlers.executeCommandInContext(
                new ParameterizedCommand(commands.getCommand("dev.longtake.storyboard.open"), null), null, context);
        Ui.flush();

        IEditorPart editor = window.getActivePage().getActiveEditor();
        assertTrue(editor instanceof FilmEditor, "the active editor is " + editor);
        FilmEditor film = (FilmEditor) editor;
        assertEquals("script.shots", film.getEditorInput().getName());
        assertEquals(FilmEditor.STORYBOARD_PAGE, film.getActivePage());
        assertEquals(19, film.session().board().shots().size());
        assertTrue(film.getAdapter(org.eclipse.ui.views.contentoutline.IContentOutlinePage.class) != null,
                "no Outline of the script on the Storyboard page");
    }

    @Test
    void toggleCommentWorksOnTheScriptPageAndIsOneUndo() throws Exception {
        script = Films.example(temp);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        FilmEditor film = (FilmEditor) IDE.openEditor(page, script, true);
        Ui.flush();
        String original = film.document().get();
        int line = original.indexOf("    shot Locker");
        film.scriptEditor().viewer().getTextWidget().setSelection(line + 6);
        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
        handlers.executeCommand("dev.longtake.dsl.ui.toggleComment", null);
        Ui.flush();
        String commented = film.document().get();
        assertTrue(commented.substring(line, commented.indexOf('\n', line)).contains("//"), "the line is not commented");
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        Ui.flush();
        assertEquals(original, film.document().get());
    }

    @Test
    void aCastFileAndAnUnreadableScriptOpenToo() throws Exception {
        script = Films.example(temp);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        FilmEditor cast = (FilmEditor) IDE.openEditor(page, script.getProject().getFile("cast.shots"), true);
        Ui.flush();
        assertTrue(cast.document().get().contains("character"), "the cast's text is not on the Script page");
        IFile broken = script.getProject().getFile("broken.shots");
        broken.create(new java.io.ByteArrayInputStream(new byte[] { 0, (byte) 0xff, '{', '{', 0 }), true, null);
        FilmEditor film = (FilmEditor) IDE.openEditor(page, broken, true);
        Ui.flush();
        assertEquals(FilmEditor.SCRIPT_PAGE, film.getActivePage());
        assertTrue(film.document().get().length() > 0);
    }
}
