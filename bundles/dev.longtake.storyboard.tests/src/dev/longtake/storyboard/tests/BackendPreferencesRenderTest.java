package dev.longtake.storyboard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.preferences.ui.BackendPreferences;
import dev.longtake.storyboard.StoryboardEditor;
import dev.longtake.storyboard.actions.RenderAction;
import dev.longtake.storyboard.internal.RenderShotsJob;

/**
 * A render started from the board uses the backend settings of Window &gt; Preferences (the key
 * in secure storage), not only the environment the command line reads: the keyed backend cannot
 * even be made without the key, which this test stores through the preferences alone.
 */
class BackendPreferencesRenderTest {

    private static final String SCRIPT = """
            project "Keyed" {
                format 640x360 at 24 fps
                backend keyed
                budget 10 USD
            }

            style Look "natural light"

            location Street "a quiet street at dawn"

            sequence Opening at 0:00 {
                shot Dawn 3s style Look {
                    camera slow push-in
                    in Street: "the street lights go out one by one"
                }
            }
            """;

    @TempDir
    Path temp;

    private IFile script;

    @AfterEach
    void close() throws IOException {
        // the failed job's "Problem Occurred" dialog, so that it does not stand over later tests
        Ui.flush();
        org.eclipse.swt.widgets.Shell main = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
        for (org.eclipse.swt.widgets.Shell shell : Ui.display().getShells()) {
            if (shell != main && !shell.isDisposed()) {
                shell.close();
            }
        }
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        Ui.flush();
        BackendPreferences.setApiKey(KeyedBackendFactory.NAME, null);
        if (script != null) {
            Films.delete(script);
        }
    }

    @Test
    void aRenderFromTheBoardUsesTheKeyStoredInThePreferences() throws Exception {
        assertTrue(System.getenv("LONGTAKE_KEYED_API_KEY") == null, "the environment must not hold the key");
        BackendPreferences.setApiKey(KeyedBackendFactory.NAME, KeyedBackendFactory.ACCEPTED_KEY);

        StoryboardEditor editor = openTheFilm();
        Path folder = temp.resolve("keyed");
        GraphicalViewer viewer = editor.pages().storyboardViewer();
        viewer.setSelection(new StructuredSelection(viewer.getEditPartRegistry().get(editor.session().board().shot("Dawn"))));
        Ui.flush();

        RenderAction render = (RenderAction) editor.actionRegistry().getAction(RenderAction.ID);
        render.run();
        RenderShotsJob job = render.lastJob();
        assertNotNull(job, "no render job was scheduled (the plan was refused)");
        Ui.waitForJobs(RenderShotsJob.FAMILY, 300_000);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        assertEquals("rendered 1 take", job.getResult().getMessage());

        List<Take> takes = editor.session().ledgerStore().read().takesOf("Dawn");
        assertEquals(1, takes.size());
        assertEquals(TakeState.DONE, takes.get(0).getState());
        assertEquals(KeyedBackendFactory.NAME, takes.get(0).getBackend());

        // the key went nowhere near the film or the workspace
        Path workspace = ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath();
        for (Path root : List.of(folder, workspace)) {
            assertFalse(anyFileContains(root, KeyedBackendFactory.ACCEPTED_KEY), "the key is written under " + root);
        }
    }

    @Test
    void withoutTheKeyTheRenderJobFailsNamingTheMissingKeyAndSubmitsNothing() throws Exception {
        BackendPreferences.setApiKey(KeyedBackendFactory.NAME, null);
        StoryboardEditor editor = openTheFilm();
        // the job as the Render action schedules it (the action itself would refuse in a dialog)
        RenderShotsJob job = new RenderShotsJob(editor.session(), editor.session().requests(List.of("Dawn")), null,
                PlatformUI.getWorkbench().getDisplay());
        job.schedule();
        Ui.waitForJobs(RenderShotsJob.FAMILY, 300_000);
        assertEquals(IStatus.ERROR, job.getResult().getSeverity(), job.getResult().getMessage());
        assertTrue(job.getResult().getMessage().contains("keyed needs an API key"), job.getResult().getMessage());
        assertTrue(editor.session().ledgerStore().read().takesOf("Dawn").isEmpty());
    }

    private StoryboardEditor openTheFilm() throws Exception {
        Path folder = temp.resolve("keyed");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("script.shots"), SCRIPT, StandardCharsets.UTF_8);
        script = Films.project(folder, "keyed-film").getFile("script.shots");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        StoryboardEditor editor = (StoryboardEditor) IDE.openEditor(page, script, StoryboardEditor.ID);
        Ui.flush();
        assertNotNull(editor.session(), "the script does not open as a film (is `backend keyed` known?)");
        return editor;
    }

    private static boolean anyFileContains(Path root, String secret) throws IOException {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (Files.size(file) < 50_000_000 && indexOf(Files.readAllBytes(file), needle) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
