package dev.longtake.storyboard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.gef.handles.ResizeHandle;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.storyboard.StoryboardEditor;
import dev.longtake.storyboard.figures.ShotPanelFigure;
import dev.longtake.storyboard.model.BoardModel;
import dev.longtake.storyboard.model.SequenceNode;
import dev.longtake.storyboard.parts.SequenceEditPart;
import dev.longtake.storyboard.parts.ShotEditPart;

/**
 * Editing the script on the storyboard with GEF's own tools (mouse gestures on the viewer, the
 * editor's actions), in the real workbench: every edit is in the .shots file at once, and undo
 * gives back the text exactly as it was.
 */
class StoryboardEditingTest {

    @TempDir
    Path temp;

    private IFile script;
    private Path file;
    private StoryboardEditor editor;
    private GraphicalViewer viewer;
    private String original;

    @BeforeEach
    void openTheExampleAsAStoryboard() throws Exception {
        script = Films.example(temp);
        file = script.getLocation().toFile().toPath();
        original = Files.readString(file);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1280, 1000);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (StoryboardEditor) IDE.openEditor(page, script, StoryboardEditor.ID);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        viewer = editor.pages().storyboardViewer();
        Ui.flush();
    }

    @AfterEach
    void close() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        Ui.flush();
        Films.delete(script);
    }

    @Test
    void everyShotIsAPanelInItsSequencesRowInScriptOrder() {
        BoardModel board = editor.session().board();
        List<String> rows = new ArrayList<>();
        for (Object child : viewer.getContents().getChildren()) {
            SequenceEditPart row = (SequenceEditPart) child;
            List<String> panels = new ArrayList<>();
            for (Object panel : row.getChildren()) {
                ShotEditPart part = (ShotEditPart) panel;
                panels.add(part.panel().name());
                assertTrue(part.getFigure().isShowing() || !row.getFigure().isVisible(), part + " not shown");
            }
            rows.add(row.sequence().name() + panels);
        }
        assertEquals(List.of("FirstDay[Bus, Locker, Hallway]", "Bleachers[Stands, FirstLook]",
                "Summer[LakeDawn, Roadtrip, Neon]", "Years[Wedding, Kitchen, Nursery]",
                "Distance[NightDrive, Rain, Answer]", "Return[Porch, Letters, Photographs]",
                "Coda[Hilltop, Credits]"), rows);
        assertEquals(shotsInText(original).size(), board.shots().size());
        // panels are as wide as their shots are long
        ShotEditPart hallway = panel("Hallway");
        ShotEditPart bus = panel("Bus");
        assertEquals(ShotPanelFigure.widthFor(20), hallway.getFigure().getBounds().width);
        assertEquals(ShotPanelFigure.widthFor(8), bus.getFigure().getBounds().width);
        // rows are laid out one under the other
        IFigure first = ((GraphicalEditPart) viewer.getContents().getChildren().get(0)).getFigure();
        IFigure second = ((GraphicalEditPart) viewer.getContents().getChildren().get(1)).getFigure();
        assertTrue(second.getBounds().y >= first.getBounds().bottom(), "rows overlap");
        // zoom in and out (the context menu's and Ctrl+= / Ctrl+-'s actions)
        org.eclipse.gef.editparts.ZoomManager zoom = editor.getAdapter(org.eclipse.gef.editparts.ZoomManager.class);
        editor.actionRegistry().getAction(org.eclipse.gef.ui.actions.GEFActionConstants.ZOOM_IN).run();
        assertEquals(1.5, zoom.getZoom());
        editor.actionRegistry().getAction(org.eclipse.gef.ui.actions.GEFActionConstants.ZOOM_OUT).run();
        assertEquals(1.0, zoom.getZoom());
    }

    @Test
    void draggingAPanelBeforeAnotherReordersTheShotsInTheTextAndUndoRestoresIt() throws Exception {
        Rectangle bus = Ui.absolute(panel("Bus").getFigure());
        Ui.drag(viewer, Ui.center(panel("Hallway")), new Point(bus.x + 10, bus.y + bus.height / 2));
        Ui.waitUntil("the move", 10_000, () -> sequence("FirstDay").shots().get(0).name().equals("Hallway"));

        String moved = Files.readString(file);
        assertEquals(List.of("Hallway", "Bus", "Locker"), shotsOfSequence(moved, "FirstDay"));
        assertEquals(tail(original, "// Act one: the bleachers"), tail(moved, "// Act one: the bleachers"),
                "the move touched text outside its sequence");
        assertEquals(head(original, "sequence FirstDay"), head(moved, "sequence FirstDay"));
        assertTrue(moved.contains("\"they push through the crowd side by side\""));

        undo();
        assertEquals(original, Files.readString(file), "undo did not restore the text");
        assertEquals("Bus", sequence("FirstDay").shots().get(0).name());
        redo();
        assertEquals(moved, Files.readString(file));
        assertEquals("Hallway", sequence("FirstDay").shots().get(0).name());
    }

    @Test
    void draggingAPanelIntoAnotherRowMovesTheShotToThatSequence() throws Exception {
        // Bleachers (row 2) to Summer (row 3): both rows are in view at once
        Rectangle neon = Ui.absolute(panel("Neon").getFigure());
        ShotEditPart stands = (ShotEditPart) viewer.getEditPartRegistry().get(editor.session().board().shot("Stands"));
        Ui.drag(viewer, Ui.center(stands), new Point(neon.right() - 8, neon.y + neon.height / 2));
        Ui.waitUntil("the move", 10_000, () -> sequence("Summer").shot("Stands") != null);

        String moved = Files.readString(file);
        assertEquals(List.of("FirstLook"), shotsOfSequence(moved, "Bleachers"));
        assertEquals(List.of("LakeDawn", "Roadtrip", "Neon", "Stands"), shotsOfSequence(moved, "Summer"));
        undo();
        assertEquals(original, Files.readString(file));
        assertEquals(List.of("Stands", "FirstLook"), names(sequence("Bleachers")));
    }

    @Test
    void draggingAPanelsRightEdgeChangesOnlyTheDurationInTheText() throws Exception {
        ShotEditPart locker = panel("Locker");
        Ui.click(viewer, Ui.center(locker));
        assertEquals(List.of(locker), viewer.getSelectedEditParts());
        ResizeHandle east = eastHandle();
        Point from = Ui.absolute(east).getCenter();
        Ui.drag(viewer, from, new Point(from.x + 3 * ShotPanelFigure.PIXELS_PER_SECOND + 2, from.y));
        // the example has a tempo (92 bpm): 13.1 s snaps to 20 beats, 13.04 s
        Ui.waitUntil("the new duration", 10_000, () -> panel("Locker").shot().duration() == 13.04);

        String resized = Files.readString(file);
        assertEquals(original.replace("shot Locker 10s style", "shot Locker 13.04s style"), resized);
        assertEquals(ShotPanelFigure.widthFor(13.04), panel("Locker").getFigure().getBounds().width);

        undo();
        assertEquals(original, Files.readString(file));
        assertEquals(10.0, panel("Locker").shot().duration());
        redo();
        assertEquals(resized, Files.readString(file));
    }

    @Test
    void reorderAndResizeUndoneThenRedoneStepByStep() throws Exception {
        Rectangle bus = Ui.absolute(panel("Bus").getFigure());
        Ui.drag(viewer, Ui.center(panel("Hallway")), new Point(bus.x + 10, bus.y + bus.height / 2));
        Ui.waitUntil("the move", 10_000, () -> sequence("FirstDay").shots().get(0).name().equals("Hallway"));
        String afterMove = Files.readString(file);

        Ui.click(viewer, Ui.center(panel("Stands")));
        Point from = Ui.absolute(eastHandle()).getCenter();
        Ui.drag(viewer, from, new Point(from.x - 2 * ShotPanelFigure.PIXELS_PER_SECOND, from.y)); // 12 s -> 15 beats
        Ui.waitUntil("the new duration", 10_000, () -> panel("Stands").shot().duration() == 9.78);
        String afterResize = Files.readString(file);
        assertEquals(afterMove.replace("shot Stands 12s", "shot Stands 9.78s"), afterResize);

        undo();
        assertEquals(afterMove, Files.readString(file));
        undo();
        assertEquals(original, Files.readString(file));
        redo();
        assertEquals(afterMove, Files.readString(file));
        redo();
        assertEquals(afterResize, Files.readString(file));
    }

    @Test
    void deletingAPanelDeletesItsShotAndUndoBringsItBack() throws Exception {
        Ui.click(viewer, Ui.center(panel("Neon")));
        IAction delete = editor.actionRegistry().getAction(ActionFactory.DELETE.getId());
        assertTrue(delete.isEnabled(), "delete is not enabled on a selected panel");
        delete.run();
        Ui.flush();
        String deleted = Files.readString(file);
        assertFalse(deleted.contains("shot Neon"), deleted);
        assertFalse(deleted.contains("they dance badly between the booths"));
        assertEquals(shotsInText(original).size() - 1, shotsInText(deleted).size());
        assertEquals(head(original, "    shot Neon"), head(deleted, "    transition dip 0.5s"),
                "the text before the deleted shot changed");
        assertEquals(List.of("LakeDawn", "Roadtrip"), names(sequence("Summer")));

        undo();
        assertEquals(original, Files.readString(file));
        assertNotNull(sequence("Summer").shot("Neon"));
    }

    @Test
    void aShotAnotherShotContinuesCannotBeDeleted() {
        Ui.click(viewer, Ui.center(panel("Stands"))); // FirstLook continues Stands
        IAction delete = editor.actionRegistry().getAction(ActionFactory.DELETE.getId());
        assertFalse(delete.isEnabled());
    }

    @Test
    void anEditOfTheFileByAnotherHandShowsOnTheBoard() throws Exception {
        script.setContents(new java.io.ByteArrayInputStream(original.replace("shot Bus 8s", "shot Bus 9s")
                .getBytes(StandardCharsets.UTF_8)), true, false, null);
        Ui.waitUntil("the board to follow the file", 10_000, () -> panel("Bus").shot().duration() == 9);
        assertEquals(ShotPanelFigure.widthFor(9), panel("Bus").getFigure().getBounds().width);
    }

    private ResizeHandle eastHandle() {
        IFigure handles = LayerManager.Helper.find(viewer.getContents()).getLayer(LayerConstants.HANDLE_LAYER);
        for (Object child : handles.getChildren()) {
            if (child instanceof ResizeHandle handle) {
                Rectangle bounds = Ui.absolute(handle);
                Rectangle panel = Ui.absolute(((GraphicalEditPart) viewer.getSelectedEditParts().get(0)).getFigure());
                if (Math.abs(bounds.getCenter().x - panel.right()) <= 6
                        && Math.abs(bounds.getCenter().y - panel.getCenter().y) <= 6) {
                    return handle;
                }
            }
        }
        throw new AssertionError("no resize handle on the right edge of the selected panel");
    }

    private void undo() {
        IAction undo = editor.actionRegistry().getAction(ActionFactory.UNDO.getId());
        assertTrue(undo.isEnabled(), "undo is not enabled");
        undo.run();
        Ui.flush();
    }

    private void redo() {
        IAction redo = editor.actionRegistry().getAction(ActionFactory.REDO.getId());
        assertTrue(redo.isEnabled(), "redo is not enabled");
        redo.run();
        Ui.flush();
    }

    /** The panel of a shot, scrolled into view. */
    private ShotEditPart panel(String shot) {
        Object part = viewer.getEditPartRegistry().get(editor.session().board().shot(shot));
        assertNotNull(part, "no panel for " + shot);
        viewer.reveal((ShotEditPart) part);
        Ui.flush();
        return (ShotEditPart) part;
    }

    private SequenceNode sequence(String name) {
        return editor.session().board().sequence(name);
    }

    private static List<String> names(SequenceNode sequence) {
        return sequence.shots().stream().map(s -> s.name()).toList();
    }

    private static List<String> shotsInText(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?m)^\\s*shot\\s+(\\w+)").matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The shots of one sequence as the text lists them. */
    private static List<String> shotsOfSequence(String text, String sequence) {
        int start = text.indexOf("sequence " + sequence);
        int end = text.indexOf("\nsequence ", start + 1);
        int comment = text.indexOf("\n// ", start + 1);
        if (comment > 0 && (end < 0 || comment < end)) {
            end = comment;
        }
        return shotsInText(text.substring(start, end < 0 ? text.length() : end));
    }

    private static String head(String text, String marker) {
        int at = text.indexOf(marker);
        assertTrue(at >= 0, marker);
        return text.substring(0, at);
    }

    private static String tail(String text, String marker) {
        int at = text.indexOf(marker);
        assertTrue(at >= 0, marker);
        return text.substring(at);
    }
}
