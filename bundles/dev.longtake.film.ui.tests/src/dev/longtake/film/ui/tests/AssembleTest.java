package dev.longtake.film.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.film.ui.FilmEditor;
import dev.longtake.film.ui.FilmEditorContributor;
import dev.longtake.media.MediaInfo;
import dev.longtake.media.Probe;
import dev.longtake.preferences.ui.BackendPreferences;
import dev.longtake.preferences.ui.MediaPreferences;
import dev.longtake.storyboard.actions.AssembleAction;
import dev.longtake.storyboard.internal.AssembleFilmJob;
import dev.longtake.storyboard.internal.RenderShotsJob;

/**
 * Assemble from the film editor's toolbar on a copy of the example film whose script is cut
 * short (two 2-second shots at 320x180, no song), after rendering their takes with the animatic
 * backend: the cut is written to out/&lt;title&gt;.mp4 at the deliver size of the Media
 * preferences, and a change of the preference applies to the next assembly (no restart).
 */
class AssembleTest {

    private static final String SHORT = """
            project "The Hardest Part" {
                format 320x180 at 24 fps
                deliver 2560x1440
                backend animatic
                budget 650 USD
            }

            style Film1985 "shot on 35mm film, 1985, warm grain, soft halation, faded colour"

            sequence FirstDay at 0:00 {
                shot Bus 2s style Film1985 {
                    in SchoolBus with Theo: "Theo rests his head on the window, watching the town go by"
                }
                shot Locker 2s style Film1985 {
                    in Lockers with Theo: "Theo fights a jammed locker door"
                }
                transition crossfade 0.5s
            }
            """;

    @TempDir
    Path temp;

    private IFile script;
    private FilmEditor editor;
    private IEclipsePreferences preferences;

    @BeforeEach
    void openAShortenedExample() throws Exception {
        script = Films.example(temp);
        Files.writeString(script.getLocation().toFile().toPath(), SHORT, StandardCharsets.UTF_8);
        script.refreshLocal(0, null);
        preferences = InstanceScope.INSTANCE.getNode(BackendPreferences.QUALIFIER);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setBounds(0, 0, 1280, 1000);
        IWorkbenchPage page = window.getActivePage();
        editor = (FilmEditor) IDE.openEditor(page, script, FilmEditor.ID);
        Ui.flush();
    }

    @AfterEach
    void close() throws Exception {
        preferences.remove(MediaPreferences.DELIVER_SIZE);
        preferences.remove(MediaPreferences.SCALER);
        preferences.flush();
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        Ui.flush();
        Films.delete(script);
    }

    @Test
    void assembleWritesTheCutAtTheDeliverSizeOfTheMediaPreferencesReadAtRunTime() throws Exception {
        // render the two takes with the animatic backend, as the board's Render does
        RenderShotsJob render = new RenderShotsJob(editor.session(), editor.session().requests(List.of()), null,
                Ui.display());
        render.schedule();
        Ui.waitForJobs(RenderShotsJob.FAMILY, 120_000);
        assertNotNull(render.result(), "the render did not run: " + render.getResult());
        assertTrue(render.result().allDone(), "the takes did not render: " + render.getResult());

        Path folder = editor.session().folder();
        Path out = folder.resolve("out/The Hardest Part.mp4");
        preferences.put(MediaPreferences.DELIVER_SIZE, "640x360");
        assemble();
        MediaInfo first = Probe.of(out);
        assertEquals(640, first.video().orElseThrow().width());
        assertEquals(360, first.video().orElseThrow().height());
        assertEquals(3.5, first.seconds(), 0.15, "two 2 s shots crossfaded by 0.5 s");

        Path provenance = folder.resolve("out/The Hardest Part.provenance.json");
        assertTrue(Files.readString(provenance).contains("\"swscale lanczos\""), "the default scaler is not Lanczos");

        // a new deliver size and scaler apply to the next assembly, in the same session
        preferences.put(MediaPreferences.DELIVER_SIZE, "480x270");
        preferences.put(MediaPreferences.SCALER, "bicubic");
        assemble();
        MediaInfo second = Probe.of(out);
        assertEquals(480, second.video().orElseThrow().width());
        assertEquals(270, second.video().orElseThrow().height());
        assertTrue(Files.readString(provenance).contains("\"swscale bicubic\""),
                "the scaler preference is not what assembled: " + Files.readString(provenance));
    }

    @Test
    void cancellingTheAssemblyJobStopsItAndLeavesNoOutput() throws Exception {
        // the cut laid on the example's four-minute song: long enough to cancel while it runs
        String withSong = SHORT.replace("    format 320x180 at 24 fps\n",
                "    song \"media/the-hardest-part.wav\"\n    format 320x180 at 24 fps\n");
        editor.document().set(withSong);
        Ui.waitUntil("the board to read the song", 10_000, () -> editor.session().board().song() != null);
        RenderShotsJob render = new RenderShotsJob(editor.session(), editor.session().requests(List.of()), null,
                Ui.display());
        render.schedule();
        Ui.waitForJobs(RenderShotsJob.FAMILY, 120_000);
        assertTrue(render.result() != null && render.result().allDone(), "the takes did not render: " + render.getResult());

        preferences.put(MediaPreferences.DELIVER_SIZE, "1280x720");
        ((FilmEditorContributor) editor.getEditorSite().getActionBarContributor()).assembleAction().run();
        AssembleFilmJob job = ((AssembleAction) editor.boardAction(AssembleAction.ID)).lastJob();
        assertNotNull(job);
        Ui.waitUntil("the assembly to start", 30_000, () -> job.getState() == org.eclipse.core.runtime.jobs.Job.RUNNING);
        Ui.waitUntil("the assembly to write", 30_000, () -> Files.exists(job.target().getParent()));
        job.cancel(); // as the Progress view's red square does
        Ui.waitForJobs(AssembleFilmJob.FAMILY, 120_000);
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), "the assembly was not cancelled: "
                + job.getResult().getMessage());
        assertTrue(!Files.exists(job.target()), "a cancelled assembly left " + job.target());
    }

    private void assemble() {
        FilmEditorContributor contributor = (FilmEditorContributor) editor.getEditorSite().getActionBarContributor();
        IAction toolbar = contributor.assembleAction();
        toolbar.run();
        AssembleFilmJob job = ((AssembleAction) editor.boardAction(AssembleAction.ID)).lastJob();
        assertNotNull(job, "Assemble scheduled no job");
        Ui.waitForJobs(AssembleFilmJob.FAMILY, 120_000);
        IStatus status = job.getResult();
        assertNotNull(status);
        assertTrue(status.isOK(), status.getMessage());
        assertTrue(Files.isRegularFile(job.target()), "no " + job.target());
    }
}
