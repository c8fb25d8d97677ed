package dev.longtake.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.app.LongtakeUI;
import dev.longtake.app.internal.FilmOpener;
import dev.longtake.app.internal.ProductInfo;

/** The real workbench, started by the product's application under Xvfb. */
class LongtakeWorkbenchTest {

    private final IWorkbench workbench = PlatformUI.getWorkbench();

    private IWorkbenchPage page() {
        return workbench.getActiveWorkbenchWindow().getActivePage();
    }

    @Test
    void startsInTheLongtakePerspective() {
        assertEquals(LongtakeUI.PERSPECTIVE_ID, page().getPerspective().getId());
        assertEquals("Longtake", workbench.getActiveWorkbenchWindow().getShell().getText());
    }

    @Test
    void perspectiveShowsNavigatorProblemsOutlinePropertiesAndProgress() {
        for (String view : List.of(LongtakeUI.NAVIGATOR_VIEW_ID, LongtakeUI.PROBLEMS_VIEW_ID, LongtakeUI.OUTLINE_VIEW_ID,
                LongtakeUI.PROPERTIES_VIEW_ID, LongtakeUI.PROGRESS_VIEW_ID)) {
            assertNotNull(page().findViewReference(view), view + " is not in the Longtake perspective");
            assertNotNull(page().findViewReference(view).getView(true), view + " could not be created");
        }
        assertTrue(page().isEditorAreaVisible());
    }

    @Test
    void theCssThemeIsResolved() {
        IEclipseContext context = workbench.getService(MApplication.class).getContext();
        IThemeEngine engine = context.get(IThemeEngine.class);
        assertNotNull(engine, "no theme engine");
        ITheme theme = engine.getActiveTheme();
        assertNotNull(theme, "no active theme");
        assertEquals("org.eclipse.e4.ui.css.theme.e4_default", theme.getId());
    }

    @Test
    void aboutDialogShowsTheProductVersion() throws Exception {
        Display display = workbench.getDisplay();
        AtomicReference<String> shown = new AtomicReference<>("");
        display.timerExec(300, () -> closeAboutDialog(display, shown));
        workbench.getService(IHandlerService.class).executeCommand(LongtakeUI.ABOUT_COMMAND_ID, null);
        assertTrue(shown.get().contains("Longtake " + ProductInfo.version()), shown.get());
        assertTrue(ProductInfo.version().matches("\\d+\\.\\d+\\.\\d+ \\(build \\w+\\)"), ProductInfo.version());
    }

    private static void closeAboutDialog(Display display, AtomicReference<String> shown) {
        for (Shell shell : display.getShells()) {
            if ("About Longtake".equals(shell.getText()) && shell.isVisible()) {
                Screenshots.take(shell, "about");
                shown.set(String.join("\n", labels(shell)));
                shell.close();
                return;
            }
        }
        display.timerExec(200, () -> closeAboutDialog(display, shown));
    }

    static List<String> labels(org.eclipse.swt.widgets.Composite parent) {
        List<String> texts = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label) {
                texts.add(label.getText());
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                texts.addAll(labels(composite));
            }
        }
        return texts;
    }

    @Test
    void openingAFilmFolderLinksItInPlaceAndOpensItsScript(@TempDir Path temp) throws Exception {
        Path film = Files.createDirectory(temp.resolve("my-film"));
        Files.writeString(film.resolve("script.shots"), "// a script\n");

        IProject project = new FilmOpener(workbench).open(film).orElseThrow();

        assertEquals(IPath.fromPath(film), project.getLocation());
        IEditorPart editor = page().getActiveEditor();
        assertNotNull(editor, "the script did not open");
        assertEquals("script.shots", ((IFileEditorInput) editor.getEditorInput()).getFile().getName());
        assertEquals("dev.longtake.film.ui.FilmEditor", page().getReference(editor).getId(),
                "a film's script opens in the film editor (Script | Storyboard | Timeline)");
        File shot = Screenshots.take(workbench.getActiveWorkbenchWindow().getShell(), "workbench");
        assertTrue(shot.length() > 0);

        // Opening the same folder again reuses the project instead of making a second one.
        assertEquals(project, new FilmOpener(workbench).open(film).orElseThrow());
        page().closeAllEditors(false);
        project.delete(false, true, null);
        assertTrue(Files.exists(film.resolve("script.shots")), "closing the project must not delete the film");
    }

    @Test
    void nothingIsLoggedAsAnErrorDuringStartUp() throws Exception {
        IPath log = Platform.getLogFileLocation();
        if (!log.toFile().exists()) {
            return; // nothing was logged at all
        }
        List<String> errors = Files.readAllLines(log.toPath()).stream()
                .filter(line -> line.startsWith("!ENTRY") && line.split(" ")[2].equals("4"))
                .toList();
        assertEquals(List.of(), errors, "errors in " + log);
    }
}
