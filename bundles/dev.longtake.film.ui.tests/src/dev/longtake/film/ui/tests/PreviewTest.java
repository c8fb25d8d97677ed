package dev.longtake.film.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.film.ui.FilmEditor;
import dev.longtake.film.ui.FilmEditorContributor;
import dev.longtake.model.Ledger;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.LedgerStore;
import dev.longtake.render.ProjectLayout;
import dev.longtake.storyboard.actions.PreviewAction;
import dev.longtake.storyboard.actions.RenderAction;
import dev.longtake.storyboard.internal.RenderShotsJob;

/**
 * Preview (the film editor's toolbar) renders the shots' preview variants as {@code longtake
 * preview} does, in a job; and Preview and Render both ask before spending when the plan is over
 * the budget, and spend nothing when the answer is No (the real dialog, answered as a user does).
 */
class PreviewTest {

    private static final String SCRIPT = """
            project "The Hardest Part" {
                format %s at 24 fps
                backend %s
                budget %s USD
            }

            style Film1985 "shot on 35mm film, 1985, warm grain, soft halation, faded colour"

            sequence FirstDay at 0:00 {
                shot Bus 4s style Film1985 {
                    in SchoolBus with Theo: "Theo rests his head on the window, watching the town go by"
                }
            }
            """;

    @TempDir
    Path temp;

    private IFile script;
    private FilmEditor editor;

    private void open(String backend, String budget) throws Exception {
        String format = "320x180";
        script = Films.example(temp);
        Files.writeString(script.getLocation().toFile().toPath(), SCRIPT.formatted(format, backend, budget),
                StandardCharsets.UTF_8);
        script.refreshLocal(0, null);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setBounds(0, 0, 1280, 1000);
        IWorkbenchPage page = window.getActivePage();
        editor = (FilmEditor) IDE.openEditor(page, script, FilmEditor.ID);
        editor.showPage(FilmEditor.STORYBOARD_PAGE);
        Ui.flush();
    }

    @AfterEach
    void close() {
        watching = false;
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        Ui.flush();
        if (script != null) {
            Films.delete(script);
        }
    }

    @Test
    void previewRendersEightShortSmallVariantsOfEveryShotInAJob() throws Exception {
        open("animatic", "650");
        answerNo("no dialog at all");
        contributor().previewAction().run();
        assertNull(asked.get(), "Preview asked or complained on a free plan within the budget");
        RenderShotsJob job = ((PreviewAction) editor.boardAction(PreviewAction.ID)).lastJob();
        assertNotNull(job, "Preview scheduled no job");
        Ui.waitForJobs(RenderShotsJob.FAMILY, 120_000);
        assertTrue(job.getResult().isOK(), job.getResult().getMessage());
        List<Take> variants = ledger().getTakes().stream().filter(t -> "Bus.preview".equals(t.getShotName())).toList();
        assertEquals(8, variants.size());
        assertTrue(variants.stream().allMatch(t -> t.getState() == TakeState.DONE), "a variant did not finish");
        assertTrue(ledger().getTakes().stream().noneMatch(t -> "Bus".equals(t.getShotName())),
                "a preview rendered a take of the shot itself");
        // then the contact sheet of the variants' first frames, where longtake preview writes it
        Path sheet = editor.session().folder().resolve("out/previews/Bus-8.png");
        Ui.waitUntil("the contact sheet", 60_000, () -> Files.isRegularFile(sheet));
        Ui.waitForJobs(dev.longtake.storyboard.internal.PreviewSheetsJob.FAMILY, 60_000);
        org.eclipse.swt.graphics.ImageData image = new org.eclipse.swt.graphics.ImageData(sheet.toString());
        assertTrue(image.width >= 4 * 240, "the sheet is not four variants wide: " + image.width);
    }

    @Test
    void previewOverTheBudgetAsksAndNoSpendsNothing() throws Exception {
        open(PriceFarmBackendFactory.NAME, "0.01"); // 8 variants of 2 s at $0.10 a second: $1.60
        String question = answerNo(PreviewAction.OVER_BUDGET);
        contributor().previewAction().run();
        assertNotNull(asked.get(), "Preview did not ask before spending over the budget");
        assertTrue(asked.get().startsWith(PreviewAction.OVER_BUDGET + ": "), asked.get());
        assertTrue(asked.get().contains("budget"), asked.get());
        assertNull(((PreviewAction) editor.boardAction(PreviewAction.ID)).lastJob(), "Preview went on after No");
        assertEquals(0, jobCount(), "a render job ran after No");
        assertTrue(ledger().getTakes().isEmpty(), "something was submitted after No");
        assertEquals(PreviewAction.OVER_BUDGET, question);
    }

    @Test
    void renderOverTheBudgetAsksAndNoSpendsNothing() throws Exception {
        open(PriceFarmBackendFactory.NAME, "0.01"); // a 4 s take at $0.10 a second
        answerNo("Render over budget");
        RenderAction render = (RenderAction) editor.boardAction(RenderAction.ID);
        render.run();
        assertNotNull(asked.get(), "Render did not ask before spending over the budget");
        assertTrue(asked.get().startsWith("Render over budget: "), asked.get());
        assertNull(render.lastJob(), "Render went on after No");
        assertTrue(ledger().getTakes().isEmpty(), "something was submitted after No");
    }

    private final AtomicReference<String> asked = new AtomicReference<>();
    private volatile boolean watching;

    /**
     * Answers No (presses the dialog's No button, else closes it as Escape does) to the first
     * message dialog that opens while this test runs, whatever it is, and records its title and
     * message; the test then says whether it was the question expected (an unexpected dialog
     * fails the test, never hangs it).
     */
    private String answerNo(String title) {
        Display display = Display.getCurrent();
        watching = true;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            if (!watching) {
                return;
            }
            for (Shell shell : display.getShells()) {
                if (shell.isVisible() && shell.getData() instanceof MessageDialog dialog) {
                    asked.set(shell.getText() + ": " + messageOf(dialog));
                    watching = false;
                    Button no = button(shell, "No");
                    if (no != null) {
                        no.notifyListeners(SWT.Selection, new Event());
                    } else {
                        shell.close(); // as Escape: the dialog's return code is Cancel
                    }
                    return;
                }
            }
            display.timerExec(100, poll[0]);
        };
        display.timerExec(100, poll[0]);
        return title;
    }

    private static Button button(Composite parent, String label) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && label.equals(button.getText().replace("&", ""))) {
                return button;
            }
            if (child instanceof Composite composite) {
                Button found = button(composite, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String messageOf(MessageDialog dialog) {
        try {
            java.lang.reflect.Field field = org.eclipse.jface.dialogs.IconAndMessageDialog.class.getDeclaredField("message");
            field.setAccessible(true);
            return String.valueOf(field.get(dialog));
        } catch (ReflectiveOperationException e) {
            return "";
        }
    }

    private static int jobCount() {
        return org.eclipse.core.runtime.jobs.Job.getJobManager().find(RenderShotsJob.FAMILY).length;
    }

    private FilmEditorContributor contributor() {
        return (FilmEditorContributor) editor.getEditorSite().getActionBarContributor();
    }

    private Ledger ledger() {
        return LedgerStore.of(ProjectLayout.of(editor.session().folder())).read();
    }
}
