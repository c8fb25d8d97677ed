package dev.longtake.film.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.film.ui.FilmEditor;
import dev.longtake.storyboard.internal.CostEstimates;
import dev.longtake.storyboard.palette.BoardPalette;
import dev.longtake.storyboard.parts.PanelDirectEditManager;
import dev.longtake.storyboard.parts.SequenceEditPart;
import dev.longtake.storyboard.parts.ShotEditPart;
import dev.longtake.storyboard.properties.ShotProperties;
import dev.longtake.storyboard.properties.ShotSection;

/**
 * Editing the storyboard of the film editor through GEF's own tools, in the real workbench:
 * direct edit (F2, double-click), the palette's creation tools, the Properties view, the
 * selection shared with the Outline, the keyboard, the panels' cost. The script's text is
 * checked after every step, and Edit > Undo / Redo (the editor's one history) take each back.
 */
class BoardEditingTest {

    @TempDir
    Path temp;

    private IFile script;
    private FilmEditor editor;
    private String original;
    private IWorkbenchPage page;

    @BeforeEach
    void openTheStoryboard() throws Exception {
        script = Films.example(temp);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setBounds(0, 0, 1280, 1000);
        page = window.getActivePage();
        editor = (FilmEditor) IDE.openEditor(page, script, true);
        original = editor.document().get();
        editor.showPage(FilmEditor.STORYBOARD_PAGE);
        Ui.flush();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        Ui.flush();
        Films.delete(script);
    }

    private GraphicalViewer viewer() {
        return editor.pages().storyboardViewer();
    }

