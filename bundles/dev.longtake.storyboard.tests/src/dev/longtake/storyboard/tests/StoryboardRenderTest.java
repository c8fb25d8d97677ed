package dev.longtake.storyboard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import dev.longtake.model.Ledger;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.RenderResult;
import dev.longtake.storyboard.BoardPages;
import dev.longtake.storyboard.StoryboardEditor;
import dev.longtake.storyboard.actions.BoardContextMenu;
import dev.longtake.storyboard.actions.RenderAction;
import dev.longtake.storyboard.commands.SetDurationCommand;
import dev.longtake.storyboard.figures.TimelineFigure;
import dev.longtake.storyboard.internal.RenderShotsJob;
import dev.longtake.storyboard.internal.Thumbnails;
import dev.longtake.storyboard.model.SequenceNode;
import dev.longtake.storyboard.parts.ShotEditPart;
import dev.longtake.storyboard.parts.TimelineEditPart;
import dev.longtake.storyboard.parts.TimelineSequenceEditPart;

/**
 * Rendering from the board (the animatic backend the example names), circling a take from a
 * panel, and the timeline against the song, on one copy of the example film, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoryboardRenderTest {

    /** Shots with one take and no image input: quick to render, and spread over the board. */
    private static final List<String> RENDERED = List.of("Bus", "Stands", "Roadtrip", "Neon", "Wedding", "Kitchen",
            "NightDrive", "Answer", "Letters", "Photographs", "Credits");

    private Path temp;

    private IFile script;
    private StoryboardEditor editor;
    private GraphicalViewer viewer;
    private Shell shell;

    @BeforeAll
    void openTheExample() throws Exception {
        temp = java.nio.file.Files.createTempDirectory("storyboard");
        script = Films.example(temp);
        shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1280, 1000);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (StoryboardEditor) IDE.openEditor(page, script, StoryboardEditor.ID);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        viewer = editor.pages().storyboardViewer();
        Ui.flush();
    }

    @AfterAll
    void close() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        Ui.flush();
        Films.delete(script);
    }

    @Test
    @Order(1)
    void renderingTheSelectionAddsTakesAndFramesToThePanels() {
        Ui.screenshot(shell, "storyboard-unrendered");
        List<Object> parts = new ArrayList<>();
        RENDERED.forEach(name -> parts.add(panel(name)));
        viewer.setSelection(new StructuredSelection(parts));
        Ui.flush();
        RenderAction render = (RenderAction) editor.actionRegistry().getAction(RenderAction.ID);
        assertTrue(render.isEnabled());
        render.run();
        RenderShotsJob job = render.lastJob();
        assertNotNull(job, "no render job was scheduled");
        // the panels show progress while the job runs
        Ui.waitUntil("a panel in progress", 120_000,
                () -> RENDERED.stream().anyMatch(n -> panel(n).shot().progress() >= 0) || job.getResult() != null);
        Ui.waitForJobs(RenderShotsJob.FAMILY, 600_000);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        assertEquals(RENDERED.size(), job.result().count(RenderResult.Outcome.DONE));

        Ledger ledger = editor.session().ledgerStore().read();
        for (String name : RENDERED) {
            assertEquals(1, ledger.takesOf(name).size(), name);
            assertEquals(TakeState.DONE, ledger.takesOf(name).get(0).getState());
        }
        assertTrue(ledger.takesOf("Hallway").isEmpty(), "a shot outside the selection was rendered");
        Ui.waitUntil("the panels' takes", 10_000, () -> panel("Bus").shot().doneTakes() == 1);
        Ui.waitForJobs(Thumbnails.FAMILY, 60_000);
        Ui.waitUntil("the first frames", 30_000,
                () -> RENDERED.stream().allMatch(name -> panel(name).panel().frame() != null));
        assertNull(panel("Hallway").panel().frame());
        assertEquals(-1.0, panel("Bus").shot().progress());
        viewer.deselectAll();
        viewer.reveal(viewer.getContents().getChildren().get(0) instanceof ShotEditPart p ? p
                : (org.eclipse.gef.EditPart) viewer.getContents().getChildren().get(0));
        Ui.flush();
        Ui.screenshot(shell, "storyboard");
    }

    @Test
    @Order(2)
    void circlingATakeFromThePanelsMenuWritesTheLedgerAndMarksThePanel() {
        ShotEditPart bus = panel("Bus");
        assertNull(bus.panel().circled());
        viewer.setSelection(new StructuredSelection(bus));
        MenuManager circle = new BoardContextMenu(viewer, editor.actionRegistry(), editor.session())
                .circleMenu(bus.shot());
        IContributionItem[] items = circle.getItems();
        assertEquals(1, items.length);
        IAction take1 = ((org.eclipse.jface.action.ActionContributionItem) items[0]).getAction();
        assertEquals("Take 1", take1.getText());
        take1.run();
        Ui.flush();

        Take circled = editor.session().ledgerStore().read().circledTake("Bus");
        assertNotNull(circled, "the ledger has no circled take of Bus");
        assertEquals("Bus-1", circled.getId());
        assertEquals("take 1", panel("Bus").panel().circled());
        viewer.deselectAll();
        Ui.flush();
        Ui.screenshot(shell, "storyboard-circled");

        editor.actionRegistry().getAction(ActionFactory.UNDO.getId()).run();
        Ui.flush();
        assertNull(editor.session().ledgerStore().read().circledTake("Bus"));
        assertNull(panel("Bus").panel().circled());
        editor.actionRegistry().getAction(ActionFactory.REDO.getId()).run();
        Ui.flush();
        assertEquals("take 1", panel("Bus").panel().circled());
    }

    @Test
    @Order(3)
    void aRenderCancelledFromItsJobStopsBeforeEveryTakeIsDone() {
        viewer.setSelection(new StructuredSelection(panel("Hallway"))); // 8 takes
        RenderAction render = (RenderAction) editor.actionRegistry().getAction(RenderAction.ID);
        render.run();
        RenderShotsJob job = render.lastJob();
        Ui.waitUntil("the render to start", 120_000,
                () -> panel("Hallway").shot().progress() >= 0 || job.getResult() != null);
        job.cancel();
        Ui.waitForJobs(RenderShotsJob.FAMILY, 120_000);
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        long done = editor.session().ledgerStore().read().takesOf("Hallway").stream()
                .filter(t -> t.getState() == TakeState.DONE).count();
        assertTrue(done < 8, done + " of 8 takes were done despite the cancel");
        Ui.flush();
        assertEquals(-1.0, panel("Hallway").shot().progress());
    }

    @Test
    @Order(4)
    void theTimelinePlacesEverySequenceAtItsSongPositionOverTheSongsWaveform() throws Exception {
        editor.showPage(1);
        GraphicalViewer timeline = editor.pages().timelineViewer();
        Ui.waitForJobs(BoardPages.WAVEFORM_FAMILY, 60_000);
        Ui.waitUntil("the song's length", 10_000, () -> editor.session().board().songSeconds() != null);
        assertEquals(240.0, editor.session().board().songSeconds(), 0.05);
        TimelineEditPart root = (TimelineEditPart) timeline.getContents();
        TimelineFigure figure = root.timeline();
        double pps = figure.pixelsPerSecond();
        // positions as the script writes them: at 0:00, bar 15 at 92 bpm, 1:00, bar 42.3, 2:30, 3:05
        double bar = 60.0 / 92 * 4;
        double[] expected = { 0, 14 * bar, 60, 41 * bar + 2 * 60.0 / 92, 150, 185 };
        List<String> names = List.of("FirstDay", "Bleachers", "Summer", "Years", "Distance", "Return");
        for (int i = 0; i < names.size(); i++) {
            SequenceNode sequence = editor.session().board().sequence(names.get(i));
            TimelineSequenceEditPart part = (TimelineSequenceEditPart) timeline.getEditPartRegistry().get(sequence);
            assertNotNull(part, names.get(i) + " is not on the timeline");
            assertEquals(expected[i], sequence.start(), 0.01, names.get(i));
            int x = part.getFigure().getBounds().x - figure.getBounds().x;
            assertEquals(TimelineFigure.LEFT + Math.round(expected[i] * pps), x, 1.0, names.get(i) + " is misplaced");
            assertEquals(Math.round(sequence.length() * pps), part.getFigure().getBounds().width, 1.0);
            assertEquals(sequence.shots().size(), part.getChildren().size());
        }
        for (Object child : root.getChildren()) {
            TimelineSequenceEditPart part = (TimelineSequenceEditPart) child;
            assertNull(part.block().problem(), "the example is flagged: " + part.block().problem());
        }
        // pressing on the ruler puts the playhead there (GEF's selection tool and our tracker)
        org.eclipse.draw2d.geometry.Point onRuler = new org.eclipse.draw2d.geometry.Point(figure.xOf(100),
                figure.getBounds().y + TimelineFigure.RULER - 8);
        figure.translateToAbsolute(onRuler);
        Ui.click(timeline, onRuler);
        assertEquals(100, figure.playhead(), 1.0 / pps + 0.01);
        figure.setPlayhead(72);
        Ui.flush();
        Ui.screenshot(shell, "timeline");

        // FirstDay (36 s from 0:00 with its crossfades) made 3 s longer runs into Bleachers (bar 15, 36.5 s)
        TimelineSequenceEditPart firstDay = (TimelineSequenceEditPart) timeline.getEditPartRegistry()
                .get(editor.session().board().sequence("FirstDay"));
        editor.session().commandStack().execute(new SetDurationCommand(editor.session(), "Hallway", 23));
        Ui.flush();
        assertNotNull(firstDay.block().problem(), "the overlap is not flagged");
        assertTrue(firstDay.block().problem().contains("overlaps Bleachers by 2.48s"), firstDay.block().problem());
        assertEquals(Math.round(39 * pps), firstDay.getFigure().getBounds().width, 1.0);
        Ui.screenshot(shell, "timeline-overlap");
        editor.session().commandStack().undo();
        Ui.flush();
        assertNull(firstDay.block().problem());
        editor.showPage(0);
    }

    private ShotEditPart panel(String shot) {
        Object part = viewer.getEditPartRegistry().get(editor.session().board().shot(shot));
        assertNotNull(part, "no panel for " + shot);
        return (ShotEditPart) part;
    }
}
