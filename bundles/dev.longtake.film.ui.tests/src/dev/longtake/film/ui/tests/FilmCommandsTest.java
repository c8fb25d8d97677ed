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

    @Test
    void renameWorksOnTheScriptPageAndChangesTheOtherFileToo() throws Exception {
        script = Films.example(temp);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        FilmEditor film = (FilmEditor) IDE.openEditor(page, script, true);
        Ui.flush();
        String text = film.document().get();
        film.scriptEditor().viewer().getTextWidget().setSelection(text.indexOf("in Lockers with") + 5);
        org.eclipse.swt.widgets.Display display = PlatformUI.getWorkbench().getDisplay();
        java.util.List<String> asked = new java.util.ArrayList<>();
        display.timerExec(300, new Runnable() {
            @Override
            public void run() {
                for (org.eclipse.swt.widgets.Shell dialog : display.getShells()) {
                    if (dialog.isVisible() && "Rename".equals(dialog.getText())) {
                        org.eclipse.swt.widgets.Text field = find(dialog, org.eclipse.swt.widgets.Text.class).get(0);
                        asked.add(field.getText());
                        field.setText("LockerRow");
                        for (org.eclipse.swt.widgets.Button button : find(dialog, org.eclipse.swt.widgets.Button.class)) {
                            if (button.getText().replace("&", "").equals("OK")) {
                                button.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                                return;
                            }
                        }
                    }
                }
                display.timerExec(200, this);
            }
        });
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
                .executeCommand("dev.longtake.dsl.ui.rename", null);
        Ui.flush();
        assertEquals(java.util.List.of("Lockers"), asked, "the dialog offers the name at the cursor");
        assertTrue(film.document().get().contains("in LockerRow with Theo"), "the Script page is renamed");
        assertTrue(java.nio.file.Files.readString(script.getProject().getFile("cast.shots").getLocation().toFile().toPath())
                .contains("location LockerRow"), "the cast file is renamed");
    }

    private static <T> java.util.List<T> find(org.eclipse.swt.widgets.Composite parent, Class<T> type) {
        java.util.List<T> found = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                found.addAll(find(composite, type));
            }
        }
        return found;
    }
}