    @Test
    void f2RenamesAShotAndUndoTakesItBack() {
        ShotEditPart bus = shot("Bus");
        Ui.click(viewer(), Ui.center(bus));
        focusBoard();
        assertTrue(editor.actionRegistry().getAction(org.eclipse.gef.ui.actions.DirectEditAction.ID).isEnabled());
        // F2 is the workbench's Edit > Rename, which the film editor hands to the panel's direct edit
        assertTrue(PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class)
                .getCommand("org.eclipse.ui.edit.rename").isHandled());
        key(SWT.F2, '\0');
        Text field = openField();
        assertEquals("Bus", field.getText());
        commit(field, "SchoolRun");
        String renamed = original.replace("shot Bus 8s", "shot SchoolRun 8s");
        assertEquals(renamed, editor.document().get());
        Ui.waitUntil("the panel's new name", 10_000, () -> editor.session().board().shot("SchoolRun") != null);
        assertEquals(List.of(shot("SchoolRun")), viewer().getSelectedEditParts(), "the renamed panel is selected");

        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(original, editor.document().get());
        runCommand("org.eclipse.ui.edit.redo");
        assertEquals(renamed, editor.document().get());
    }

    @Test
    void renamingAContinuedShotRenamesItsContinuationsAndATakenNameIsRefused() {
        ShotEditPart stands = shot("Stands");
        stands.directEdit("name");
        commit(openField(), "Bleachers1");
        String renamed = original.replace("shot Stands 12s", "shot Bleachers1 12s").replace("continues Stands",
                "continues Bleachers1");
        assertEquals(renamed, editor.document().get(), "the shot and the continues that names it");

        ShotEditPart locker = shot("Locker");
        locker.directEdit("name");
        commit(openField(), "Hallway");
        assertEquals(renamed, editor.document().get(), "a taken name changed the script");
        assertEquals("There is already a shot Hallway", PanelDirectEditManager.refused());
        locker.directEdit("name");
        commit(openField(), "takes");
        assertEquals(renamed, editor.document().get());
        assertTrue(PanelDirectEditManager.refused().contains("word of the script language"),
                PanelDirectEditManager.refused());
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(original, editor.document().get());
    }

    @Test
    void aShotWithTakesKeepsItsNameSoItsTakesStayFound() throws Exception {
        java.nio.file.Path folder = script.getParent().getLocation().toFile().toPath();
        try (dev.longtake.render.RenderEngine engine = dev.longtake.render.RenderEngine.open(folder,
                dev.longtake.render.BackendRegistry.installed(), dev.longtake.render.RenderOptions.defaults())) {
            var result = engine.render(engine.plan(editor.session().requests(List.of("Bus")), null),
                    dev.longtake.render.RenderListener.NONE);
            assertTrue(result.allDone(), result.toString());
        }
        editor.session().reloadLedger();
        Ui.flush();

        shot("Bus").directEdit("name");
        commit(openField(), "SchoolRun");
        assertEquals(original, editor.document().get(), "a shot with takes was renamed");
        assertEquals("Bus keeps its name: it has 1 take in the ledger, which would no longer be found under a new name",
                PanelDirectEditManager.refused());
        assertEquals(1, editor.session().ledgerStore().read().takesOf("Bus").size());
    }

    @Test
    void doubleClickOnABeatEditsThatBeatsText() {
        ShotEditPart locker = shot("Locker");
        Rectangle beats = locker.panel().beatsArea().getCopy();
        locker.panel().translateToAbsolute(beats);
        // the second caption ("6s Lockers") is on the right of the first
        Point second = new Point(beats.x + beats.width * 3 / 4, beats.getCenter().y);
        Rectangle area = locker.panel().beatsArea();
        assertEquals(1, locker.panel().beatAt(area.x + area.width * 3 / 4));
        doubleClick(viewer(), second);
        Text field = openField();
        assertEquals("June reaches past him and bangs it open with her fist", field.getText());
        commit(field, "June kicks it open, \"finally\"");
        String edited = original.replace("\"June reaches past him and bangs it open with her fist\"",
                "\"June kicks it open, \\\"finally\\\"\"");
        assertEquals(edited, editor.document().get());
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(original, editor.document().get());
    }

    @Test
    void thePalettesShotToolAddsAShotWhereItIsDroppedUndoAndRedo() {
        List<ToolEntry> tools = BoardPalette.creationEntries(editor.pages().paletteRoot());
        assertEquals(List.of("Shot", "Beat", "Sequence"), tools.stream().map(ToolEntry::getLabel).toList());
        assertNotNull(editor.session().editDomain().getPaletteViewer(), "the palette is not open on the page");
        // the Shot tool, dropped on the left edge of Hallway: between Locker and Hallway
        editor.session().editDomain().getPaletteViewer().setActiveTool(tools.get(0));
        Rectangle hallway = Ui.absolute(shot("Hallway").getFigure());
        Ui.click(viewer(), new Point(hallway.x + 4, hallway.getCenter().y));
        int at = original.indexOf("    shot Hallway 20s");
        String added = original.substring(0, at) + "    shot Shot20 8s {\n        \"describe what the camera sees\"\n    }\n"
                + original.substring(at);
        assertEquals(added, editor.document().get());
        Ui.waitUntil("the new panel", 10_000, () -> editor.session().board().shot("Shot20") != null);
        assertEquals(List.of("Bus", "Locker", "Shot20", "Hallway"), editor.session().board().sequence("FirstDay")
                .shots().stream().map(s -> s.name()).toList());
        hideWelcome();
        Ui.screenshot(editor.getSite().getShell(), "storyboard-palette");

        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(original, editor.document().get());
        Ui.waitUntil("the panel gone", 10_000, () -> editor.session().board().shot("Shot20") == null);
        runCommand("org.eclipse.ui.edit.redo");
        assertEquals(added, editor.document().get());
    }

    @Test
    void thePalettesBeatAndSequenceToolsAddABeatToAPanelAndASequenceBetweenRows() {
        List<ToolEntry> tools = BoardPalette.creationEntries(editor.pages().paletteRoot());
        editor.session().editDomain().getPaletteViewer().setActiveTool(tools.get(1));
        Ui.click(viewer(), Ui.center(shot("Bus")));
        String withBeat = original.replace(
                "watching the town go by\"\n    }", "watching the town go by\"\n        4s \"what happens next\"\n    }");
        assertEquals(withBeat, editor.document().get());

        editor.session().editDomain().getPaletteViewer().setActiveTool(tools.get(2));
        GraphicalEditPart summer = (GraphicalEditPart) viewer().getEditPartRegistry()
                .get(editor.session().board().sequence("Summer"));
        Rectangle row = Ui.absolute(summer.getFigure());
        Ui.click(viewer(), new Point(row.x + 40, row.y + 10));
        int at = withBeat.indexOf("// Act two: one summer");
        String text = editor.document().get();
        assertTrue(text.startsWith(withBeat.substring(0, at) + "sequence Sequence"), text);
        assertTrue(text.endsWith(" {\n    shot Shot20 8s {\n        \"describe what the camera sees\"\n    }\n}\n\n"
                + withBeat.substring(at)), text);
        Ui.waitUntil("the new row", 10_000, () -> editor.session().board().shot("Shot20") != null);
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(withBeat, editor.document().get());
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(original, editor.document().get());
    }

    @Test
    void theBackendChangedInThePropertiesViewIsWrittenIntoTheShotAndUndone() throws Exception {
        PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        Ui.flush();
        ShotEditPart bus = shot("Bus");
        Ui.click(viewer(), Ui.center(bus));
        Ui.flush();
        // the tabbed Properties view: Shot and Render tabs
        TabbedPropertySheetPage tabbed = (TabbedPropertySheetPage) sheet.getCurrentPage();
        Ui.waitUntil("the panel's tabs", 10_000, () -> tabbed.getCurrentTab() != null);
        tabbed.setSelectedTab("dev.longtake.storyboard.tab.shot");
        Ui.flush();
        Tree shotTree = (Tree) ((ShotSection) tabbed.getCurrentTab().getSectionAtIndex(0)).sheet().getControl();
        Ui.waitUntil("the shot's properties", 10_000, () -> item(shotTree, "Name") != null);
        assertEquals("Bus", item(shotTree, "Name").getText(1));
        assertEquals("Film1985", item(shotTree, "Style").getText(1));
        assertNull(item(shotTree, "Backend"), "the Shot tab shows the Render tab's properties");
        tabbed.setSelectedTab("dev.longtake.storyboard.tab.render");
        Ui.flush();
        PropertySheetPage properties = ((ShotSection) tabbed.getCurrentTab().getSectionAtIndex(0)).sheet();
        Tree tree = (Tree) properties.getControl();
        Ui.waitUntil("the render properties", 10_000, () -> item(tree, "Backend") != null);

        ShotProperties source = new ShotProperties(editor.session(), "Bus");
        String backend = source.backends().stream().filter(b -> !b.startsWith("(") && !b.equals("animatic"))
                .findFirst().orElse("animatic");
        TreeItem item = item(tree, "Backend");
        IPropertySheetEntry entry = (IPropertySheetEntry) item.getData();
        CellEditor combo = entry.getEditor(tree);
        combo.setValue(source.backends().indexOf(backend));
        entry.applyEditorValue();
        Ui.flush();
        String changed = original.replace("shot Bus 8s style Film1985 {", "shot Bus 8s style Film1985 backend " + backend + " {");
        assertEquals(changed, editor.document().get());
        Ui.waitUntil("the panel's backend", 10_000, () -> shot("Bus").shot().backend().equals(backend));
        hideWelcome();
        Ui.screenshot(editor.getSite().getShell(), "storyboard-properties");

        // Undo with the Properties view active: the editor's one history
        page.activate(sheet);
        Ui.flush();
        assertEquals(sheet, page.getActivePart());
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(original, editor.document().get());
        runCommand("org.eclipse.ui.edit.redo");
        assertEquals(changed, editor.document().get());
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(original, editor.document().get());
        page.activate(editor);
        Ui.flush();

        // takes, a word the header does not have yet, and back to one take
        properties.refresh();
        TreeItem takes = item(tree, "Takes");
        IPropertySheetEntry takesEntry = (IPropertySheetEntry) takes.getData();
        CellEditor text = takesEntry.getEditor(tree);
        text.setValue("3");
        takesEntry.applyEditorValue();
        assertEquals(original.replace("shot Bus 8s style Film1985 {", "shot Bus 8s style Film1985 takes 3 {"),
                editor.document().get());
        // Undo is the editor's: from the board (in the Properties view it is not handled yet)
        page.activate(editor);
        Ui.flush();
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(original, editor.document().get());
    }

    @Test
    void castStyleAndDurationFromThePropertiesAreWrittenAsWordsOfTheScript() {
        ShotProperties stands = new ShotProperties(editor.session(), "Stands");
        assertEquals(List.of("(none)", "Film1985", "HomeVideo", "Present"), stands.styles());
        step(stands.command(ShotProperties.STYLE, 3), "shot Stands 12s style Film1985 {", "shot Stands 12s style Present {");
        step(stands.command(ShotProperties.STYLE, 0), "shot Stands 12s style Film1985 {", "shot Stands 12s {");
        step(stands.command(ShotProperties.DURATION, "14s"), "shot Stands 12s", "shot Stands 14s");
        step(stands.command(ShotProperties.CAST, "June"), "in Stands with Theo, June:", "in Stands with June:");
        step(stands.command(ShotProperties.CAST, ""), "in Stands with Theo, June:", "in Stands:");
        ShotProperties firstLook = new ShotProperties(editor.session(), "FirstLook");
        step(firstLook.command(ShotProperties.CAST, "Theo, June"), "        \"she turns;",
                "        with Theo, June: \"she turns;");
        step(firstLook.command(ShotProperties.TAKES, "0"), null, null);
    }

    /** Runs a command on the board's stack: the text gets the one change (none when null), and undo takes it back. */
    private void step(org.eclipse.gef.commands.Command command, String before, String after) {
        if (before == null) {
            assertTrue(command == null || !command.canExecute(), "a wrong value is accepted");
            return;
        }
        editor.session().commandStack().execute(command);
        Ui.flush(); // the Undo action follows the history asynchronously
        assertEquals(original.replace(before, after), editor.document().get());
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(original, editor.document().get());
    }

    @Test
    void aShotDroppedAfterTheLastPanelOfARowEndsThatSequence() {
        List<ToolEntry> tools = BoardPalette.creationEntries(editor.pages().paletteRoot());
        editor.session().editDomain().getPaletteViewer().setActiveTool(tools.get(0));
        Rectangle firstLook = Ui.absolute(shot("FirstLook").getFigure());
        Ui.click(viewer(), new Point(firstLook.right() + 30, firstLook.getCenter().y));
        int at = original.indexOf("    transition cut\n}\n\n// Act two");
        assertEquals(original.substring(0, at) + "    shot Shot20 8s {\n        \"describe what the camera sees\"\n    }\n"
                + original.substring(at), editor.document().get());
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(original, editor.document().get());
    }

    @Test
    void aSelectedPanelIsSelectedInTheOutlineAndTheOtherWayRound() throws Exception {
        ContentOutline outlineView = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        Ui.flush();
        IContentOutlinePage outline = (IContentOutlinePage) outlineView.getCurrentPage();
        Tree tree = (Tree) outline.getControl();
        Ui.waitUntil("the outline's shots", 10_000, () -> find(tree.getItems(), "shot Neon 10s") != null);

        Ui.click(viewer(), Ui.center(shot("Hallway")));
        Ui.flush();
        Object selected = ((IStructuredSelection) outline.getSelection()).getFirstElement();
        assertNotNull(selected, "nothing selected in the Outline");
        assertEquals("shot Hallway 20s", tree.getSelection()[0].getText());
        assertEquals(List.of(shot("Hallway")), viewer().getSelectedEditParts());
        assertTrue(editor.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection s
                && s.getFirstElement() == shot("Hallway"), "the editor's selection is the panel");

        TreeItem neon = find(tree.getItems(), "shot Neon 10s");
        tree.setSelection(neon);
        Event event = new Event();
        event.item = neon;
        tree.notifyListeners(SWT.Selection, event);
        Ui.flush();
        assertEquals(List.of(shot("Neon")), viewer().getSelectedEditParts());
        assertEquals(original, editor.document().get());
    }

    @Test
    void arrowsMoveTheSelectionBetweenPanelsAcrossRows() {
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        Ui.flush();
        Ui.click(viewer(), Ui.center(shot("Bus")));
        focusBoard();
        key(SWT.ARROW_RIGHT, '\0');
        assertEquals(List.of(shot("Locker")), viewer().getSelectedEditParts());
        key(SWT.ARROW_RIGHT, '\0');
        assertEquals(List.of(shot("Hallway")), viewer().getSelectedEditParts());
        key(SWT.ARROW_RIGHT, '\0'); // the last of its row: the first of the next
        assertEquals(List.of(shot("Stands")), viewer().getSelectedEditParts());
        key(SWT.ARROW_DOWN, '\0');
        assertEquals(List.of(shot("LakeDawn")), viewer().getSelectedEditParts(), () -> "Stands at "
                + shot("Stands").getFigure().getBounds() + ", LakeDawn at " + shot("LakeDawn").getFigure().getBounds()
                + ", Neon at " + shot("Neon").getFigure().getBounds());
        key(SWT.ARROW_UP, '\0');
        key(SWT.ARROW_UP, '\0');
        assertEquals(List.of(shot("Bus")), viewer().getSelectedEditParts());
        key(SWT.ARROW_LEFT, '\0'); // nothing before the first panel
        assertEquals(List.of(shot("Bus")), viewer().getSelectedEditParts());
    }

    @Test
    void everyPanelShowsTheEstimatedCostOfItsPlanAndTheBoardHasAnOverview() {
        Ui.waitUntil("the estimates", 60_000, () -> shot("Hallway").panel().cost() != null);
        for (var node : editor.session().board().shots()) {
            String cost = shot(node.name()).panel().cost();
            assertNotNull(cost, node.name());
            assertTrue(cost.matches("est\\. [0-9.]+ [A-Z]{3}"), cost);
        }
        // after an edit the estimate is made again, in the background
        Ui.click(viewer(), Ui.center(shot("Bus")));
        editor.session().board().shot("Bus").setCost(null);
        ShotProperties bus = new ShotProperties(editor.session(), "Bus");
        editor.session().commandStack().execute(bus.command(ShotProperties.TAKES, "2"));
        Ui.waitForJobs(CostEstimates.FAMILY, 60_000);
        Ui.waitUntil("the new estimate", 60_000, () -> shot("Bus").panel().cost() != null);
        Control overview = editor.pages().overview();
        assertNotNull(overview);
        assertTrue(overview.isVisible());
        org.eclipse.swt.graphics.Rectangle board = viewer().getControl().getBounds();
        org.eclipse.swt.graphics.Rectangle corner = overview.getBounds();
        assertTrue(corner.x > board.x + board.width / 2 && corner.y > board.y + board.height / 2,
                corner + " is not in the bottom right corner of " + board);
    }

    // ---------------------------------------------------------------- helpers

    /** The Welcome view takes half the editor area's width: the screenshots show the board instead. */
    private void hideWelcome() {
        var welcome = page.findViewReference("dev.longtake.app.welcome");
        if (welcome != null) {
            page.hideView(welcome);
        }
        page.activate(editor);
        Ui.flush();
    }

    private int sequences() {
        return editor.session().board().sequences().size();
    }

    private static TreeItem item(Tree tree, String label) {
        return find(tree.getItems(), label);
    }

    /** The item with the label, expanding categories (the property sheet fills them on expansion). */
    private static TreeItem find(TreeItem[] items, String label) {
        for (TreeItem item : items) {
            if (label.equals(item.getText()) || label.equals(item.getText(0))) {
                return item;
            }
            if (item.getItemCount() > 0) {
                if (!item.getExpanded()) {
                    Event expand = new Event();
                    expand.item = item;
                    item.getParent().notifyListeners(SWT.Expand, expand);
                    item.setExpanded(true);
                }
                TreeItem found = find(item.getItems(), label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private Text openField() {
        Ui.waitUntil("the direct edit field", 5_000, () -> PanelDirectEditManager.current() != null
                && PanelDirectEditManager.current().text() != null);
        return PanelDirectEditManager.current().text();
    }

    /** Types a value into the field and presses Enter (the text field's default selection). */
    private static void commit(Text field, String value) {
        field.setText(value);
        Ui.flush();
        field.notifyListeners(SWT.DefaultSelection, new Event());
        Ui.flush();
        assertNull(PanelDirectEditManager.current(), "the field is still open");
    }

    private void focusBoard() {
        editor.getSite().getShell().forceActive();
        viewer().getControl().setFocus();
        Ui.flush();
    }

    /** A key typed on the keyboard (posted to the display, as the X server sends it). */
    private static void key(int keyCode, char character) {
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event event = new Event();
            event.type = type;
            event.keyCode = keyCode;
            event.character = character;
            display.post(event);
        }
        Ui.flush();
        Ui.waitUntil("the key", 2_000, () -> true);
    }

    private static void doubleClick(GraphicalViewer viewer, Point at) {
        Control control = viewer.getControl();
        for (int type : new int[] { SWT.MouseMove, SWT.MouseDown, SWT.MouseUp, SWT.MouseDown, SWT.MouseDoubleClick,
                SWT.MouseUp }) {
            Event event = new Event();
            event.type = type;
            event.widget = control;
            event.x = at.x;
            event.y = at.y;
            event.button = type == SWT.MouseMove ? 0 : 1;
            event.count = type == SWT.MouseMove ? 0 : 2;
            event.stateMask = type == SWT.MouseUp ? SWT.BUTTON1 : 0;
            event.time = (int) System.currentTimeMillis();
            control.notifyListeners(type, event);
        }
        Ui.flush();
    }

    private void runCommand(String id) {
        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
        try {
            handlers.executeCommand(id, null);
        } catch (Exception e) {
            throw new AssertionError(id + " did not run", e);
        }
        Ui.flush();
    }

    private ShotEditPart shot(String name) {
        Object part = viewer().getEditPartRegistry().get(editor.session().board().shot(name));
        assertNotNull(part, "no panel for " + name);
        viewer().reveal((EditPart) part);
        Ui.flush();
        return (ShotEditPart) part;
    }

    @SuppressWarnings("unused")
    private SequenceEditPart row(String name) {
        return (SequenceEditPart) viewer().getEditPartRegistry().get(editor.session().board().sequence(name));
    }
}
