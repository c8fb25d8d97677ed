package dev.longtake.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.app.LongtakeUI;
import dev.longtake.app.internal.wizards.FilmTemplate;
import dev.longtake.app.internal.wizards.FilmTemplates;
import dev.longtake.app.internal.wizards.NewFilmWizard;

/** File > New Film in the real workbench. */
class NewFilmWizardTest {

    private final IWorkbench workbench = PlatformUI.getWorkbench();
    private WizardDialog dialog;

    @AfterEach
    void close() {
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
        workbench.getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }

    private NewFilmWizard openWizard() {
        NewFilmWizard wizard = new NewFilmWizard();
        wizard.init(workbench, null);
        dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return wizard;
    }

    @Test
    void theEmptyTemplateIsContributedThroughTheExtensionPoint() {
        List<FilmTemplate> templates = FilmTemplates.all();
        assertTrue(templates.stream().anyMatch(t -> t.id().equals("dev.longtake.app.templates.empty")), templates.toString());
    }

    @Test
    void createsAFilmFolderWithScriptMediaAndRefsAndOpensTheScript(@TempDir Path films) throws Exception {
        NewFilmWizard wizard = openWizard();
        Screenshots.take(dialog.getShell(), "new-film-wizard");

        assertTrue(wizard.finishWith("Night Swim", films, "dev.longtake.app.templates.empty"));

        Path film = films.resolve("night-swim");
        assertEquals(film, wizard.created());
        assertTrue(Files.isDirectory(film.resolve("media")));
        assertTrue(Files.isDirectory(film.resolve("refs")));
        String script = Files.readString(film.resolve("script.shots"));
        assertTrue(script.contains("project \"Night Swim\""), script);
        assertFalse(script.contains("${title}"), script);
        IEditorPart editor = workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        assertNotNull(editor, "the new film's script did not open");
        IFileEditorInput input = (IFileEditorInput) editor.getEditorInput();
        assertEquals("script.shots", input.getFile().getName());
        assertEquals(film, input.getFile().getProject().getLocation().toPath());
    }

    @Test
    void theExampleFilmTemplateMakesTheExampleFilmWithItsReferenceImages(@TempDir Path films) throws Exception {
        NewFilmWizard wizard = openWizard();

        assertTrue(wizard.finishWith("My Example", films, "dev.longtake.app.templates.theHardestPart"));

        Path film = films.resolve("my-example");
        Path examples = Path.of(System.getProperty("longtake.examples", "../../examples"), "the-hardest-part");
        for (String script : List.of("script.shots", "cast.shots")) {
            assertEquals(Files.readString(examples.resolve(script)), Files.readString(film.resolve(script)),
                    script + " of the template differs from examples/the-hardest-part/" + script);
        }
        for (String image : List.of("theo-front.png", "june-front.png", "lake-keyframe.png", "porch-keyframe.png")) {
            byte[] png = Files.readAllBytes(film.resolve("refs").resolve(image));
            assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', image);
        }
        assertTrue(Files.isDirectory(film.resolve("media")));
        assertTrue(Files.readString(film.resolve("SONG.txt")).contains("media/the-hardest-part.wav"));
        IEditorPart editor = workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        assertNotNull(editor, "the example's script did not open");
        assertEquals("script.shots", ((IFileEditorInput) editor.getEditorInput()).getFile().getName());
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndLeavesItAlone(@TempDir Path films) throws Exception {
        Path taken = Files.createDirectories(films.resolve("night-swim"));
        Files.writeString(taken.resolve("notes.txt"), "mine");
        NewFilmWizard wizard = openWizard();

        assertFalse(wizard.finishWith("Night Swim", films, "dev.longtake.app.templates.empty"));

        String error = dialog.getCurrentPage().getErrorMessage();
        assertTrue(error != null && error.contains("not empty"), error);
        assertEquals(List.of(taken.resolve("notes.txt")), Files.list(taken).toList());
    }

    @Test
    void theWelcomeViewShowsTheThreeSteps() throws Exception {
        var view = workbench.getActiveWorkbenchWindow().getActivePage().showView(LongtakeUI.WELCOME_VIEW_ID);
        assertNotNull(view);
        String shown = String.join("\n", LongtakeWorkbenchTest.labels(workbench.getActiveWorkbenchWindow().getShell()));
        assertTrue(shown.contains("1. Write") && shown.contains("2. Storyboard") && shown.contains("3. Render"), shown);
        Screenshots.take(workbench.getActiveWorkbenchWindow().getShell(), "welcome");
    }
}
