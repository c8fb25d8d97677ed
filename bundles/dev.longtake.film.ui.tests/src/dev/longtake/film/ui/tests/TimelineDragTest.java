package dev.longtake.film.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.gef.handles.ResizeHandle;
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
import dev.longtake.storyboard.parts.TimelineSequenceEditPart;

/**
 * The Timeline page of the film editor, driven with GEF's own tools (mouse gestures on the
 * viewer): dragging a sequence moves it on the song, snapped to a bar (the example has a tempo,
 * 92 bpm in 4/4: a bar is 2.61 s) or, without a tempo, to a whole second; the text says
 * {@code at bar N} or {@code at M:SS}, and Edit > Undo / Redo (the film editor's one history)
 * take it back and forth. Resizing a panel on the Storyboard page snaps to a beat.
 */
class TimelineDragTest {

    private static final double BAR = 60.0 / 92 * 4;

    @TempDir
    Path temp;

    private IFile script;
    private FilmEditor editor;
    private String original;

    @BeforeEach
    void openTheExample() throws Exception {
        script = Films.example(temp);
        original = Files.readString(script.getLocation().toFile().toPath());
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setBounds(0, 0, 1280, 1000);
        IWorkbenchPage page = window.getActivePage();
        editor = (FilmEditor) IDE.openEditor(page, script, FilmEditor.ID);
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
    void draggingASequenceAlongTheTimelineMovesItToABarAndUndoRedoTakeItBackAndForth() throws Exception {
        editor.showPage(FilmEditor.TIMELINE_PAGE);
        Ui.flush();
        GraphicalViewer viewer = editor.pages().timelineViewer();
        double pps = editor.pages().timelinePart().timeline().pixelsPerSecond();
        TimelineSequenceEditPart summer = sequence("Summer");
        assertEquals(60.0, summer.sequence().start());
        Rectangle block = Ui.absolute(summer.getFigure());
        Point from = new Point(block.x + block.width / 2, block.y + 10); // on its header
        // 10.5 s to the right: 70.5 s is nearest to bar 28 (27 bars of 2.61 s = 70.43 s)
        Point to = new Point(from.x + (int) Math.round(10.5 * pps), from.y + 25); // a little down: only sideways counts
        Ui.press(viewer, from);
        Ui.dragTo(viewer, from, to);
        Label snapped = feedbackLabel(viewer);
        assertNotNull(snapped, "no snapped position is shown while dragging");
        assertEquals("Summer at bar 28  \u00B7  1:10", snapped.getText());
        shoot(viewer, "timeline-drag");
        Ui.release(viewer, to);
        Ui.waitUntil("the move", 10_000, () -> "at bar 28".equals(summer.sequence().position()));

        String moved = editor.document().get();
        assertEquals(original.replace("sequence Summer at 1:00 {", "sequence Summer at bar 28 {"), moved);
        assertEquals(27 * BAR, summer.sequence().start(), 1e-9);
        Rectangle after = Ui.absolute(summer.getFigure());
        assertEquals(block.x + (int) Math.round((27 * BAR - 60) * pps), after.x, 2.0, "the block is not at bar 28");
        assertEquals(block.y, after.y, "the block left its row");
        assertEquals(null, feedbackLabel(viewer), "the drag's feedback stayed");

        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(original, editor.document().get());
        Ui.waitUntil("the board to follow the undo", 10_000, () -> "at 1:00".equals(summer.sequence().position()));
        runCommand("org.eclipse.ui.edit.redo");
        assertEquals(moved, editor.document().get());
        Ui.waitUntil("the board to follow the redo", 10_000, () -> "at bar 28".equals(summer.sequence().position()));
        shoot(viewer, "timeline-moved");
    }

    @Test
    void withoutATempoASequenceMovesToAWholeSecondWrittenAtMSS() {
        String noTempo = original.replace("    tempo 92 bpm\n", "").replace("at bar 15", "at 0:37")
                .replace("at bar 42.3", "at 1:48");
        editor.document().set(noTempo);
        Ui.waitUntil("the board to lose its tempo", 10_000, () -> editor.session().board().tempo() == null);
        editor.showPage(FilmEditor.TIMELINE_PAGE);
        Ui.flush();
        GraphicalViewer viewer = editor.pages().timelineViewer();
        double pps = editor.pages().timelinePart().timeline().pixelsPerSecond();
        TimelineSequenceEditPart summer = sequence("Summer");
        Rectangle block = Ui.absolute(summer.getFigure());
        Point from = new Point(block.x + block.width / 2, block.y + 10);
        // 7.3 s to the left: 52.7 s, snapped to 0:53
        Ui.drag(viewer, from, new Point(from.x - (int) Math.round(7.3 * pps), from.y));
        Ui.waitUntil("the move", 10_000, () -> "at 0:53".equals(summer.sequence().position()));
        String moved = editor.document().get();
        assertEquals(noTempo.replace("sequence Summer at 1:00 {", "sequence Summer at 0:53 {"), moved);

        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(noTempo, editor.document().get());
        runCommand("org.eclipse.ui.edit.redo");
        assertEquals(moved, editor.document().get());
    }

    @Test
    void aSequenceWithoutAPositionGetsOneAfterItsName() {
        editor.showPage(FilmEditor.TIMELINE_PAGE);
        Ui.flush();
        GraphicalViewer viewer = editor.pages().timelineViewer();
        double pps = editor.pages().timelinePart().timeline().pixelsPerSecond();
        TimelineSequenceEditPart coda = sequence("Coda"); // follows Return, written without "at"
        assertEquals("", coda.sequence().position());
        double start = coda.sequence().start();
        int bar = 1 + (int) Math.round((start + 6) / BAR);
        // drag a shot of the sequence: the sequence moves
        GraphicalEditPart shot = (GraphicalEditPart) coda.getChildren().get(0);
        Point onShot = Ui.center(shot);
        Ui.drag(viewer, onShot, new Point(onShot.x + (int) Math.round(6 * pps), onShot.y));
        Ui.waitUntil("the move", 10_000, () -> ("at bar " + bar).equals(coda.sequence().position()));
        assertEquals(original.replace("sequence Coda {", "sequence Coda at bar " + bar + " {"), editor.document().get());
    }

    @Test
    void aSequenceAtABarAndABeatMovesToTheFirstBeatOfAWholeBar() {
        editor.showPage(FilmEditor.TIMELINE_PAGE);
        Ui.flush();
        GraphicalViewer viewer = editor.pages().timelineViewer();
        double pps = editor.pages().timelinePart().timeline().pixelsPerSecond();
        TimelineSequenceEditPart years = sequence("Years"); // at bar 42.3: bar 42, beat 3
        assertEquals((41 * 4 + 2) * 60.0 / 92, years.sequence().start(), 1e-9);
        int bar = 1 + (int) Math.round((years.sequence().start() - 3) / BAR);
        Rectangle block = Ui.absolute(years.getFigure());
        Point from = new Point(block.x + block.width / 2, block.y + 10);
        Ui.drag(viewer, from, new Point(from.x - (int) Math.round(3 * pps), from.y));
        Ui.waitUntil("the move", 10_000, () -> ("at bar " + bar).equals(years.sequence().position()));
        // the whole position is rewritten, beat included; nothing else changes
        assertEquals(original.replace("sequence Years at bar 42.3 {", "sequence Years at bar " + bar + " {"),
                editor.document().get());
    }

    @Test
    void resizingAPanelSnapsItsDurationToABeatAndShowsTheSnappedValueWhileDragging() {
        editor.showPage(FilmEditor.STORYBOARD_PAGE);
        Ui.flush();
        GraphicalViewer viewer = editor.pages().storyboardViewer();
        ShotEditPart locker = shot("Locker");
        Ui.click(viewer, Ui.center(locker));
        Point from = Ui.absolute(eastHandle(viewer)).getCenter();
        Point to = new Point(from.x + 3 * ShotPanelFigure.PIXELS_PER_SECOND + 2, from.y); // 13.1 s
        Ui.press(viewer, from);
        Ui.dragTo(viewer, from, to);
        Label snapped = feedbackLabel(viewer);
        assertNotNull(snapped, "no snapped duration is shown while dragging");
        assertEquals("13.04s  \u00B7  20 beats", snapped.getText());
        shoot(viewer, "storyboard-resize-beats");
        Ui.release(viewer, to);
        Ui.waitUntil("the new duration", 10_000, () -> shot("Locker").shot().duration() == 13.04);
        String resized = original.replace("shot Locker 10s", "shot Locker 13.04s");
        assertEquals(resized, editor.document().get());
        // 20 beats of 60/92 s
        assertEquals(20 * 60.0 / 92, shot("Locker").shot().duration(), 0.005);
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(original, editor.document().get());
        runCommand("org.eclipse.ui.edit.redo");
        assertEquals(resized, editor.document().get());
    }

    /** A screenshot once GTK has painted what the viewer shows now (its paints trail the events). */
    private static void shoot(GraphicalViewer viewer, String name) {
        viewer.getControl().redraw();
        viewer.getControl().update();
        long end = System.nanoTime() + 600_000_000L;
        while (System.nanoTime() < end) {
            if (!Ui.display().readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        Ui.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
    }

    private TimelineSequenceEditPart sequence(String name) {
        Object part = editor.pages().timelineViewer().getEditPartRegistry()
                .get(editor.session().board().sequence(name));
        assertNotNull(part, "no timeline block for " + name);
        return (TimelineSequenceEditPart) part;
    }

    private ShotEditPart shot(String name) {
        GraphicalViewer viewer = editor.pages().storyboardViewer();
        Object part = viewer.getEditPartRegistry().get(editor.session().board().shot(name));
        assertNotNull(part, "no panel for " + name);
        viewer.reveal((ShotEditPart) part);
        Ui.flush();
        return (ShotEditPart) part;
    }

    /** The label a drag shows in the viewer's feedback layer, or null. */
    private static Label feedbackLabel(GraphicalViewer viewer) {
        IFigure layer = LayerManager.Helper.find(viewer.getContents()).getLayer(LayerConstants.FEEDBACK_LAYER);
        List<Label> labels = new ArrayList<>();
        for (Object child : layer.getChildren()) {
            if (child instanceof Label label) {
                labels.add(label);
            }
        }
        return labels.isEmpty() ? null : labels.get(0);
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

    private void runCommand(String id) {
        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
        try {
            handlers.executeCommand(id, null);
        } catch (Exception e) {
            throw new AssertionError(id + " did not run on page " + editor.getActivePage(), e);
        }
        Ui.flush();
    }
}
