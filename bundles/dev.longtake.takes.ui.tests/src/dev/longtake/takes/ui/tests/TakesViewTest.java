package dev.longtake.takes.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import dev.longtake.cli.internal.Longtake;
import dev.longtake.film.ui.FilmEditor;
import dev.longtake.model.Ledger;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.BackendRegistry;
import dev.longtake.render.LedgerStore;
import dev.longtake.render.ProjectLayout;
import dev.longtake.render.RenderEngine;
import dev.longtake.render.RenderOptions;
import dev.longtake.render.RenderPlan;
import dev.longtake.render.RenderRequest;
import dev.longtake.render.RenderResult;
import dev.longtake.storyboard.parts.ShotEditPart;
import dev.longtake.takes.ui.ContactSheetView;
import dev.longtake.takes.ui.TakeEntry;
import dev.longtake.takes.ui.TakePlayer;
import dev.longtake.takes.ui.TakesView;
import dev.longtake.takes.ui.internal.PromoteJob;

/**
 * The Takes view, its player and the contact sheet in the real workbench, on a copy of the
 * example film whose shot Rain (takes 2) was rendered with the animatic backend through the
 * engine and previewed with {@code longtake preview} (4 variants) before the editor opened.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TakesViewTest {

    private static final String SHOT = "Rain";

    private Path temp;
    private IFile script;
    private Path folder;
    private FilmEditor editor;
    private GraphicalViewer viewer;
    private Shell shell;
    private IWorkbenchPage page;
    private TakesView view;

    @BeforeAll
    void renderTakesAndPreviewsThenOpenTheFilm() throws Exception {
        temp = Files.createTempDirectory("takes");
        script = Films.example(temp);
        folder = script.getLocation().toFile().toPath().getParent();
        shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1280, 1000);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (FilmEditor) IDE.openEditor(page, script, true);
        Ui.flush();

        // two takes of Rain through the render engine (the animatic backend renders offline)
        List<RenderRequest> requests = editor.session().requests(List.of(SHOT));
        assertEquals(2, requests.size());
        try (RenderEngine engine = RenderEngine.open(folder, BackendRegistry.installed(), RenderOptions.defaults())) {
            RenderPlan plan = engine.plan(requests, null);
            RenderResult result = engine.render(plan, event -> {
            });
            assertTrue(result.allDone(), result.toString());
        }
        // preview variants as the command line makes them
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new Longtake(new PrintWriter(out), new PrintWriter(err)).run("preview", folder.toString(), SHOT,
                "--variants", "4", "--seconds", "1");
        assertEquals(0, exit, out + "\n" + err);
        editor.session().reloadLedger();
        editor.showPage(FilmEditor.STORYBOARD_PAGE);
        viewer = editor.pages().storyboardViewer();
        Ui.flush();
    }

    @AfterAll
    void close() {
        page.closeAllEditors(false);
        Ui.flush();
        Films.delete(script);
    }

    @Test
    @Order(1)
    void thePanelsMenuShowsTheTakesOfTheSelectedShotWithTheirFirstFrames() throws Exception {
        ShotEditPart rain = panel(SHOT);
        Ui.click(viewer, Ui.center(rain));
        assertEquals(List.of(rain), viewer.getSelectedEditParts());

        MenuItem show = menuItem("Show Takes");
        assertNotNull(show, "the panel's context menu has no Show Takes");
        show.notifyListeners(SWT.Selection, new Event());
        Ui.flush();
        view = (TakesView) page.findView(TakesView.ID);
        assertNotNull(view, "Show Takes did not open the Takes view");
        Ui.waitForJobs(TakesView.FAMILY, 60_000);
        assertEquals(SHOT, view.shot().shotName());
        assertEquals(List.of("Rain-1", "Rain-2"), view.takes().stream().map(TakeEntry::id).toList());
        Ui.waitUntil("both first frames", 60_000,
                () -> view.thumbnail("Rain-1") != null && view.thumbnail("Rain-2") != null);
        assertEquals("Rain: 2 takes, 2 done", view.headerText());

        Ledger ledger = LedgerStore.of(new ProjectLayout(folder)).read();
        for (TakeEntry take : view.takes()) {
            Take recorded = ledger.findTake(take.id());
            assertEquals("animatic", take.backend());
            assertEquals(recorded.getPromptAsSent(), view.card(take.id()).prompt().getText());
            assertFalse(take.prompt().isBlank());
            assertTrue(view.card(take.id()).playButton().isEnabled());
        }
        // selecting another panel shows that shot's takes (none yet)
        Ui.click(viewer, Ui.center(panel("Porch")));
        Ui.waitForJobs(TakesView.FAMILY, 60_000);
        assertEquals("Porch: not rendered yet", view.headerText());
        Ui.click(viewer, Ui.center(panel(SHOT)));
        Ui.waitForJobs(TakesView.FAMILY, 60_000);
        assertEquals(2, view.takes().size());
    }

    @Test
    @Order(2)
    void aRatingIsWrittenIntoTheLedgerAndShownAgainByANewView() {
        Ui.waitUntil("the card of Rain-1", 30_000, () -> view.card("Rain-1") != null);
        view.card("Rain-1").star(4).notifyListeners(SWT.MouseUp, new Event());
        Ui.waitForJobs(TakesView.FAMILY, 60_000);
        Ui.waitUntil("the rating on the card", 30_000, () -> view.entry("Rain-1").rating() == 4);
        assertEquals(4, LedgerStore.of(new ProjectLayout(folder)).read().findTake("Rain-1").getRating());
        assertEquals("\u2605", view.card("Rain-1").star(4).getText());
        assertEquals("\u2606", view.card("Rain-1").star(5).getText());

        // a new view (as after a restart) reads it from the ledger
        page.hideView(view);
        Ui.flush();
        view = showTakesView();
        assertEquals(4, view.entry("Rain-1").rating());
        assertEquals(0, view.entry("Rain-2").rating());
    }

    @Test
    @Order(3)
    void circlingFromTheViewMarksThePanelAndUndoTakesItBack() throws Exception {
        assertNull(panel(SHOT).panel().circled());
        view.card("Rain-2").circleButton().notifyListeners(SWT.Selection, new Event());
        Ui.flush();
        assertEquals("take 2", panel(SHOT).panel().circled());
        assertEquals("Rain-2", LedgerStore.of(new ProjectLayout(folder)).read().circledTake(SHOT).getId());
        Ui.waitForJobs(TakesView.FAMILY, 60_000);
        Ui.waitUntil("the card to show the circle", 30_000, () -> view.entry("Rain-2").circled());
        assertFalse(view.card("Rain-2").circleButton().isEnabled());

        page.activate(editor);
        runCommand("org.eclipse.ui.edit.undo");
        assertNull(LedgerStore.of(new ProjectLayout(folder)).read().circledTake(SHOT));
        assertNull(panel(SHOT).panel().circled());
        Ui.waitForJobs(TakesView.FAMILY, 60_000);
        Ui.waitUntil("the view to follow the undo", 30_000, () -> !view.entry("Rain-2").circled());

        runCommand("org.eclipse.ui.edit.redo");
        assertEquals("take 2", panel(SHOT).panel().circled());
        Ui.waitForJobs(TakesView.FAMILY, 60_000);
        Ui.waitUntil("the view to follow the redo", 30_000, () -> view.entry("Rain-2").circled());
    }

    @Test
    @Order(4)
    void thePlayerPlaysPausesAndSeeks() {
        page.activate(view);
        view.card("Rain-1").playButton().notifyListeners(SWT.Selection, new Event());
        Ui.flush();
        assertEquals(1, view.players().size());
        TakePlayer player = view.players().get(0);
        Ui.waitUntil("the take to be decoded", 120_000, player::isLoaded);
        assertEquals(24.0, player.fps(), 0.01);
        assertEquals(12 * 24, player.frameCount(), 2);
        Ui.waitUntil("frames to advance", 30_000, () -> player.frameIndex() >= 10);
        assertTrue(player.isPlaying());
        Ui.waitUntil("the decoder thread to end", 30_000,
                () -> player.decoderThread() == null || !player.decoderThread().isAlive());

        player.playButton().notifyListeners(SWT.Selection, new Event()); // pause
        assertFalse(player.isPlaying());
        int paused = player.frameIndex();
        pump(400);
        assertEquals(paused, player.frameIndex(), "a paused player moved on");

        player.scrubSlider().setSelection(100);
        player.scrubSlider().notifyListeners(SWT.Selection, new Event());
        assertEquals(100, player.frameIndex());
        assertFalse(player.isPlaying());
        player.playButton().notifyListeners(SWT.Selection, new Event());
        Ui.waitUntil("play from the scrubbed frame", 30_000, () -> player.frameIndex() > 105);
        player.pause();
        player.seek(60);
        screenshot(view, "takes-view");
    }

    @Test
    @Order(5)
    void twoCheckedTakesPlaySideBySide() {
        assertFalse(view.card("Rain-1").compareBox().getSelection());
        for (String id : List.of("Rain-1", "Rain-2")) {
            view.card(id).compareBox().setSelection(true);
            view.card(id).compareBox().notifyListeners(SWT.Selection, new Event());
        }
        assertEquals(List.of("Rain-1", "Rain-2"), view.checked());
        assertTrue(view.sideBySideButton().isEnabled());
        view.sideBySideButton().notifyListeners(SWT.Selection, new Event());
        List<TakePlayer> players = view.players();
        assertEquals(2, players.size());
        assertEquals(2, view.players().size());
        assertNotEquals(players.get(0).file(), players.get(1).file());
        for (TakePlayer player : players) {
            Ui.waitUntil("both takes to play", 120_000, () -> player.isLoaded() && player.frameIndex() >= 5);
        }
        assertTrue(players.get(0).getBounds().x + players.get(0).getBounds().width <= players.get(1).getBounds().x,
                "the players are not side by side");
        players.forEach(TakePlayer::pause);
        screenshot(view, "takes-side-by-side");

        // a disposed player stops: another shot closes them
        Ui.click(viewer, Ui.center(panel("Porch")));
        Ui.flush();
        assertTrue(players.stream().allMatch(TakePlayer::isDisposed));
        assertTrue(view.players().isEmpty());
        Ui.click(viewer, Ui.center(panel(SHOT)));
        Ui.waitForJobs(TakesView.FAMILY, 60_000);
    }

    @Test
    @Order(6)
    void theContactSheetShowsTheVariantsAndPromotingOneRendersANewTake() throws Exception {
        ShotEditPart rain = panel(SHOT);
        Ui.click(viewer, Ui.center(rain));
        MenuItem show = menuItem("Show Contact Sheet");
        assertNotNull(show, "the panel's context menu has no Show Contact Sheet");
        show.notifyListeners(SWT.Selection, new Event());
        Ui.flush();
        ContactSheetView sheet = (ContactSheetView) page.findView(ContactSheetView.ID);
        assertNotNull(sheet);
        Ui.waitForJobs(ContactSheetView.FAMILY, 60_000);
        assertEquals("Rain: 4 preview variants", sheet.headerText());
        assertEquals(List.of(1, 2, 3, 4), sheet.variants().stream().map(TakeEntry::number).toList());
        Ui.waitUntil("the variants' first frames", 60_000,
                () -> sheet.variants().stream().allMatch(v -> sheet.frame(v.id()) != null));
        screenshot(null, "contact-sheet");

        TakeEntry second = sheet.variants().get(1);
        assertNotNull(second.seed(), "the animatic backend takes seeds, so variants have them");
        sheet.cell(second.id()).promoteButton().notifyListeners(SWT.Selection, new Event());
        PromoteJob job = sheet.lastPromotion();
        assertNotNull(job, "Promote scheduled no job");
        Ui.waitForJobs(PromoteJob.FAMILY, 600_000);
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        Take promoted = LedgerStore.of(new ProjectLayout(folder)).read().findTake(job.takeId());
        assertNotNull(promoted, "no new take in the ledger");
        assertEquals(SHOT, promoted.getShotName());
        assertEquals(TakeState.DONE, promoted.getState());
        assertEquals(second.seed().longValue(), promoted.getSeed());
        assertEquals("Rain-3", promoted.getId());
        Ui.waitUntil("the panel to get the new take", 30_000, () -> panel(SHOT).shot().takes().size() == 3);

        page.activate(view);
        Ui.waitForJobs(TakesView.FAMILY, 60_000);
        Ui.waitUntil("the Takes view to list the new take", 30_000, () -> view.entry("Rain-3") != null);
        assertEquals(second.seed(), view.entry("Rain-3").seed());
    }

    private TakesView showTakesView() {
        try {
            page.activate(editor);
            Ui.click(viewer, Ui.center(panel(SHOT)));
            TakesView shown = (TakesView) page.showView(TakesView.ID);
            Ui.waitUntil("the view to show " + SHOT, 30_000,
                    () -> shown.shot() != null && SHOT.equals(shown.shot().shotName()));
            Ui.waitForJobs(TakesView.FAMILY, 60_000);
            return shown;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The item of the storyboard's context menu with this text, after the menu was shown (contributions are added then). */
    private MenuItem menuItem(String text) {
        MenuManager manager = viewer.getContextMenu();
        Menu menu = manager.createContextMenu(viewer.getControl());
        menu.notifyListeners(SWT.Show, new Event());
        Ui.flush();
        MenuItem found = null;
        for (MenuItem item : menu.getItems()) {
            if (item.getText().replace("&", "").startsWith(text)) {
                found = item;
            }
        }
        if (found == null) {
            StringBuilder items = new StringBuilder();
            for (IContributionItem item : manager.getItems()) {
                items.append(item.getId()).append(' ');
            }
            for (MenuItem item : menu.getItems()) {
                items.append('[').append(item.getText()).append("] ");
            }
            System.out.println("context menu: " + items);
        }
        return found;
    }

    private ShotEditPart panel(String name) {
        Object part = viewer.getEditPartRegistry().get(editor.session().board().shot(name));
        assertNotNull(part, "no panel for " + name);
        viewer.reveal((ShotEditPart) part);
        Ui.flush();
        return (ShotEditPart) part;
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

    /** A screenshot of the workbench, with {@code maximized} (if any) maximized meanwhile. */
    private void screenshot(org.eclipse.ui.IViewPart maximized, String name) {
        if (maximized != null) {
            page.setPartState(page.getReference(maximized), IWorkbenchPage.STATE_MAXIMIZED);
        }
        pump(600); // the X server shows what was painted a little later
        Ui.screenshot(shell, name);
        if (maximized != null) {
            page.setPartState(page.getReference(maximized), IWorkbenchPage.STATE_RESTORED);
            Ui.flush();
        }
    }

    /** Runs the event loop for a while (what a user waiting would see). */
    private static void pump(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        Ui.waitUntil("time to pass", millis + 10_000, () -> System.nanoTime() >= end);
    }

}
