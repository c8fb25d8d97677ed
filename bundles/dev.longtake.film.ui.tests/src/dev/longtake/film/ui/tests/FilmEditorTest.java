package dev.longtake.film.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.gef.handles.ResizeHandle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.film.ui.FilmEditor;
import dev.longtake.storyboard.figures.ShotPanelFigure;
import dev.longtake.storyboard.parts.ShotEditPart;

/**
 * The film editor in the real workbench on a copy of the example film: its three pages share the
 * Script page's document and one undo history (Edit > Undo, which Ctrl+Z runs, is executed
 * through the workbench's command, as the key binding does).
 */
class FilmEditorTest {

    @TempDir
    Path temp;

    private IFile script;
    private Path file;
    private FilmEditor editor;
    private String original;

    @BeforeEach
    void openTheExample() throws Exception {
        script = Films.example(temp);
        file = script.getLocation().toFile().toPath();
        original = Files.readString(file);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setBounds(0, 0, 1280, 1000);
        IWorkbenchPage page = window.getActivePage();
        // the default editor of .shots: what FilmOpener, the New Film wizard and the explorer open
        editor = (FilmEditor) IDE.openEditor(page, script, true);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        Ui.flush();
    }

    @AfterEach
    void close() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        Ui.flush();
        Films.delete(script);
    }

    @Test
    void threePagesOnOneDocument() {
        assertEquals("dev.longtake.film.ui.FilmEditor", PlatformUI.getWorkbench().getEditorRegistry()
                .getDefaultEditor("script.shots").getId());
        CTabFolder tabs = tabs();
        assertEquals(3, tabs.getItemCount());
        assertEquals("Script", tabs.getItem(0).getText());
        assertEquals("Storyboard", tabs.getItem(1).getText());
        assertEquals("Timeline", tabs.getItem(2).getText());
        assertEquals(original, editor.document().get());
        assertEquals(19, editor.session().board().shots().size());
        for (int page : new int[] { FilmEditor.STORYBOARD_PAGE, FilmEditor.TIMELINE_PAGE, FilmEditor.SCRIPT_PAGE }) {
            editor.showPage(page);
            Ui.flush();
            assertEquals(page, tabs.getSelectionIndex());
        }
        assertTrue(editor.scriptEditor().viewer().getTextWidget().isVisible());
        editor.showPage(FilmEditor.STORYBOARD_PAGE);
        Ui.flush();
        assertTrue(editor.pages().storyboardViewer().getControl().isVisible());
        assertFalse(editor.scriptEditor().viewer().getTextWidget().isVisible());
    }

    @Test
    void aResizeOnTheStoryboardIsInTheScriptAndUndoOnTheScriptPageTakesItBack() throws Exception {
        editor.showPage(FilmEditor.STORYBOARD_PAGE);
        Ui.flush();
        resize("Locker", 3);
        String resized = original.replace("shot Locker 10s style", "shot Locker 13.04s style"); // 92 bpm: 20 beats
        assertEquals(resized, editor.document().get(), "the board's edit is not in the Script page's text");
        assertTrue(editor.isDirty(), "a board edit makes the editor dirty");
        assertEquals(original, Files.readString(file), "the board wrote the file before a save");

        editor.showPage(FilmEditor.SCRIPT_PAGE);
        Ui.flush();
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(original, editor.document().get());
        Ui.waitUntil("the board to follow the undo", 10_000, () -> shot("Locker").shot().duration() == 10);
        runCommand("org.eclipse.ui.edit.redo");
        assertEquals(resized, editor.document().get());
        Ui.waitUntil("the board to follow the redo", 10_000, () -> shot("Locker").shot().duration() == 13.04);
    }

    @Test
    void typingOnTheScriptPageShowsOnTheBoardAndUndoOnTheBoardTakesItBack() {
        editor.showPage(FilmEditor.SCRIPT_PAGE);
        Ui.flush();
        type(original.indexOf("shot Bus 8s") + "shot Bus ".length(), 1, "9");
        assertTrue(editor.document().get().contains("shot Bus 9s"));
        Ui.waitUntil("the board to follow the typing", 10_000, () -> shot("Bus").shot().duration() == 9);
        assertEquals(ShotPanelFigure.widthFor(9), shot("Bus").getFigure().getBounds().width);

        editor.showPage(FilmEditor.STORYBOARD_PAGE);
        Ui.flush();
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(original, editor.document().get());
        Ui.waitUntil("the board to follow the undo", 10_000, () -> shot("Bus").shot().duration() == 8);
    }

    @Test
    void oneHistoryInTheOrderOfTheEditsWhicheverPageMadeThem() throws Exception {
        // a reorder on the board, then typing on the Script page, then a resize on the board
        editor.showPage(FilmEditor.STORYBOARD_PAGE);
        Ui.flush();
        GraphicalViewer viewer = editor.pages().storyboardViewer();
        Rectangle bus = Ui.absolute(shot("Bus").getFigure());
        Ui.drag(viewer, Ui.center(shot("Hallway")), new Point(bus.x + 10, bus.y + bus.height / 2));
        Ui.waitUntil("the move", 10_000,
                () -> editor.session().board().sequence("FirstDay").shots().get(0).name().equals("Hallway"));
        String moved = editor.document().get();
        assertTrue(moved.indexOf("shot Hallway") < moved.indexOf("shot Bus"), "the move is not in the text");

        editor.showPage(FilmEditor.SCRIPT_PAGE);
        Ui.flush();
        type(moved.indexOf("shot Stands 12s") + "shot Stands ".length(), 2, "14");
        String typed = editor.document().get();
        assertEquals(moved.replace("shot Stands 12s", "shot Stands 14s"), typed);

        editor.showPage(FilmEditor.STORYBOARD_PAGE);
        Ui.flush();
        Ui.waitUntil("the board to follow the typing", 10_000, () -> shot("Stands").shot().duration() == 14);
        resize("Locker", 2); // 12.1 s, at 92 bpm snapped to 19 beats
        String resized = typed.replace("shot Locker 10s", "shot Locker 12.39s");
        assertEquals(resized, editor.document().get());

        runCommand("org.eclipse.ui.edit.undo"); // on the Storyboard page
        assertEquals(typed, editor.document().get());
        editor.showPage(FilmEditor.SCRIPT_PAGE);
        Ui.flush();
        runCommand("org.eclipse.ui.edit.undo"); // on the Script page: the typing
        assertEquals(moved, editor.document().get());
        editor.showPage(FilmEditor.TIMELINE_PAGE);
        Ui.flush();
        runCommand("org.eclipse.ui.edit.undo"); // on the Timeline page: the board's move
        assertEquals(original, editor.document().get());
        Ui.waitUntil("the board to follow", 10_000,
                () -> editor.session().board().sequence("FirstDay").shots().get(0).name().equals("Bus"));
        runCommand("org.eclipse.ui.edit.redo");
        assertEquals(moved, editor.document().get());
        assertEquals(original, Files.readString(file), "nothing is written before a save");
    }

    @Test
    void aShotTypedOnTheScriptPageIsANewPanelAndSaveWritesTheFile() throws Exception {
        editor.showPage(FilmEditor.SCRIPT_PAGE);
        Ui.flush();
        String newShot = "    shot Detour 6s style Film1985 {\n"
                + "        camera static, wide\n"
                + "        in Lockers with Theo: \"Theo waits by the door\"\n"
                + "    }\n";
        type(original.indexOf("    shot Hallway"), 0, newShot);
        Ui.waitUntil("a panel for the new shot", 10_000, () -> editor.session().board().shot("Detour") != null);
        assertEquals(20, editor.session().board().shots().size());
        assertEquals("Detour", editor.session().board().sequence("FirstDay").shots().get(2).name());
        assertEquals(original, Files.readString(file), "the file changed before a save");

        editor.showPage(FilmEditor.STORYBOARD_PAGE);
        Ui.flush();
        ShotEditPart panel = shot("Detour");
        assertTrue(panel.getFigure().isShowing(), "the new panel is not shown");
        assertEquals(ShotPanelFigure.widthFor(6), panel.getFigure().getBounds().width);
        Ui.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "film-editor");

        assertTrue(editor.isDirty());
        editor.doSave(null);
        Ui.flush();
        assertFalse(editor.isDirty());
        assertEquals(editor.document().get(), Files.readString(file));
        assertTrue(Files.readString(file).contains("shot Detour 6s"));
    }

    @Test
    void ctrlZTypedOnTheStoryboardUndoesTheBoardsEditAndCtrlShiftZRedoesIt() {
        editor.showPage(FilmEditor.STORYBOARD_PAGE);
        Ui.flush();
        resize("Bus", 2);
        String resized = original.replace("shot Bus 8s", "shot Bus 10.43s"); // 10.1 s, at 92 bpm 16 beats
        assertEquals(resized, editor.document().get());

        Control canvas = editor.pages().storyboardViewer().getControl();
        canvas.getShell().forceActive();
        canvas.setFocus();
        Ui.flush();
        key('z', SWT.CTRL);
        Ui.waitUntil("Ctrl+Z to undo the resize", 10_000, () -> original.equals(editor.document().get()));
        Ui.waitUntil("the board to follow", 10_000, () -> shot("Bus").shot().duration() == 8);
        key('z', SWT.CTRL, SWT.SHIFT); // Redo on GTK
        Ui.waitUntil("Ctrl+Shift+Z to redo the resize", 10_000, () -> resized.equals(editor.document().get()));
    }

    @Test
    void theBoardsContextMenuUndoesFromTheSameHistoryAndOffersRender() {
        editor.showPage(FilmEditor.STORYBOARD_PAGE);
        Ui.flush();
        resize("Locker", 1);
        org.eclipse.gef.ContextMenuProvider menu = (org.eclipse.gef.ContextMenuProvider) editor.pages().storyboardViewer()
                .getContextMenu();
        menu.removeAll();
        menu.buildContextMenu(menu);
        assertNotNull(menu.find("dev.longtake.storyboard.render"), "no Render in the board's menu");
        org.eclipse.jface.action.ActionContributionItem undo = (org.eclipse.jface.action.ActionContributionItem) menu
                .find(org.eclipse.ui.actions.ActionFactory.UNDO.getId());
        assertTrue(undo.getAction().isEnabled(), "the menu's Undo is not enabled after a board edit");
        undo.getAction().run();
        Ui.flush();
        assertEquals(original, editor.document().get());
    }

    @Test
    void aBoardCommandThatDoesNotEditTheTextIsInTheSameHistory() {
        // like circling a take: the ledger changes, the text does not
        int[] circled = { 0 };
        org.eclipse.gef.commands.Command circle = new org.eclipse.gef.commands.Command("Circle take") {
            @Override
            public void execute() {
                circled[0]++;
            }

            @Override
            public void undo() {
                circled[0]--;
            }
        };
        editor.session().commandStack().execute(circle);
        assertEquals(1, circled[0]);
        editor.showPage(FilmEditor.SCRIPT_PAGE);
        Ui.flush();
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(0, circled[0]);
        runCommand("org.eclipse.ui.edit.redo");
        assertEquals(1, circled[0]);
        assertEquals(original, editor.document().get());
    }

    /** A key typed with modifiers held, as the keyboard sends it to the display. */
    private static void key(char character, int... modifiers) {
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
        for (int modifier : modifiers) {
            post(display, SWT.KeyDown, modifier, '\0');
        }
        post(display, SWT.KeyDown, character, character);
        post(display, SWT.KeyUp, character, character);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            post(display, SWT.KeyUp, modifiers[i], '\0');
        }
        Ui.flush();
    }

    private static void post(org.eclipse.swt.widgets.Display display, int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        display.post(event);
    }

    private void resize(String name, int seconds) {
        GraphicalViewer viewer = editor.pages().storyboardViewer();
        ShotEditPart part = shot(name);
        Ui.click(viewer, Ui.center(part));
        assertEquals(java.util.List.of(part), viewer.getSelectedEditParts());
        double before = part.shot().duration();
        Point from = Ui.absolute(eastHandle(viewer)).getCenter();
        Ui.drag(viewer, from, new Point(from.x + seconds * ShotPanelFigure.PIXELS_PER_SECOND + 2, from.y));
        // the film has a tempo: the new duration is snapped to a beat, not to a whole second
        Ui.waitUntil("the new duration", 10_000, () -> shot(name).shot().duration() != before);
    }

    /** Types on the Script page's text widget, as the keyboard does (replacing length characters). */
    private void type(int offset, int length, String text) {
        StyledText widget = editor.scriptEditor().viewer().getTextWidget();
        widget.setSelection(offset, offset + length); // no folding: widget offsets are the document's
        widget.insert(text);
        Ui.flush();
    }

    private void runCommand(String id) throws RuntimeException {
        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
        try {
            handlers.executeCommand(id, null);
        } catch (Exception e) {
            throw new AssertionError(id + " did not run on page " + editor.getActivePage(), e);
        }
        Ui.flush();
    }

    private ShotEditPart shot(String name) {
        GraphicalViewer viewer = editor.pages().storyboardViewer();
        Object part = viewer.getEditPartRegistry().get(editor.session().board().shot(name));
        assertNotNull(part, "no panel for " + name);
        viewer.reveal((ShotEditPart) part);
        Ui.flush();
        return (ShotEditPart) part;
    }

    private static ResizeHandle eastHandle(GraphicalViewer viewer) {
        IFigure handles = LayerManager.Helper.find(viewer.getContents()).getLayer(LayerConstants.HANDLE_LAYER);
        Rectangle panel = Ui.absolute(((GraphicalEditPart) viewer.getSelectedEditParts().get(0)).getFigure());
        for (Object child : handles.getChildren()) {
            if (child instanceof ResizeHandle handle) {
                Rectangle bounds = Ui.absolute(handle);
                if (Math.abs(bounds.getCenter().x - panel.right()) <= 6
                        && Math.abs(bounds.getCenter().y - panel.getCenter().y) <= 6) {
                    return handle;
                }
            }
        }
        throw new AssertionError("no resize handle on the right edge of the selected panel");
    }

    private CTabFolder tabs() {
        Control control = editor.pages().storyboardViewer().getControl();
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof CTabFolder folder) {
                return folder;
            }
        }
        throw new AssertionError("no page tabs");
    }
}
